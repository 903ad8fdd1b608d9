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
    /// Bootstrap multipliers, `replications × n` (empty when analytic).
    let bootstrapDraws: Matrix

    init(effects: [GroupTimeEffect], groups: [Int], periods: [Int], unitCohorts: [Int],
         influence: Matrix, controlGroup: StaggeredControlGroup, basePeriod: StaggeredBasePeriod,
         bootstrap: StaggeredMultiplierBootstrap?, droppedUnits: [String] = [],
         bootstrapDraws: Matrix = Matrix(rows: 0, columns: 0)) {
        self.effects = effects
        self.groups = groups
        self.periods = periods
        self.unitCohorts = unitCohorts
        self.influence = influence
        self.controlGroup = controlGroup
        self.basePeriod = basePeriod
        self.bootstrap = bootstrap
        self.droppedUnits = droppedUnits
        self.bootstrapDraws = bootstrapDraws
    }

    /// What happened while estimating: firms left out for an incomplete outcome.
    public var notes: [StaggeredNote] {
        droppedUnits.first.map { [.incompleteUnitsLeftOut(count: droppedUnits.count, example: $0)] } ?? []
    }

    /// Number of firms n (the clusters of every standard error).
    public var unitCount: Int { unitCohorts.count }

    /// Number of firms in cohort `group`.
    public func cohortSize(_ group: Int) -> Int { unitCohorts.lazy.filter { $0 == group }.count }

    /// The same estimates with multiplier-bootstrap standard errors for every cell and every
    /// aggregation (the same draws are reused for all of them).
    ///
    /// - Throws: ``StaggeredError/invalidReplications(_:)`` when fewer than 2 replications.
    public func withMultiplierBootstrap(_ bootstrap: StaggeredMultiplierBootstrap) throws(StaggeredError) -> StaggeredResult {
        guard bootstrap.replications >= 2 else { throw .invalidReplications(bootstrap.replications) }
        do {
            try MemoryBudget.current.check(.bootstrap(replications: bootstrap.replications, units: unitCount),
                                           count: MemoryBudget.product(bootstrap.replications, unitCount + effects.count + 2))
        } catch {
            throw .overBudget(error)
        }
        let draws = bootstrap.multipliers(unitCount: unitCount)
        let updated = effects.indices.map { k in
            effects[k].replacingStandardError(
                bootstrap.standardError(of: influence.column(k), multipliers: draws))
        }
        return StaggeredResult(effects: updated, groups: groups, periods: periods,
                               unitCohorts: unitCohorts, influence: influence,
                               controlGroup: controlGroup, basePeriod: basePeriod,
                               bootstrap: bootstrap, droppedUnits: droppedUnits, bootstrapDraws: draws)
    }

    /// With bootstrap standard errors: the critical value c of a uniform 95% (or `level`)
    /// band over all ATT(g,t) cells, ATT ± c·se covering every cell at once (`did`'s
    /// `cband = TRUE`); `nil` for analytic standard errors, which give pointwise intervals.
    public func uniformCriticalValue(level: Double = ConfidenceLevel.standard) -> Double? {
        guard let bootstrap else { return nil }
        return bootstrap.uniformCriticalValue(of: effects.indices.map { influence.column($0) },
                                              multipliers: bootstrapDraws, level: level)
    }

    /// The uniform critical value over a set of influence functions, or `nil` (analytic).
    func uniformCriticalValue(of influences: [[Double]], level: Double = ConfidenceLevel.standard) -> Double? {
        bootstrap?.uniformCriticalValue(of: influences, multipliers: bootstrapDraws, level: level)
    }

    /// The standard error implied by an influence function under this result's method.
    func standardError(of influenceFunction: [Double]) -> Double {
        guard let bootstrap else { return Self.analyticStandardError(influenceFunction) }
        return bootstrap.standardError(of: influenceFunction, multipliers: bootstrapDraws)
    }

    /// sqrt(mean(IF²))/sqrt(n): the population variance of the influence function over n.
    static func analyticStandardError(_ influenceFunction: [Double]) -> Double {
        let n = Double(influenceFunction.count)
        return (influenceFunction.reduce(0) { $0 + $1 * $1 } / n).squareRoot() / n.squareRoot()
    }
}
