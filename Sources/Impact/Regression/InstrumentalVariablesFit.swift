/// A fitted 2SLS model, frozen: the second stage and each endogenous regressor's first
/// stage as least-squares fits (their covariances come from the same sandwich), and the
/// Wu–Hausman test.
///
/// The second stage's bread is `(X̂ᵀWX̂)⁻¹` and its scores `wᵢeᵢx̂ᵢ` with the structural
/// residuals `e = y − Xβ`, so ``RegressionFit/result(variance:confidenceLevel:)`` gives
/// the 2SLS covariance under every estimator. A first stage regresses one endogenous
/// regressor on the instruments `Z = [X₁ Z₂]`: its first ``exogenousInstrumentCount``
/// coefficients are the exogenous regressors', the rest the excluded instruments'.
public struct InstrumentalVariablesFit: Sendable {
    /// The second stage: coefficients of the exogenous then the endogenous regressors.
    public let secondStage: RegressionFit
    /// One first stage per endogenous regressor, in the order of ``endogenousNames``.
    public let firstStages: [RegressionFit]
    /// The endogenous regressors kept.
    public let endogenousNames: [String]
    /// The excluded instruments kept.
    public let instrumentNames: [String]
    /// Number of exogenous regressors among each first stage's coefficients (first).
    public let exogenousInstrumentCount: Int
    /// The Wu–Hausman F test of exogeneity; `nil` when its degrees of freedom run out.
    public let wuHausman: EndogeneityTest?

    /// Positions of the excluded instruments among a first stage's coefficients.
    public var excludedInstrumentPositions: [Int] {
        Array(exogenousInstrumentCount..<(exogenousInstrumentCount + instrumentNames.count))
    }
}
