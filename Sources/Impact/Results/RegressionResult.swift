/// A regression ready to report: coefficients with inference under one covariance
/// estimator, fit statistics, dropped terms and notes. Immutable; ask for another
/// covariance with `reestimated(vcov:confidenceLevel:)` or `reestimated(variance:confidenceLevel:)`,
/// which return a new result.
///
/// Fit statistics:
/// - `r2 = 1 − RSS/TSS` with TSS centred at the weighted mean (uncentred for a model with
///   neither intercept nor fixed effects, as statsmodels); with fixed effects it is the R²
///   of the full model, fixed effects included (pyfixest `_r2`).
/// - `adjustedR2 = 1 − (1 − r2)(N − c)/(N − K)`, `c` = 1 with an intercept or fixed
///   effects and 0 otherwise, `K` the parameters counted (`SmallSampleCorrection`).
/// - `withinR2 = 1 − RSS/Σwỹ²`, `ỹ` the demeaned response (only with fixed effects).
/// - `fTest`: Wald F on every coefficient but the intercept (`FTest`).
public struct RegressionResult: Sendable {
    /// One entry per estimated coefficient, in formula order.
    public let coefficients: [CoefficientEstimate]
    /// Covariance of the coefficients, in the same order.
    public let covariance: Matrix
    /// The covariance estimator used.
    public let estimator: VarianceEstimator
    /// The small-sample convention of the covariance (matters only when clustering).
    public let convention: SmallSampleConvention
    /// Confidence level of the intervals (default 0.95).
    public let confidenceLevel: Double
    /// R².
    public let r2: Double
    /// Adjusted R².
    public let adjustedR2: Double
    /// Within R² (with fixed effects), else `nil`.
    public let withinR2: Double?
    /// F test of all coefficients but the intercept, `nil` when nothing is tested or the
    /// covariance is singular.
    public let fTest: FTest?
    /// Residual degrees of freedom `N − K` (fixed-effect levels counted).
    public let residualDegreesOfFreedom: Int
    /// The small-sample correction applied.
    public let correction: SmallSampleCorrection
    /// Clusters in each cluster dimension (empty unless clustering).
    public let clusterCounts: [Int]
    /// What happened, as typed notes in the order it happened: the fit's
    /// (``RegressionFit/notes``: rows dropped, singletons, fixed effects absorbed, collinear
    /// terms) then the covariance's (few clusters, a repaired two-way matrix). Their
    /// sentences are written in `Reports/`; JSON carries each note's code and English text.
    public let notes: [RegressionNote]
    /// The fit the result was computed from.
    public let fit: RegressionFit

    /// Dependent variable (the fit's).
    public var responseName: String { fit.responseName }
    /// Observations used (the fit's).
    public var observationCount: Int { fit.observationCount }
    /// Terms dropped as collinear (the fit's).
    public var droppedTerms: [String] { fit.droppedTerms }
    /// Degrees of freedom of the t statistics (`N − K`, or `G − 1` when clustering): the
    /// correction's.
    public var inferenceDegreesOfFreedom: Double { correction.degreesOfFreedom }

    /// The variance choice this result was computed under (its estimator resolved).
    public var variance: VarianceChoice { VarianceChoice(estimator, convention: convention) }

    /// A new result for the same fit under another covariance estimator, with this
    /// result's small-sample convention and (by default) confidence level.
    public func reestimated(vcov: VarianceEstimator,
                            confidenceLevel: Double? = nil) throws(EstimationError) -> RegressionResult {
        try reestimated(variance: VarianceChoice(vcov, convention: convention), confidenceLevel: confidenceLevel)
    }

    /// A new result for the same fit under another variance choice.
    public func reestimated(variance: VarianceChoice,
                            confidenceLevel: Double? = nil) throws(EstimationError) -> RegressionResult {
        try fit.result(variance: variance, confidenceLevel: confidenceLevel ?? self.confidenceLevel)
    }

    /// The coefficient named `term`, if it was estimated.
    public func coefficient(_ term: String) -> CoefficientEstimate? {
        coefficients.first { $0.term == term }
    }

    /// Number of clusters of a one-way clustered result (the smallest for two-way).
    public var clusterCount: Int? { clusterCounts.min() }
}
