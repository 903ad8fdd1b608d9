extension CostEffectiveness {
    /// The treated post-policy observations of a panel figure, the award behind them and the
    /// horizon they cover.
    struct PanelAward {
        /// Treated post-policy rows (`treated = 1`, `post = 1`).
        let rows: [Int]
        /// Distinct treated firms among them.
        let firms: Int
        /// Distinct post periods among them: the horizon in the data.
        let periods: Int
        /// Σ award over the treated firms (万元), read by the basis.
        let award: Double
        /// Treated firms with the same positive amount on each of two or more post rows, and
        /// how many firms have two or more post rows.
        let repeatedLooking: (firms: Int, eligible: Int)
    }

    /// The award of the treated firms among `rows` under `basis` (``SubsidyBasis``).
    static func panelAward(_ table: Table, rows: [Int], unit: String, time: String, subsidy: String,
                           basis: SubsidyBasis) throws(PolicyEffectError) -> PanelAward {
        let amount = try PolicyColumns.numeric(table, subsidy)
        let units = try PolicyColumns.labels(table, unit)
        let times = try PolicyColumns.numeric(table, time)
        let value: (Int) -> Double = { amount.isMissing[$0] ? 0 : amount.values[$0] }
        var postRows: [String: [Int]] = [:]
        for row in rows { if let firm = units[row] { postRows[firm, default: []].append(row) } }
        var allRows: [String: [Int]] = [:]
        for row in 0..<table.rowCount { if let firm = units[row], postRows[firm] != nil { allRows[firm, default: []].append(row) } }
        var awards: [Double] = []
        var looking = (firms: 0, eligible: 0)
        for firm in postRows.keys.sorted() {
            let post = postRows[firm]!
            switch basis {
            case .paid: awards.append(compensatedSum(post.map(value)))
            case .once: awards.append(compensatedSum(allRows[firm]!.map(value)))
            case .repeated: awards.append(allRows[firm]!.map(value).max() ?? 0)
            }
            guard post.count >= 2 else { continue }
            looking.eligible += 1
            let first = value(post[0])
            if first > 0, post.allSatisfy({ value($0) == first }) { looking.firms += 1 }
        }
        let periods = Set(rows.compactMap { times.isMissing[$0] ? nil : times.values[$0] }).count
        return PanelAward(rows: rows, firms: postRows.count, periods: periods, award: compensatedSum(awards),
                          repeatedLooking: looking)
    }

    /// An effect per firm-period (`estimate` with its standard error and interval) turned into
    /// 万元 per 万元 awarded over the horizon: (effect × firm-years) / Σ award, firm-years =
    /// the treated post observations, or `horizon` × treated firms when a horizon is given.
    static func perWanAwarded(method: CostEffectivenessMethod, estimate: Double, standardError: Double,
                              interval: (low: Double, high: Double), pValue: Double, award: PanelAward,
                              horizon: Int?, basis: SubsidyBasis, observations: Int) throws(PolicyEffectError)
        -> CostEffectivenessEstimate {
        guard award.award > 0 else { throw .noSubsidy(total: award.award) }
        let firmYears = Double(horizon.map { $0 * award.firms } ?? award.rows.count)
        let scale = firmYears / award.award
        return CostEffectivenessEstimate(method: method, value: estimate * scale, standardError: standardError * scale,
                                         confidenceLow: interval.low * scale, confidenceHigh: interval.high * scale,
                                         pValue: pValue, numerator: estimate * firmYears, denominator: award.award,
                                         observations: observations, horizonYears: horizon ?? award.periods,
                                         subsidyBasis: basis)
    }

    /// The Callaway–Sant'Anna figure: the simple aggregate ATT (never-treated controls), per
    /// 万元 awarded (``perWanAwarded(method:estimate:standardError:interval:pValue:award:horizon:basis:observations:)``);
    /// cohorts are each treated firm's first period with treated = post = 1.
    static func callawaySantAnna(_ panel: Table, _ did: DifferenceInDifferencesSpecification, subsidy: String,
                                 basis: SubsidyBasis, horizon: Int?) throws(PolicyEffectError) -> CostEffectivenessEstimate {
        let (data, postColumn) = try did.postPeriod.resolve(in: panel, time: did.time)
        let treated = try PolicyColumns.numeric(data, did.treated)
        let post = try PolicyColumns.numeric(data, postColumn)
        let times = try PolicyColumns.numeric(data, did.time)
        let units = try PolicyColumns.labels(data, did.unit)
        let rows = (0..<data.rowCount).filter { treated.values[$0] == 1 && post.values[$0] == 1 && !times.isMissing[$0] }
        var start: [String: Double] = [:]
        for row in rows { if let firm = units[row] { start[firm] = min(start[firm] ?? times.values[row], times.values[row]) } }
        let cohort = NumericColumn((0..<data.rowCount).map { row in units[row].map { start[$0] ?? 0 } })
        let name = data.hasColumn("first_treated_period") ? "first_treated_period_cs" : "first_treated_period"
        let extended = try policyStep { try data.appending(.numeric(cohort), named: name) }
        let result: StaggeredResult
        do {
            result = try CallawaySantAnna().estimate(extended, id: did.unit, time: did.time, cohort: name, outcome: did.outcome)
        } catch {
            throw .staggered(error)
        }
        let simple = result.aggregate(.simple)
        let z = StandardNormalDistribution.quantile(0.5 + did.confidenceLevel / 2)
        let award = try panelAward(data, rows: rows, unit: did.unit, time: did.time, subsidy: subsidy, basis: basis)
        return try perWanAwarded(method: .callawaySantAnna, estimate: simple.att, standardError: simple.standardError,
                                 interval: (simple.att - z * simple.standardError, simple.att + z * simple.standardError),
                                 pValue: StandardNormalDistribution.twoSidedPValue(simple.att / simple.standardError),
                                 award: award, horizon: horizon, basis: basis, observations: rows.count)
    }
}
