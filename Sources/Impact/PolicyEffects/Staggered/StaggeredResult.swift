/// The result of ``CallawaySantAnna/fit(_:)``: every ATT(g,t) with its influence function,
/// from which the aggregations and their standard errors are derived.
///
/// Results are values: ``withMultiplierBootstrap(_:)`` returns a new result whose standard
/// errors (of the cells and of every aggregation) come from the bootstrap.
public struct StaggeredResult: Sendable, Equatable {
    /// ATT(g,t) for every cohort and period, ordered by cohort then period.
    public let effects: [GroupTimeEffect]
    /// The treated cohorts estimated, ascending.
    public let groups: [Int]
    /// The periods used, ascending.
    public let periods: [Int]
    /// Cohort of every firm of the panel (0 = never treated), in panel order.
    public let unitCohorts: [Int]
    /// Influence functions: `n × effects.count`, column k for ``effects``[k], row i for firm i.
    public let influence: Matrix
    /// The control group used.
    public let controlGroup: StaggeredControlGroup
    /// The base-period rule used.
    public let basePeriod: StaggeredBasePeriod
    /// The multiplier bootstrap behind the standard errors, or `nil` for analytic ones.
    public let bootstrap: StaggeredMultiplierBootstrap?
    /// Firms of the table left out because their outcome was not present in every period.
    public let droppedUnits: [String]
    /// How each cell adjusted for covariates; ``StaggeredEstimationMethod/doublyRobust``
    /// by default (all methods coincide without covariates).
    public let estimationMethod: StaggeredEstimationMethod
    /// The covariates of the propensity score and outcome regression (empty: none).
    public let covariates: [String]
    /// Anticipation periods δ: base periods are g − δ − 1 and controls must be untreated
    /// until δ periods after the compared periods; 0 by default.
    public let anticipation: Int
    /// The clusters of the bootstrap when above the firm (`nil`: firms).
    public let clusters: StaggeredClusters?
    /// The bootstrap statistics of every reported influence function (`nil` when analytic).
    let bootstrapStatistics: StaggeredBootstrapStatistics?
    /// How the rows were taken: ``StaggeredSampleLayout/balancedPanel`` (the default),
    /// ``StaggeredSampleLayout/unbalancedPanel``, or ``StaggeredSampleLayout/repeatedCrossSections``,
    /// where every row is its own unit (``unitCount`` counts rows, not firms). An unbalanced
    /// panel that turns out balanced is estimated, and recorded, as a balanced one.
    public let sampleLayout: StaggeredSampleLayout

    init(effects: [GroupTimeEffect], groups: [Int], periods: [Int], unitCohorts: [Int],
         influence: Matrix, controlGroup: StaggeredControlGroup, basePeriod: StaggeredBasePeriod,
         bootstrap: StaggeredMultiplierBootstrap?, droppedUnits: [String] = [],
         estimationMethod: StaggeredEstimationMethod = .doublyRobust, covariates: [String] = [],
         anticipation: Int = 0, clusters: StaggeredClusters? = nil,
         bootstrapStatistics: StaggeredBootstrapStatistics? = nil, sampleLayout: StaggeredSampleLayout = .balancedPanel) {
        self.effects = effects
        self.groups = groups
        self.periods = periods
        self.unitCohorts = unitCohorts
        self.influence = influence
        self.controlGroup = controlGroup
        self.basePeriod = basePeriod
        self.bootstrap = bootstrap
        self.droppedUnits = droppedUnits
        self.estimationMethod = estimationMethod
        self.covariates = covariates
        self.anticipation = anticipation
        self.clusters = clusters
        self.bootstrapStatistics = bootstrapStatistics
        self.sampleLayout = sampleLayout
    }

    /// What happened while estimating: firms left out for an incomplete outcome.
    public var notes: [StaggeredNote] {
        droppedUnits.first.map { [.incompleteUnitsLeftOut(count: droppedUnits.count, example: $0)] } ?? []
    }

    /// Number of firms n (the clusters of every standard error); the number of rows under
    /// repeated cross-sections (``sampleLayout``).
    public var unitCount: Int { unitCohorts.count }

    /// Number of firms in cohort `group`.
    public func cohortSize(_ group: Int) -> Int { unitCohorts.lazy.filter { $0 == group }.count }

    /// Whether the bootstrap resamples clusters above the firm.
    public var isClusteredAboveUnit: Bool { clusters != nil }

    /// The same estimates with multiplier-bootstrap standard errors for every cell and every
    /// aggregation, and uniform bands (the same draws serve all of them).
    ///
    /// - Parameter clusters: clusters above the firm (`did`'s `clustervars`); default firms.
    /// - Throws: ``StaggeredError/invalidReplications(_:)`` when fewer than 2 replications,
    ///   ``StaggeredError/overBudget(_:)`` when the work would not fit in the ``MemoryBudget``.
    public func withMultiplierBootstrap(_ bootstrap: StaggeredMultiplierBootstrap,
                                        clusters: StaggeredClusters? = nil) throws(StaggeredError) -> StaggeredResult {
        try Self.bootstrapping(self, bootstrap, clusters: clusters)
    }

    /// With bootstrap standard errors: the critical value c of a uniform 95% (or `level`)
    /// band over all ATT(g,t) cells, ATT ± c·se covering every cell at once (`did`'s
    /// `cband = TRUE`); `nil` for analytic standard errors, which give pointwise intervals.
    public func uniformCriticalValue(level: Double = ConfidenceLevel.standard) -> Double? {
        bootstrapStatistics.flatMap { $0.uniformCriticalValue($0.cells, level: level) }
    }

    /// sqrt(mean(IF²))/sqrt(n): the population variance of the influence function over n.
    static func analyticStandardError(_ influenceFunction: [Double]) -> Double {
        let n = Double(influenceFunction.count)
        return (influenceFunction.reduce(0) { $0 + $1 * $1 } / n).squareRoot() / n.squareRoot()
    }
}
