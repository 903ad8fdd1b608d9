/// A fitted least-squares regression, frozen: coefficients, residuals and everything a
/// covariance estimator needs (the "bread" and the design in which scores are formed).
///
/// Obtain one from `LinearRegression.fit(_:options:)`; turn it into a reportable
/// `RegressionResult` with `result(vcov:confidenceLevel:)`, once per covariance type.
///
/// Internally the fit works in a reparameterization chosen for accuracy: with an
/// intercept, regressors are centred (weighted means removed) and each column is scaled to
/// unit norm; with fixed effects, the demeaned regressors are scaled. `workingDesign` `Z`
/// holds these columns (a leading column of ones stands for the intercept),
/// `workingBread` is `(ZᵀWZ)⁻¹` and the coefficients are `β = A θ` with
/// `A = parameterTransform`, so every covariance is `A V_θ Aᵀ`.
public struct RegressionFit: Sendable {
    /// Name of the dependent variable.
    public let responseName: String
    /// Names of the estimated coefficients, in formula order.
    public let termNames: [String]
    /// Estimated coefficients, in the order of `termNames`.
    public let coefficients: [Double]
    /// Regressors dropped as collinear, in formula order (no numbers are reported for them).
    public let droppedTerms: [String]
    /// Whether `termNames` starts with the intercept.
    public let hasIntercept: Bool
    /// Observations used (after dropping missing values and singletons).
    public let observationCount: Int
    /// Residuals `yᵢ − ŷᵢ` (unweighted), one per observation used. With fixed effects
    /// these are the residuals of the full model, fixed effects included.
    public let residuals: [Double]
    /// Weights of the observations used, or `nil` for ordinary least squares.
    public let weights: [Double]?
    /// `Σ wᵢ eᵢ²`.
    public let residualSumOfSquares: Double
    /// `Σ wᵢ (yᵢ − ȳ_w)²`, or the uncentred `Σ wᵢ yᵢ²` for a model with neither intercept
    /// nor fixed effects (statsmodels' convention).
    public let totalSumOfSquares: Double
    /// `Σ wᵢ ỹᵢ²` with `ỹ` the response demeaned by the fixed effects; `nil` without them.
    public let withinTotalSumOfSquares: Double?
    /// Fixed-effect dimensions on the observations used (levels renumbered, empty levels
    /// gone).
    public let fixedEffects: [FactorCodes]
    /// Cluster dimensions from the model frame on the observations used.
    public let clusters: [FactorCodes]
    /// Observations removed as singletons.
    public let singletonsRemoved: Int
    /// Table rows dropped earlier because a model variable was missing.
    public let droppedForMissing: Int
    /// Notes from the design step (rows dropped for `log()` of non-positive values, …).
    public let designNotes: [RegressionNote]
    /// Demeaning iterations and convergence; `nil` without fixed effects.
    public let demeaning: DemeaningReport?
    /// Table row of each observation used (made on access when the observations are the
    /// table's rows in order, which are stored as nothing: no n-length array is held).
    public var sourceRows: [Int] { TableRows(explicitSourceRows, count: observationCount).list }
    /// The table rows when they are not simply `0..<observationCount`; `nil` when they are.
    let explicitSourceRows: [Int]?
    /// Options the fit was made with.
    public let options: RegressionOptions

    /// Working design `Z` (`n × p`, unweighted).
    let workingDesign: Matrix
    /// `(ZᵀWZ)⁻¹`.
    let workingBread: Matrix
    /// `A` with `β = A θ`.
    let parameterTransform: Matrix
    /// The working design in structured form when `workingDesign` is empty (see
    /// ``StructuredWorkingDesign``); `nil` for the ordinary fits, whose design is stored.
    var structuredDesign: (any StructuredWorkingDesign)? = nil

    /// Number of estimated coefficients `k` (intercept included).
    public var coefficientCount: Int { coefficients.count }

    /// Total number of fixed-effect levels, `Σ_q levels_q`.
    public var fixedEffectLevels: Int { fixedEffects.reduce(0) { $0 + $1.levelCount } }
}
