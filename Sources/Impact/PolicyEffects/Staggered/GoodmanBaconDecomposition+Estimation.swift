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
        let periods = Array(Set(panel.periods)).sorted()
        let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        let unitCount = panel.unitNames.count
        let periodCount = periods.count
        // Balanced panel: y[unit][period].
        var y = [[Double?]](repeating: [Double?](repeating: nil, count: periodCount), count: unitCount)
        for (position, u) in panel.units.enumerated() {
            let t = periodIndex[panel.periods[position]]!
            if y[u][t] != nil { throw .duplicateObservation(unit: panel.unitNames[u], period: panel.periods[position]) }
            y[u][t] = panel.outcome[position]
        }
        for u in 0..<unitCount {
            let observed = y[u].compactMap { $0 }.count
            if observed != periodCount { throw .unbalancedPanel(unit: panel.unitNames[u], observed: observed, expected: periodCount) }
        }
        // Timing groups: the first treated period index (0 = always treated), nil = never.
        let first = periods.first!, last = periods.last!
        let unitStart: [Int?] = panel.unitCohorts.map { cohort in
            guard let cohort, cohort <= last else { return nil }
            return cohort <= first ? 0 : periods.firstIndex { $0 >= cohort }!
        }
        let starts = Array(Set(unitStart.compactMap { $0 })).sorted()
        guard !starts.isEmpty else { throw .noTreatedGroup(column: cohort) }
        let hasNever = unitStart.contains { $0 == nil }
        if !hasNever && starts.count == 1 { throw .allUnitsTreatedAtOnce(period: periods[starts[0]]) }

        // V̂^D from the two-way demeaned treatment (balanced: D − D̄_i − D̄_t + D̄).
        func d(_ u: Int, _ t: Int) -> Double { unitStart[u].map { t >= $0 ? 1 : 0 } ?? 0 }
        var unitMean = [Double](repeating: 0, count: unitCount), periodMean = [Double](repeating: 0, count: periodCount)
        for u in 0..<unitCount { for t in 0..<periodCount { unitMean[u] += d(u, t); periodMean[t] += d(u, t) } }
        let grand = unitMean.reduce(0, +) / Double(unitCount * periodCount)
        for u in 0..<unitCount { unitMean[u] /= Double(periodCount) }
        for t in 0..<periodCount { periodMean[t] /= Double(unitCount) }
        var variance = 0.0
        for u in 0..<unitCount {
            for t in 0..<periodCount {
                let tilde = d(u, t) - unitMean[u] - periodMean[t] + grand
                variance += tilde * tilde
            }
        }
        variance /= Double(unitCount * periodCount)

        // Group sums of y by period, for cell means over windows.
        var members = [Int?: [Int]]()
        for u in 0..<unitCount { members[unitStart[u], default: []].append(u) }
        func mean(_ group: Int?, _ window: Range<Int>) -> Double {
            guard let units = members[group], !window.isEmpty else { return .nan }
            var sum = 0.0
            for u in units { for t in window { sum += y[u][t]! } }
            return sum / Double(units.count * window.count)
        }
        func share(_ group: Int?) -> Double { Double(members[group]?.count ?? 0) / Double(unitCount) }
        func treatedShare(_ start: Int) -> Double { Double(periodCount - start) / Double(periodCount) }
        let all = 0..<periodCount
        var components = [GoodmanBaconComponent]()
        // Treated vs never treated.
        if hasNever {
            let nU = share(nil)
            for k in starts {
                let nk = share(k), dk = treatedShare(k)
                let nkU = nk / (nk + nU)
                let weight = (nk + nU) * (nk + nU) * nkU * (1 - nkU) * dk * (1 - dk) / variance
                guard weight > 0 else { continue }
                let pre = 0..<k, post = k..<all.upperBound
                let estimate = (mean(k, post) - mean(k, pre)) - (mean(nil, post) - mean(nil, pre))
                components.append(.init(comparison: .treatedVsNeverTreated, treatedCohort: periods[k], controlCohort: nil,
                                        estimate: estimate, weight: weight))
            }
        }
        // Timing pairs: k earlier (smaller start, larger D̄), l later.
        for (a, k) in starts.enumerated() {
            for l in starts[(a + 1)...] {
                let nk = share(k), nl = share(l), dk = treatedShare(k), dl = treatedShare(l)
                let nkl = nk / (nk + nl)
                let pre = 0..<k, mid = k..<l, post = l..<all.upperBound
                let earlierWeight = dl < 1 && !pre.isEmpty
                    ? pow2((nk + nl) * (1 - dl)) * nkl * (1 - nkl) * (dk - dl) / (1 - dl) * (1 - dk) / (1 - dl) / variance : 0
                if earlierWeight > 0 {
                    let estimate = (mean(k, mid) - mean(k, pre)) - (mean(l, mid) - mean(l, pre))
                    components.append(.init(comparison: .earlierVsLaterTreated, treatedCohort: cohortLabel(k, periods),
                                            controlCohort: cohortLabel(l, periods), estimate: estimate, weight: earlierWeight))
                }
                let laterWeight = pow2((nk + nl) * dk) * nkl * (1 - nkl) * (dl / dk) * (dk - dl) / dk / variance
                if laterWeight > 0 {
                    let estimate = (mean(l, post) - mean(l, mid)) - (mean(k, post) - mean(k, mid))
                    components.append(.init(comparison: .laterVsAlreadyTreated, treatedCohort: cohortLabel(l, periods),
                                            controlCohort: cohortLabel(k, periods), estimate: estimate, weight: laterWeight))
                }
            }
        }
        // The TWFE estimate itself, from the regression engine.
        var indicator = [Double?](repeating: nil, count: table.rowCount)
        for (position, row) in panel.rows.enumerated() {
            indicator[row] = d(panel.units[position], periodIndex[panel.periods[position]]!)
        }
        let name = table.hasColumn("treatment_on") ? "treatment_on_bacon" : "treatment_on"
        let extended = try policyStep { try table.appending(.numeric(NumericColumn(indicator)), named: name) }
        let frame = try policyStep {
            try ModelFrame(formula: "\(outcome) ~ \(name) | \(unit) + \(time)", table: extended)
        }
        let fit = try policyStep { try LinearRegression.fit(frame, options: RegressionOptions(singletons: .keep)) }
        guard let index = fit.termNames.firstIndex(of: name) else { throw .termNotEstimated(name) }
        return GoodmanBaconDecomposition(components: components, twoWayEstimate: fit.coefficients[index],
                                         treatmentVariance: variance, units: unitCount, periods: periodCount)
    }

    private static func pow2(_ x: Double) -> Double { x * x }

    /// The cohort (first treated period) of the group starting at period index `start`.
    private static func cohortLabel(_ start: Int, _ periods: [Int]) -> Int { periods[start] }
}
