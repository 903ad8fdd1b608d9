/// A working design `Z` kept in a structured form instead of as an `n × p` matrix, for
/// fits whose design would be far larger than their data (the Sun–Abraham regression: one
/// 0/1 column per cohort × event-time cell, demeaned by unit and period effects, so every
/// column is dense).
///
/// A fit carrying one (``RegressionFit/structuredDesign``) has an empty
/// `workingDesign`; the covariance estimators ask it for the score cross-products
/// instead of forming the scores `uᵢ = wᵢ eᵢ zᵢ` row by row. The products are in the fit's
/// working parameterization (the columns of `Z`, before `parameterTransform`).
protocol StructuredWorkingDesign: Sendable {
    /// `Σ_g s_g s_gᵀ` with `s_g = Σ_{i∈g} wᵢ eᵢ zᵢ` the score sum of level `g` of
    /// `clusters` (codes over the fit's observations), or over single observations when
    /// `clusters` is `nil` (the HC0 meat `Σᵢ uᵢuᵢᵀ`).
    func scoreGram(clusters: FactorCodes?) throws(EstimationError) -> Matrix

    /// How the fit absorbed its fixed effects (for its note; the fit's `demeaning` report
    /// then only records the dimensions).
    var absorption: FixedEffectAbsorption { get }
}
