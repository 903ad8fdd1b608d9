/// Callaway and Sant'Anna (2021) group-time average treatment effects for staggered
/// adoption, by unconditional outcome regression (no covariates).
///
/// For each cohort g and period t:
///
///     ATT(g,t) = (1/N_g) Σ_{i∈g} (y_it − y_ib) − (1/N_C) Σ_{i∈C} (y_it − y_ib)
///
/// with base period b = g − 1 (the last period before g) for t ≥ g and, under the
/// ``StaggeredBasePeriod/varying`` rule, b = t − 1 (previous period) for t < g. The control
/// set C holds the never-treated firms or, with ``StaggeredControlGroup/notYetTreated``,
/// also firms whose cohort is later than max(t, b) (the cohort g itself excluded).
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
/// "reg", "ipw" and "dr" methods coincide. Requires a balanced panel. Cohorts must have a
/// pre-period inside the panel and start no later than its last period.
public struct CallawaySantAnna: Sendable, Equatable {
    /// Control firms; default ``StaggeredControlGroup/neverTreated``.
    public var controlGroup: StaggeredControlGroup
    /// Base period rule; default ``StaggeredBasePeriod/varying``.
    public var basePeriod: StaggeredBasePeriod

    /// Creates the estimator with the defaults of R's `did`: never-treated controls and a
    /// varying base period.
    public init(controlGroup: StaggeredControlGroup = .neverTreated,
                basePeriod: StaggeredBasePeriod = .varying) {
        self.controlGroup = controlGroup
        self.basePeriod = basePeriod
    }

    /// Estimates every ATT(g,t) with analytic influence-function standard errors.
    ///
    /// Cells are ordered by cohort, then period. Periods at or after the adoption of the
    /// last cohort are dropped when that cohort is the only control left (not-yet-treated
    /// controls without never-treated firms).
    ///
    /// - Throws: ``StaggeredError/noTreatedUnits``,
    ///   ``StaggeredError/cohortOutsideTimeRange(cohort:firstPeriod:lastPeriod:)``,
    ///   ``StaggeredError/noNeverTreatedUnits``, ``StaggeredError/allUnitsTreatedAtOnce(cohort:)``
    ///   or ``StaggeredError/noControlUnits(group:period:)``.
    public func fit(_ panel: StaggeredPanel) throws(StaggeredError) -> StaggeredResult {
        let n = panel.unitCount
        let cohortList = Array(Set(panel.cohorts.filter { $0 != 0 })).sorted()
        guard let lastCohort = cohortList.last else { throw .noTreatedUnits }
        let first = panel.periods[0], last = panel.periods[panel.periods.count - 1]
        for cohort in cohortList where cohort <= first || cohort > last {
            throw .cohortOutsideTimeRange(cohort: cohort, firstPeriod: first, lastPeriod: last)
        }
        var groups = cohortList
        var periodCount = panel.periods.count
        if !panel.cohorts.contains(0) {
            guard cohortList.count > 1 else { throw .allUnitsTreatedAtOnce(cohort: lastCohort) }
            guard controlGroup == .notYetTreated else { throw .noNeverTreatedUnits }
            // As in `did`: the last cohort becomes the control group, so periods from its
            // adoption on have no controls and are dropped.
            groups.removeLast()
            periodCount = panel.periods.firstIndex { $0 >= lastCohort }!
        }
        let periods = Array(panel.periods.prefix(periodCount))
        var effects: [GroupTimeEffect] = []
        var influence: [Double] = []
        for group in groups {
            let treated = (0..<n).filter { panel.cohorts[$0] == group }
            // Index of the last period before adoption (exists: group > first period).
            let preIndex = periods.lastIndex { $0 < group }!
            let periodRange = basePeriod == .varying ? 1..<periods.count : 0..<periods.count
            for t in periodRange {
                let period = periods[t]
                let b = (period >= group || basePeriod == .universal) ? preIndex : t - 1
                if b == t {
                    effects.append(GroupTimeEffect(group: group, period: period, basePeriod: period,
                                                   att: 0, standardError: 0,
                                                   treatedCount: treated.count, controlCount: 0))
                    influence.append(contentsOf: repeatElement(0, count: n))
                    continue
                }
                let horizon = max(period, periods[b])
                let controls = (0..<n).filter { i in
                    let c = panel.cohorts[i]
                    switch controlGroup {
                    case .neverTreated: return c == 0
                    case .notYetTreated: return c == 0 || (c > horizon && c != group)
                    }
                }
                guard !controls.isEmpty else { throw .noControlUnits(group: group, period: period) }
                let cell = Self.differenceInDifferences(panel, treated: treated, controls: controls,
                                                        period: t, base: b)
                effects.append(GroupTimeEffect(
                    group: group, period: period, basePeriod: periods[b], att: cell.att,
                    standardError: StaggeredResult.analyticStandardError(cell.influence),
                    treatedCount: treated.count, controlCount: controls.count))
                influence.append(contentsOf: cell.influence)
            }
        }
        return StaggeredResult(
            effects: effects, groups: groups, periods: periods, unitCohorts: panel.cohorts,
            influence: Matrix(rows: n, columns: effects.count, storage: influence),
            controlGroup: controlGroup, basePeriod: basePeriod, bootstrap: nil, droppedUnits: panel.droppedUnits)
    }

    /// Reads the panel from `table` (``StaggeredPanel/init(table:id:time:cohort:outcome:dropsIncompleteUnits:)``),
    /// fits it and, when `bootstrap` is given, replaces the standard errors by the
    /// multiplier bootstrap's (``StaggeredResult/withMultiplierBootstrap(_:)``). Firms left
    /// out for an incomplete outcome are reported by a ``StaggeredNote``.
    public func estimate(_ table: Table, id: String, time: String, cohort: String, outcome: String,
                         dropsIncompleteUnits: Bool = false,
                         bootstrap: StaggeredMultiplierBootstrap? = nil) throws(StaggeredError) -> StaggeredResult {
        let panel = try StaggeredPanel(table: table, id: id, time: time, cohort: cohort, outcome: outcome,
                                       dropsIncompleteUnits: dropsIncompleteUnits)
        let result = try fit(panel)
        guard let bootstrap else { return result }
        return try result.withMultiplierBootstrap(bootstrap)
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
