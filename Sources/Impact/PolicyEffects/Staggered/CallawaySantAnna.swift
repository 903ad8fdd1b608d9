/// Callaway and Sant'Anna (2021) group-time average treatment effects for staggered
/// adoption, unconditional or conditional on covariates (doubly robust, IPW or outcome
/// regression, ``StaggeredEstimationMethod``).
///
/// For each cohort g and period t:
///
///     ATT(g,t) = (1/N_g) Σ_{i∈g} (y_it − y_ib) − (1/N_C) Σ_{i∈C} (y_it − y_ib)
///
/// (without covariates; with covariates each cell is a ``TwoPeriodComparison``, covariates
/// taken in the earlier of its two periods) with base period b = the last period before
/// g − δ (δ = ``anticipation``, default 0) for t ≥ g − δ and, under the
/// ``StaggeredBasePeriod/varying`` rule, b = t − 1 (previous period) for t < g. The control
/// set C holds the never-treated firms or, with ``StaggeredControlGroup/notYetTreated``,
/// also firms whose cohort is later than max(t, b) + δ (the cohort g itself excluded).
///
/// Influence function (one per firm i and cell), over all n firms:
///
///     IF_i = n/N_g · (Δy_i − mean_g Δy)   for i in g,
///     IF_i = −n/N_C · (Δy_i − mean_C Δy)  for i in C, 0 otherwise,
///
/// and the analytic standard error is sqrt(mean_i IF_i²)/sqrt(n), clustering by firm.
///
/// Conventions: matches the R package `did` (`att_gt(..., est_method = "reg")`) and Python
/// `csdid` 0.4.3 with `control_group = "nevertreated"` / `"notyettreated"`,
/// `base_period = "varying"` / `"universal"` and `bstrap = FALSE`; without covariates the
/// "reg", "ipw" and "dr" methods coincide; with covariates, `est_method = "dr"`, `"ipw"`
/// and `"reg"` with `xformla = ~ x1 + x2`. Requires a balanced panel. Cohorts must have a
/// pre-period inside the panel and start no later than its last period.
public struct CallawaySantAnna: Sendable, Equatable {
    /// Control firms; default ``StaggeredControlGroup/neverTreated``.
    public var controlGroup: StaggeredControlGroup
    /// Base period rule; default ``StaggeredBasePeriod/varying``.
    public var basePeriod: StaggeredBasePeriod
    /// Covariate adjustment; default ``StaggeredEstimationMethod/doublyRobust`` (as `did`).
    /// Without covariates every method gives the same result.
    public var method: StaggeredEstimationMethod
    /// Anticipation periods δ ≥ 0; default 0.
    public var anticipation: Int

    /// Creates the estimator with the defaults of R's `did`: never-treated controls, a
    /// varying base period, the doubly robust method and no anticipation.
    public init(controlGroup: StaggeredControlGroup = .neverTreated,
                basePeriod: StaggeredBasePeriod = .varying,
                method: StaggeredEstimationMethod = .doublyRobust, anticipation: Int = 0) {
        precondition(anticipation >= 0, "anticipation must not be negative")
        self.controlGroup = controlGroup
        self.basePeriod = basePeriod
        self.method = method
        self.anticipation = anticipation
    }

    /// Estimates every ATT(g,t) with analytic influence-function standard errors, using the
    /// panel's covariates (if any).
    ///
    /// Cells are ordered by cohort, then period. Periods at or after the adoption of the
    /// last cohort (less δ) are dropped when that cohort is the only control left
    /// (not-yet-treated controls without never-treated firms).
    ///
    /// - Throws: ``StaggeredError/noTreatedUnits``,
    ///   ``StaggeredError/cohortOutsideTimeRange(cohort:firstPeriod:lastPeriod:)``,
    ///   ``StaggeredError/noNeverTreatedUnits``, ``StaggeredError/allUnitsTreatedAtOnce(cohort:)``,
    ///   ``StaggeredError/noControlUnits(group:period:)`` or, with covariates,
    ///   ``StaggeredError/propensityScoreFailed(group:period:reason:)`` and
    ///   ``StaggeredError/singularOutcomeRegression(group:period:)``.
    public func fit(_ panel: StaggeredPanel) throws(StaggeredError) -> StaggeredResult {
        try fit(panel, bootstrapRoom: false)
    }

    /// ``fit(_:)-(StaggeredPanel)``, the influence storage reserving room for a bootstrap's
    /// aggregation columns when `bootstrapRoom` (``estimateCells``); the same numbers.
    func fit(_ panel: StaggeredPanel, bootstrapRoom: Bool) throws(StaggeredError) -> StaggeredResult {
        let n = panel.unitCount
        let (groups, periods) = try cohortsAndPeriods(cohorts: panel.cohorts, periods: panel.periods)
        var treatedByGroup: [Int: [Int]] = [:]
        for group in groups { treatedByGroup[group] = (0..<n).filter { panel.cohorts[$0] == group } }
        let (effects, influence) = try estimateCells(
            groups: groups, periods: periods, unitCount: n, bootstrapRoom: bootstrapRoom,
            referenceTreatedCount: { treatedByGroup[$0]?.count ?? 0 }
        ) { group, t, b, horizon throws(StaggeredError) in
            let treated = treatedByGroup[group] ?? []
            let controls = (0..<n).filter { isControl(cohort: panel.cohorts[$0], group: group, horizon: horizon) }
            guard !controls.isEmpty else { throw .noControlUnits(group: group, period: periods[t]) }
            let cell = try cellEstimate(panel, treated: treated, controls: controls, period: t, base: b, group: group)
            return (cell.att, cell.influence, treated.count, controls.count)
        }
        return StaggeredResult(
            effects: effects, groups: groups, periods: periods, unitCohorts: panel.cohorts, influence: influence,
            controlGroup: controlGroup, basePeriod: basePeriod, bootstrap: nil, droppedUnits: panel.droppedUnits,
            estimationMethod: method, covariates: panel.covariateNames, anticipation: anticipation)
    }

    /// The cohorts estimated and the periods used (from each unit's cohort and the sorted
    /// periods), after the checks of ``fit(_:)``.
    func cohortsAndPeriods(cohorts: [Int], periods: [Int]) throws(StaggeredError) -> (groups: [Int], periods: [Int]) {
        let cohortList = Array(Set(cohorts.filter { $0 != 0 })).sorted()
        guard let lastCohort = cohortList.last else { throw .noTreatedUnits }
        let first = periods[0], last = periods[periods.count - 1]
        for cohort in cohortList where cohort - anticipation <= first || cohort > last {
            throw .cohortOutsideTimeRange(cohort: cohort, firstPeriod: first, lastPeriod: last)
        }
        var groups = cohortList
        var periodCount = periods.count
        if !cohorts.contains(0) {
            guard cohortList.count > 1 else { throw .allUnitsTreatedAtOnce(cohort: lastCohort) }
            guard controlGroup == .notYetTreated else { throw .noNeverTreatedUnits }
            // As in `did`: the last cohort becomes the control group, so periods from its
            // adoption (less anticipation) on have no controls and are dropped.
            groups.removeLast()
            periodCount = periods.firstIndex { $0 >= lastCohort - anticipation }!
        }
        return (groups, Array(periods.prefix(periodCount)))
    }

    /// Reads the panel from `table` (``StaggeredPanel/init(table:id:time:cohort:outcome:dropsIncompleteUnits:covariates:)``),
    /// fits it and, when `bootstrap` is given, replaces the standard errors by the
    /// multiplier bootstrap's (``StaggeredResult/withMultiplierBootstrap(_:)``). Firms left
    /// out for an incomplete outcome are reported by a ``StaggeredNote``. `cluster` names a
    /// column of clusters above the firm for the bootstrap (it requires `bootstrap`).
    /// `layout` reads the rows as repeated cross-sections or an unbalanced panel instead
    /// (``fit(_:)-(StaggeredCrossSections)``; an unbalanced panel that is balanced is fitted as a panel).
    ///
    /// - Throws: ``StaggeredError/clusteringNeedsBootstrap(column:)`` for `cluster` without
    ///   `bootstrap`, and the errors of reading, fitting and bootstrapping.
    public func estimate(_ table: Table, id: String, time: String, cohort: String, outcome: String,
                         covariates: [String] = [], dropsIncompleteUnits: Bool = false,
                         bootstrap: StaggeredMultiplierBootstrap? = nil,
                         cluster: String? = nil,
                         layout: StaggeredSampleLayout = .balancedPanel) throws(StaggeredError) -> StaggeredResult {
        if let cluster, bootstrap == nil { throw .clusteringNeedsBootstrap(column: cluster) }
        if layout != .balancedPanel {
            switch try estimateCrossSections(table, id: id, time: time, cohort: cohort, outcome: outcome,
                                             covariates: covariates, layout: layout, bootstrap: bootstrap,
                                             cluster: cluster) {
            case .estimated(let result): return result
            // Balanced: no firm is incomplete, so dropping incomplete firms would change nothing.
            case .balancedPanel(let panel): return try fit(panel, table: table, id: id, bootstrap: bootstrap, cluster: cluster)
            }
        }
        return try fit(StaggeredPanel(table: table, id: id, time: time, cohort: cohort, outcome: outcome,
                                      dropsIncompleteUnits: dropsIncompleteUnits, covariates: covariates),
                       table: table, id: id, bootstrap: bootstrap, cluster: cluster)
    }

    /// Fits `panel` (read from `table`, firms in column `id`) and, with `bootstrap`, replaces
    /// the standard errors by the multiplier bootstrap's, clustered by column `cluster` when
    /// given. The panel is given up once the clusters are read, before the bootstrap's
    /// matrix is built, so the two are never held at once.
    private func fit(_ panel: consuming StaggeredPanel, table: Table, id: String,
                     bootstrap: StaggeredMultiplierBootstrap?, cluster: String?) throws(StaggeredError) -> StaggeredResult {
        let result = try fit(panel, bootstrapRoom: bootstrap != nil)
        guard let bootstrap else { return result }
        var clusters: StaggeredClusters?
        if let cluster { clusters = try StaggeredClusters(table: table, id: id, cluster: cluster, panel: copy panel) }
        _ = consume panel
        return try StaggeredResult.bootstrapping(consume result, bootstrap, clusters: clusters)
    }

    /// One cell's ATT and influence function over all n firms: the difference of mean
    /// changes without covariates, else the ``TwoPeriodComparison`` of its firms scaled by n/m.
    private func cellEstimate(_ panel: StaggeredPanel, treated: [Int], controls: [Int], period: Int, base: Int,
                              group: Int) throws(StaggeredError) -> (att: Double, influence: [Double]) {
        guard !panel.covariateNames.isEmpty else {
            return Self.differenceInDifferences(panel, treated: treated, controls: controls, period: period, base: base)
        }
        let members = treated + controls
        let k = panel.covariateNames.count
        let early = min(period, base)
        var design = Matrix(rows: members.count, columns: k + 1, repeating: 1)
        for (r, i) in members.enumerated() {
            for j in 0..<k { design[r, j + 1] = panel.covariate(unit: i, periodIndex: early, j) }
        }
        let comparison = TwoPeriodComparison(
            change: members.map { panel.outcome(unit: $0, periodIndex: period) - panel.outcome(unit: $0, periodIndex: base) },
            treated: members.indices.map { $0 < treated.count }, design: design)
        let cell: (att: Double, influence: [Double])
        do {
            cell = try comparison.estimate(method)
        } catch {
            throw error.staggeredError(group: group, period: panel.periods[period])
        }
        let scale = Double(panel.unitCount) / Double(members.count)
        var influence = [Double](repeating: 0, count: panel.unitCount)
        for (r, i) in members.enumerated() { influence[i] = scale * cell.influence[r] }
        return (cell.att, influence)
    }

    /// The 2×2 comparison of mean changes between `period` and `base` (indices), and its
    /// influence function over all firms.
    private static func differenceInDifferences(
        _ panel: StaggeredPanel, treated: [Int], controls: [Int], period: Int, base: Int
    ) -> (att: Double, influence: [Double]) {
        let n = Double(panel.unitCount)
        func change(_ i: Int) -> Double {
            panel.outcome(unit: i, periodIndex: period) - panel.outcome(unit: i, periodIndex: base)
        }
        let treatedMean = treated.reduce(0) { $0 + change($1) } / Double(treated.count)
        let controlMean = controls.reduce(0) { $0 + change($1) } / Double(controls.count)
        var influence = [Double](repeating: 0, count: panel.unitCount)
        for i in treated { influence[i] = n / Double(treated.count) * (change(i) - treatedMean) }
        for i in controls { influence[i] = -n / Double(controls.count) * (change(i) - controlMean) }
        return (treatedMean - controlMean, influence)
    }
}
