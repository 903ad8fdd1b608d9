/// The imputation estimate of a staggered adoption (Borusyak–Jaravel–Spiess 2024): the
/// overall ATT, the event-study effects by horizon, the first-stage covariate coefficients
/// and the sample, as an immutable value with typed notes.
public struct ImputationResult: Sendable, Equatable {
    /// Mean of `τ̂ᵢₜ = yᵢₜ − ŷᵢₜ(0)` over every imputed treated row (equal weights).
    public let overall: ImputationEstimate
    /// One estimate per event time `h ≥ 0` present among the imputed treated rows,
    /// ascending.
    public let eventStudy: [ImputationEstimate]
    /// Covariate names, in the order given.
    public let covariates: [String]
    /// First-stage coefficients of the covariates (fitted on the untreated rows with firm
    /// and period effects).
    public let covariateCoefficients: [Double]
    /// Treatment cohorts (first treated periods) with at least one imputed row, ascending.
    public let cohorts: [Int]
    /// Firms among the rows used (every firm with an untreated row; a firm treated from its
    /// first row has no imputed row and is not counted).
    public let unitCount: Int
    /// Rows used (untreated and imputed treated).
    public let observationCount: Int
    /// Untreated rows (never treated, or before the firm's cohort): the first-stage sample.
    public let untreatedCount: Int
    /// Treated rows whose untreated outcome was imputed.
    public let treatedCount: Int
    /// The pre-trend test on the untreated rows (``ImputationPretrend``), or `nil` when
    /// no treated firm has an untreated row two or more periods before its cohort.
    public let pretrend: ImputationPretrend?
    /// What happened on the way.
    public let notes: [ImputationNote]

    /// Creates a result (the estimator's output).
    public init(overall: ImputationEstimate, eventStudy: [ImputationEstimate], covariates: [String],
                covariateCoefficients: [Double], cohorts: [Int], unitCount: Int, observationCount: Int,
                untreatedCount: Int, treatedCount: Int, pretrend: ImputationPretrend?, notes: [ImputationNote]) {
        self.overall = overall
        self.eventStudy = eventStudy
        self.covariates = covariates
        self.covariateCoefficients = covariateCoefficients
        self.cohorts = cohorts
        self.unitCount = unitCount
        self.observationCount = observationCount
        self.untreatedCount = untreatedCount
        self.treatedCount = treatedCount
        self.pretrend = pretrend
        self.notes = notes
    }
}
