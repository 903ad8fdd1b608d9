/// The columns and settings of a dynamic (event-study) two-way fixed-effects regression.
///
/// Defaults (stated once, here): reference event time −1, no binning, `vcov = nil`
/// meaning CR1 clustered by `unit`, `confidenceLevel = 0.95`.
///
/// Binning: with `binMin = a`, event times below `a` are pooled into `a` (the indicator
/// of `a` is `1{e ≤ a}`); with `binMax = b`, times above `b` are pooled into `b`
/// (`1{e ≥ b}`). Bins must enclose the reference: `a ≤ reference ≤ b`.
public struct EventStudySpecification: Sendable, Equatable {
    /// Outcome column.
    public var outcome: String
    /// Unit (firm) identifier; absorbed and the default cluster.
    public var unit: String
    /// Period (year) column, whole numbers; absorbed.
    public var time: String
    /// First treatment period of the unit (whole numbers); 0 or blank = never treated.
    public var cohort: String
    /// Reference (omitted) event time. Default −1.
    public var reference: Int
    /// Lower end point bin, or `nil` for none.
    public var binMin: Int?
    /// Upper end point bin, or `nil` for none.
    public var binMax: Int?
    /// Covariance estimator; `nil` clusters by `unit` (CR1).
    public var vcov: VarianceEstimator?
    /// Interval level in (0, 1). Default 0.95.
    public var confidenceLevel: Double

    /// Creates a specification; see the type's documentation for the defaults.
    public init(outcome: String, unit: String, time: String, cohort: String, reference: Int = -1,
                binMin: Int? = nil, binMax: Int? = nil, vcov: VarianceEstimator? = nil,
                confidenceLevel: Double = ConfidenceLevel.standard) {
        self.outcome = outcome
        self.unit = unit
        self.time = time
        self.cohort = cohort
        self.reference = reference
        self.binMin = binMin
        self.binMax = binMax
        self.vcov = vcov
        self.confidenceLevel = confidenceLevel
    }

    /// The covariance actually used: `vcov`, or CR1 clustered by `unit`.
    public var resolvedVariance: VarianceEstimator { vcov ?? .cluster([unit]) }

    /// The variance choice of the regression: ``resolvedVariance`` under the fixest
    /// small-sample convention.
    public var variance: VarianceChoice { VarianceChoice(resolvedVariance) }

    /// Event time `period − cohort` with the bins applied; `nil` for a never-treated unit.
    public func eventTime(period: Int, cohort: Int?) -> Int? {
        guard let cohort else { return nil }
        var e = period - cohort
        if let binMin { e = max(e, binMin) }
        if let binMax { e = min(e, binMax) }
        return e
    }
}
