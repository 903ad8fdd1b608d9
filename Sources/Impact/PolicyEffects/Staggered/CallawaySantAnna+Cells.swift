extension CallawaySantAnna {
    /// One estimated ATT(g,t): the effect, its influence function over the n units and the
    /// numbers of treated and control units (or rows) it used.
    typealias CellEstimate = (att: Double, influence: [Double], treatedCount: Int, controlCount: Int)

    /// Whether a unit of cohort `cohort` is a control for cohort `group` in a cell whose later
    /// period plus the anticipation is `horizon`: never treated, or (not-yet-treated
    /// controls) first treated after `horizon` and not in `group`.
    func isControl(cohort: Int, group: Int, horizon: Int) -> Bool {
        switch controlGroup {
        case .neverTreated: cohort == 0
        case .notYetTreated: cohort == 0 || (cohort > horizon && cohort != group)
        }
    }

    /// Every cell of the plan, in cohort then period order, for panels and cross-sections
    /// alike: period index t from the first (universal base) or second (varying base) period;
    /// base b = the last period before g − δ once t is an anticipation or treatment period
    /// (or always, under a universal base), else t − 1 (csdid's `plan_cell`). The base cell
    /// of a universal base (b = t) is 0 with no influence and `referenceTreatedCount(g)`
    /// treated units; every other cell is `estimate(g, t, b, horizon)` with horizon =
    /// max(period t, period b) + δ.
    ///
    /// The influence matrix's storage has room for every cell; with `bootstrapRoom` also for
    /// the bootstrap's aggregation columns after them (``StaggeredResult`` appends them in
    /// place), reserved, not touched. The numbers do not depend on it.
    func estimateCells(groups: [Int], periods: [Int], unitCount n: Int, bootstrapRoom: Bool = false,
                       referenceTreatedCount: (Int) -> Int,
                       estimate: (_ group: Int, _ t: Int, _ b: Int, _ horizon: Int) throws(StaggeredError) -> CellEstimate)
        throws(StaggeredError) -> (effects: [GroupTimeEffect], influence: Matrix) {
        var effects: [GroupTimeEffect] = []
        var influence: [Double] = []
        influence.reserveCapacity(n * Self.influenceColumnBound(groups: groups.count, periods: periods.count,
                                                                bootstrapRoom: bootstrapRoom))
        for group in groups {
            // Index of the last period before adoption less anticipation (exists: checked).
            let preIndex = periods.lastIndex { $0 + anticipation < group }!
            let periodRange = basePeriod == .varying ? 1..<periods.count : 0..<periods.count
            for t in periodRange {
                let period = periods[t]
                let b = (period >= group - anticipation || basePeriod == .universal) ? preIndex : t - 1
                if b == t {
                    effects.append(GroupTimeEffect(group: group, period: period, basePeriod: period, att: 0, standardError: 0,
                                                   treatedCount: referenceTreatedCount(group), controlCount: 0))
                    influence.append(contentsOf: repeatElement(0, count: n))
                    continue
                }
                let cell = try estimate(group, t, b, max(period, periods[b]) + anticipation)
                effects.append(GroupTimeEffect(
                    group: group, period: period, basePeriod: periods[b], att: cell.att,
                    standardError: StaggeredResult.analyticStandardError(cell.influence),
                    treatedCount: cell.treatedCount, controlCount: cell.controlCount))
                influence.append(contentsOf: cell.influence)
            }
        }
        return (effects, Matrix(rows: n, columns: effects.count, storage: influence))
    }

    /// The most influence columns the cells can need: one per cohort and period; with
    /// `bootstrapRoom`, twice that and the bootstrap's aggregation columns (at most 4 overall
    /// effects, one per event time, cohort and period).
    static func influenceColumnBound(groups: Int, periods: Int, bootstrapRoom: Bool) -> Int {
        bootstrapRoom ? 2 * groups * periods + groups + periods + 4 : groups * periods
    }
}
