/// The columns and settings of a difference-in-differences estimate.
///
/// Defaults (stated once, here): `design = .pooled`, no covariates, `vcov = nil` meaning
/// one-way cluster-robust CR1 by the `unit` column (firm-clustered, as the fixtures and
/// Stata's `vce(cluster firm)`), `confidenceLevel = 0.95`.
public struct DifferenceInDifferencesSpecification: Sendable, Equatable {
    /// Outcome column (numeric), e.g. `y` or `revenue_wan`.
    public var outcome: String
    /// Unit identifier (firm), numbers or text; the default cluster and, in the
    /// two-way design, the first absorbed effect.
    public var unit: String
    /// Period column (year); absorbed in the two-way design.
    public var time: String
    /// 0/1 column: the unit belongs to the treated group.
    public var treated: String
    /// 0/1 column: the observation is in the post-policy period.
    public var post: String
    /// Numeric control variables added linearly.
    public var covariates: [String]
    /// Pooled 2×2 or two-way fixed effects.
    public var design: DifferenceInDifferencesDesign
    /// Covariance estimator; `nil` clusters by `unit` (CR1).
    public var vcov: VarianceEstimator?
    /// Confidence level of the interval, in (0, 1).
    public var confidenceLevel: Double

    /// Creates a specification; see the type's documentation for the defaults.
    public init(outcome: String, unit: String, time: String, treated: String, post: String,
                covariates: [String] = [], design: DifferenceInDifferencesDesign = .pooled,
                vcov: VarianceEstimator? = nil, confidenceLevel: Double = ConfidenceLevel.standard) {
        self.outcome = outcome
        self.unit = unit
        self.time = time
        self.treated = treated
        self.post = post
        self.covariates = covariates
        self.design = design
        self.vcov = vcov
        self.confidenceLevel = confidenceLevel
    }

    /// The effect term, `treated:post` in the peers' naming.
    public var effectTerm: String { "\(treated):\(post)" }

    /// The covariance actually used: `vcov`, or CR1 clustered by `unit`.
    public var resolvedVariance: VarianceEstimator { vcov ?? .cluster([unit]) }

    /// The regression formula of the chosen design, e.g.
    /// `y ~ treated * post + size` or `y ~ treated:post + size | firm_id + year`.
    public var formula: String {
        let controls = covariates.map { " + \($0)" }.joined()
        switch design {
        case .pooled:
            return "\(outcome) ~ \(treated) * \(post)\(controls)"
        case .twoWayFixedEffects:
            return "\(outcome) ~ \(treated):\(post)\(controls) | \(unit) + \(time)"
        }
    }
}
