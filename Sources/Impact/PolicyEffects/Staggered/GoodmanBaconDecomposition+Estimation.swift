extension GoodmanBaconDecomposition {
    /// Decomposes the TWFE DiD of `outcome` on the treatment implied by `cohort`
    /// (`D_it = 1{t ≥ cohort_i}`, cohort 0 or blank = never) on a balanced panel.
    ///
    /// - Throws: `unbalancedPanel`, `duplicateObservation`, `cohortVariesWithinUnit`,
    ///   `noTreatedGroup`, `allUnitsTreatedAtOnce` (no comparison possible), and errors of
    ///   the regression.
    public static func decompose(_ table: Table, outcome: String, unit: String, time: String,
                                 cohort: String) throws(PolicyEffectError) -> GoodmanBaconDecomposition {
        let panel = try CohortPanel(table: table, outcome: outcome, unit: unit, time: time, cohort: cohort)
        let timing = try TimingGroups(panel: panel)
        guard !timing.starts.isEmpty else { throw .noTreatedGroup(column: cohort) }
        if !timing.hasNeverTreated && timing.starts.count == 1 {
            throw .allUnitsTreatedAtOnce(period: timing.periods[timing.starts[0]])
        }
        let variance = timing.treatmentVariance()
        let components = timing.neverTreatedComparisons(variance: variance)
            + timing.timingComparisons(variance: variance)
        let estimate = try twoWayEstimate(table, panel: panel, timing: timing, outcome: outcome, unit: unit, time: time)
        return GoodmanBaconDecomposition(components: components, twoWayEstimate: estimate, treatmentVariance: variance,
                                         units: timing.unitCount, periods: timing.periodCount)
    }

    /// The TWFE estimate itself, from the regression engine: `outcome ~ D | unit + time`
    /// with the treatment indicator added to the table (`treatment_on`, or
    /// `treatment_on_bacon` when that name is taken), singletons kept.
    private static func twoWayEstimate(_ table: Table, panel: CohortPanel, timing: TimingGroups, outcome: String,
                                       unit: String, time: String) throws(PolicyEffectError) -> Double {
        var indicator = [Double?](repeating: nil, count: table.rowCount)
        for (position, row) in panel.rows.enumerated() {
            indicator[row] = timing.treated(panel.units[position], timing.periodIndex[panel.periods[position]]!)
        }
        let name = table.hasColumn("treatment_on") ? "treatment_on_bacon" : "treatment_on"
        let extended = try policyStep { try table.appending(.numeric(NumericColumn(indicator)), named: name) }
        let formula = Formula(response: .variable(outcome), terms: [FormulaTerm([.variable(name)])],
                              fixedEffects: [FixedEffect(columns: [unit]), FixedEffect(columns: [time])])
        let frame = try policyStep { try ModelFrame(formula: formula, table: extended) }
        let fit = try policyStep { try LinearRegression.fit(frame, options: RegressionOptions(singletons: .keep)) }
        guard let index = fit.termNames.firstIndex(of: name) else { throw .termNotEstimated(name) }
        return fit.coefficients[index]
    }

    /// A balanced panel grouped by treatment timing: the outcome by unit and period, and
    /// each unit's first treated period index.
    struct TimingGroups {
        /// The periods, ascending.
        let periods: [Int]
        /// Period → its index in ``periods``.
        let periodIndex: [Int: Int]
        /// `y[unit][period index]`.
        let y: [[Double]]
        /// First treated period index of each unit (0 = always treated), `nil` = never.
        let unitStart: [Int?]
        /// The distinct start indices, ascending.
        let starts: [Int]
        /// Units of each timing group (`nil` = never treated).
        let members: [Int?: [Int]]

        var unitCount: Int { y.count }
        var periodCount: Int { periods.count }
        var hasNeverTreated: Bool { members[nil] != nil }

        /// Groups `panel`; throws `duplicateObservation` or `unbalancedPanel`.
        init(panel: CohortPanel) throws(PolicyEffectError) {
            periods = Array(Set(panel.periods)).sorted()
            let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
            self.periodIndex = periodIndex
            var y = [[Double?]](repeating: [Double?](repeating: nil, count: periods.count), count: panel.unitNames.count)
            for (position, u) in panel.units.enumerated() {
                let t = periodIndex[panel.periods[position]]!
                if y[u][t] != nil { throw .duplicateObservation(unit: panel.unitNames[u], period: panel.periods[position]) }
                y[u][t] = panel.outcome[position]
            }
            for (u, row) in y.enumerated() where row.contains(where: { $0 == nil }) {
                throw .unbalancedPanel(unit: panel.unitNames[u], observed: row.compactMap { $0 }.count,
                                       expected: periods.count)
            }
            self.y = y.map { $0.map { $0! } }
            let first = periods.first!, last = periods.last!, periods = self.periods
            unitStart = panel.unitCohorts.map { cohort in
                guard let cohort, cohort <= last else { return nil }
                return cohort <= first ? 0 : periods.firstIndex { $0 >= cohort }!
            }
            starts = Array(Set(unitStart.compactMap { $0 })).sorted()
            var members = [Int?: [Int]]()
            for (u, start) in unitStart.enumerated() { members[start, default: []].append(u) }
            self.members = members
        }

        /// `D_ut`: 1 once unit `u` is treated.
        func treated(_ u: Int, _ t: Int) -> Double { unitStart[u].map { t >= $0 ? 1 : 0 } ?? 0 }

        /// `V̂^D = (1/NT) Σ D̃²`, `D̃ = D − D̄_i − D̄_t + D̄` (the two-way demeaned treatment of
        /// a balanced panel).
        func treatmentVariance() -> Double {
            var unitMean = [Double](repeating: 0, count: unitCount), periodMean = [Double](repeating: 0, count: periodCount)
            for u in 0..<unitCount { for t in 0..<periodCount { unitMean[u] += treated(u, t); periodMean[t] += treated(u, t) } }
            let grand = unitMean.reduce(0, +) / Double(unitCount * periodCount)
            for u in 0..<unitCount { unitMean[u] /= Double(periodCount) }
            for t in 0..<periodCount { periodMean[t] /= Double(unitCount) }
            var variance = 0.0
            for u in 0..<unitCount {
                for t in 0..<periodCount {
                    let tilde = treated(u, t) - unitMean[u] - periodMean[t] + grand
                    variance += tilde * tilde
                }
            }
            return variance / Double(unitCount * periodCount)
        }

        /// Mean outcome of timing group `group` over the periods of `window`.
        func mean(_ group: Int?, _ window: Range<Int>) -> Double {
            guard let units = members[group], !window.isEmpty else { return .nan }
            var sum = 0.0
            for u in units { for t in window { sum += y[u][t] } }
            return sum / Double(units.count * window.count)
        }

        /// `n_k`: the share of units in timing group `group`.
        func share(_ group: Int?) -> Double { Double(members[group]?.count ?? 0) / Double(unitCount) }

        /// `D̄_k`: the share of periods a group starting at index `start` is treated.
        func treatedShare(_ start: Int) -> Double { Double(periodCount - start) / Double(periodCount) }

        /// Each timing group against the never-treated units (`s_kU`, `β̂_kU`).
        func neverTreatedComparisons(variance: Double) -> [GoodmanBaconComponent] {
            guard hasNeverTreated else { return [] }
            let nU = share(nil)
            return starts.compactMap { k in
                let nk = share(k), dk = treatedShare(k)
                let nkU = nk / (nk + nU)
                let weight = (nk + nU) * (nk + nU) * nkU * (1 - nkU) * dk * (1 - dk) / variance
                guard weight > 0 else { return nil }
                let pre = 0..<k, post = k..<periodCount
                let estimate = (mean(k, post) - mean(k, pre)) - (mean(nil, post) - mean(nil, pre))
                return GoodmanBaconComponent(comparison: .treatedVsNeverTreated, treatedCohort: periods[k],
                                             controlCohort: nil, estimate: estimate, weight: weight)
            }
        }

        /// Every pair of timing groups, `k` earlier (smaller start) and `l` later: `s^k_kl`
        /// (earlier vs not-yet-treated later) and `s^l_kl` (later vs already treated).
        func timingComparisons(variance: Double) -> [GoodmanBaconComponent] {
            var components = [GoodmanBaconComponent]()
            for (a, k) in starts.enumerated() {
                for l in starts[(a + 1)...] {
                    let nk = share(k), nl = share(l), dk = treatedShare(k), dl = treatedShare(l)
                    let nkl = nk / (nk + nl)
                    let pre = 0..<k, mid = k..<l, post = l..<periodCount
                    let earlierWeight = dl < 1 && !pre.isEmpty
                        ? square((nk + nl) * (1 - dl)) * nkl * (1 - nkl) * (dk - dl) / (1 - dl) * (1 - dk) / (1 - dl) / variance : 0
                    if earlierWeight > 0 {
                        let estimate = (mean(k, mid) - mean(k, pre)) - (mean(l, mid) - mean(l, pre))
                        components.append(.init(comparison: .earlierVsLaterTreated, treatedCohort: periods[k],
                                                controlCohort: periods[l], estimate: estimate, weight: earlierWeight))
                    }
                    let laterWeight = square((nk + nl) * dk) * nkl * (1 - nkl) * (dl / dk) * (dk - dl) / dk / variance
                    if laterWeight > 0 {
                        let estimate = (mean(l, post) - mean(l, mid)) - (mean(k, post) - mean(k, mid))
                        components.append(.init(comparison: .laterVsAlreadyTreated, treatedCohort: periods[l],
                                                controlCohort: periods[k], estimate: estimate, weight: laterWeight))
                    }
                }
            }
            return components
        }

        private func square(_ x: Double) -> Double { x * x }
    }
}
