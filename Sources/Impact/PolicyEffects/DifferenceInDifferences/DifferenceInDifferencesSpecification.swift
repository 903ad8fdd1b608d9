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
    /// The post-policy indicator: a 0/1 column, or built from the period column.
    public var postPeriod: PostPeriod
    /// Numeric control variables added linearly.
    public var covariates: [String]
    /// Pooled 2×2 or two-way fixed effects.
    public var design: DifferenceInDifferencesDesign
    /// Covariance estimator; `nil` clusters by `unit` (CR1).
    public var vcov: VarianceEstimator?
    /// Confidence level of the interval, in (0, 1).
    public var confidenceLevel: Double

    /// Creates a specification whose post indicator is the 0/1 column `post`; see the
    /// type's documentation for the defaults.
    public init(outcome: String, unit: String, time: String, treated: String, post: String,
                covariates: [String] = [], design: DifferenceInDifferencesDesign = .pooled,
                vcov: VarianceEstimator? = nil, confidenceLevel: Double = ConfidenceLevel.standard) {
        self.init(outcome: outcome, unit: unit, time: time, treated: treated, postPeriod: .column(post),
                  covariates: covariates, design: design, vcov: vcov, confidenceLevel: confidenceLevel)
    }

    /// Creates a specification whose post indicator is `postPeriod` (a column, or built
    /// from `time`); see the type's documentation for the defaults.
    public init(outcome: String, unit: String, time: String, treated: String, postPeriod: PostPeriod,
                covariates: [String] = [], design: DifferenceInDifferencesDesign = .pooled,
                vcov: VarianceEstimator? = nil, confidenceLevel: Double = ConfidenceLevel.standard) {
        self.outcome = outcome
        self.unit = unit
        self.time = time
        self.treated = treated
        self.postPeriod = postPeriod
        self.covariates = covariates
        self.design = design
        self.vcov = vcov
        self.confidenceLevel = confidenceLevel
    }

    /// The effect term when the post indicator is the column `postColumn`
    /// (`treated:post` in the peers' naming).
    public func effectTerm(postColumn: String) -> String { "\(treated):\(postColumn)" }

    /// The covariance actually used: `vcov`, or CR1 clustered by `unit`.
    public var resolvedVariance: VarianceEstimator { vcov ?? .cluster([unit]) }

    /// The variance choice of the regression: ``resolvedVariance`` under the fixest
    /// small-sample convention.
    public var variance: VarianceChoice { VarianceChoice(resolvedVariance) }

    /// The regression formula of the chosen design when the post indicator is the column
    /// `postColumn`, built as a value (any column names work): `y ~ treated * post + size`
    /// or `y ~ treated:post + size | firm_id + year`.
    public func formula(postColumn: String) -> Formula {
        let treatedFactor = FormulaFactor.variable(treated), postFactor = FormulaFactor.variable(postColumn)
        let controls = covariates.map { FormulaTerm([.variable($0)]) }
        let effect = FormulaTerm([treatedFactor, postFactor])
        switch design {
        case .pooled:
            return Formula(response: .variable(outcome),
                           terms: [FormulaTerm([treatedFactor]), FormulaTerm([postFactor]), effect] + controls)
        case .twoWayFixedEffects:
            return Formula(response: .variable(outcome), terms: [effect] + controls,
                           fixedEffects: [FixedEffect(columns: [unit]), FixedEffect(columns: [time])])
        }
    }
}
