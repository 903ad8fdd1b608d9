/// What `CostEffectiveness.compare` computes: the columns of the supported-firm table for
/// the naive ratio and the dose-response slope, and the difference-in-differences for the
/// panel figure.
///
/// Defaults (stated once, here): increment `revenue_growth_wan`, subsidy `subsidy_wan`, no
/// controls, no sector effects, HC1 standard errors for the slope, 95% intervals, no DiD,
/// subsidy basis ``SubsidyBasis/paid``, horizon = the post-policy periods of the panel (1
/// without a panel), estimator ``CostEffectivenessEstimator/differenceInDifferences``.
public struct CostEffectivenessSpecification: Sendable, Equatable {
    /// Increment column of the supported-firm table (万元).
    public var increment: String
    /// Subsidy column (万元), in the supported-firm table and in the panel.
    public var subsidy: String
    /// Control variables of the dose-response slope.
    public var controls: [String]
    /// Sector column for sector effects in the dose-response slope, or `nil`.
    public var sector: String?
    /// Covariance of the dose-response slope. Default `.hc1`.
    public var vcov: VarianceEstimator
    /// Interval level of the slope, in (0, 1).
    public var confidenceLevel: Double
    /// The DiD behind the panel figure (its outcome in 万元, levels), or `nil` for none.
    public var differenceInDifferences: DifferenceInDifferencesSpecification?
    /// What the panel's subsidy column holds. Default ``SubsidyBasis/paid``.
    public var subsidyBasis: SubsidyBasis
    /// Years over which every figure is stated, or `nil` for the post-policy periods of the
    /// panel (1 year without a panel).
    public var horizon: Int?
    /// The panel figure's estimator. Default ``CostEffectivenessEstimator/differenceInDifferences``.
    public var estimator: CostEffectivenessEstimator

    /// Creates a specification; see the type's documentation for the defaults.
    public init(increment: String = "revenue_growth_wan", subsidy: String = "subsidy_wan", controls: [String] = [],
                sector: String? = nil, vcov: VarianceEstimator = .hc1,
                confidenceLevel: Double = ConfidenceLevel.standard,
                differenceInDifferences: DifferenceInDifferencesSpecification? = nil,
                subsidyBasis: SubsidyBasis = .standard, horizon: Int? = nil,
                estimator: CostEffectivenessEstimator = .differenceInDifferences) {
        self.increment = increment
        self.subsidy = subsidy
        self.controls = controls
        self.sector = sector
        self.vcov = vcov
        self.confidenceLevel = confidenceLevel
        self.differenceInDifferences = differenceInDifferences
        self.subsidyBasis = subsidyBasis
        self.horizon = horizon
        self.estimator = estimator
    }
}
