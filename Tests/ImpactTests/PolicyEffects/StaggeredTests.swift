import Testing
@testable import Impact

/// A five-firm, three-year panel worked by hand (2019–2021):
///
///     firm  cohort  2019 2020 2021
///     A     2020       1    4    6
///     B     2020       2    3    9
///     C     never      0    1    2
///     D     never      1    1    4
///     E     2021       0    2    3
private func handPanel(dropping dropped: Set<String> = [], cohortOverride: [String: Int] = [:]) throws -> StaggeredPanel {
    let firms: [(String, Int, [Double])] = [
        ("A", 2020, [1, 4, 6]), ("B", 2020, [2, 3, 9]), ("C", 0, [0, 1, 2]),
        ("D", 0, [1, 1, 4]), ("E", 2021, [0, 2, 3]),
    ].filter { !dropped.contains($0.0) }
    return try StaggeredPanel(units: firms.map(\.0), periods: [2019, 2020, 2021],
                              cohorts: firms.map { cohortOverride[$0.0] ?? $0.1 },
                              outcomes: firms.map(\.2))
}

/// The same panel as a long table, one row per firm-year, rows in the given order.
private func handTable(rows: [(String, Int, Double?, Double?)]) throws -> Table {
    try Table(columns: [
        ("firm", .categorical(CategoricalColumn(rows.map { $0.0 }))),
        ("year", .numeric(NumericColumn(rows.map { Double($0.1) }))),
        ("cohort", .numeric(NumericColumn(rows.map { $0.2 }))),
        ("y", .numeric(NumericColumn(rows.map { $0.3 }))),
    ])
}

private func cell(_ result: StaggeredResult, _ g: Int, _ t: Int) throws -> GroupTimeEffect {
    try #require(result.effects.first { $0.group == g && $0.period == t })
}

@Suite("Callaway–Sant'Anna worked by hand")
struct StaggeredTests {
    @Test("defaults are never-treated controls and a varying base period, as in did")
    func defaults() {
        let estimator = CallawaySantAnna()
        #expect(estimator.controlGroup == .neverTreated)
        #expect(estimator.basePeriod == .varying)
        #expect(StaggeredMultiplierBootstrap().weights == .mammen)
        #expect(StaggeredMultiplierBootstrap().replications == 1000)
    }

    @Test("ATT(g,t) and SE with never-treated controls, varying base period")
    func neverTreatedVarying() throws {
        let result = try CallawaySantAnna().fit(try handPanel())
        #expect(result.effects.map { [$0.group, $0.period, $0.basePeriod] }
                == [[2020, 2020, 2019], [2020, 2021, 2019], [2021, 2020, 2019], [2021, 2021, 2020]])
        // (2020,2020): Δ treated 3, 1 (mean 2); Δ controls 1, 0 (mean 0.5) → 1.5.
        // SE² = popvar(3,1)/2 + popvar(1,0)/2 = 1/2 + 0.25/2 = 0.625.
        let first = try cell(result, 2020, 2020)
        #expect(abs(first.att - 1.5) < 1e-12)
        #expect(abs(first.standardError - 0.625.squareRoot()) < 1e-12)
        #expect(first.treatedCount == 2 && first.controlCount == 2)
        // (2020,2021): Δ 5, 7 (6) − Δ 2, 3 (2.5) = 3.5; SE² = 1/2 + 0.25/2.
        #expect(abs(try cell(result, 2020, 2021).att - 3.5) < 1e-12)
        #expect(abs(try cell(result, 2020, 2021).standardError - 0.625.squareRoot()) < 1e-12)
        // (2021,2020), pre-period, base 2019: 2 − mean(1, 0) = 1.5; SE² = 0 + 0.25/2.
        #expect(abs(try cell(result, 2021, 2020).att - 1.5) < 1e-12)
        #expect(abs(try cell(result, 2021, 2020).standardError - 0.125.squareRoot()) < 1e-12)
        // (2021,2021), base 2020: 1 − mean(1, 3) = −1; SE² = 0 + popvar(1,3)/2 = 0.5.
        #expect(abs(try cell(result, 2021, 2021).att + 1) < 1e-12)
        #expect(abs(try cell(result, 2021, 2021).standardError - 0.5.squareRoot()) < 1e-12)
    }

    @Test("aggregations by hand, including the cohort-share term of the simple SE")
    func aggregations() throws {
        let result = try CallawaySantAnna().fit(try handPanel())
        // Cohort shares: 2020 → 2/5, 2021 → 1/5.
        let simple = result.aggregate(.simple)
        #expect(abs(simple.att - 1.8) < 1e-12)  // (2·1.5 + 2·3.5 + 1·(−1)) / 5
        // IF of the cells (n = 5, order A B C D E):
        //   (2020,2020): 2.5 −2.5 −1.25 1.25 0;  (2020,2021): −2.5 2.5 1.25 −1.25 0;
        //   (2021,2021): 0 0 2.5 −2.5 0.
        // Σ w·IF with w = 0.4, 0.4, 0.2: 0 0 0.5 −0.5 0.
        // Share term Σ_k ATT_k (1{G=g_k} − p_k)/S − (Σ_k ATT_k p_k)/S² Σ_k (1{G=g_k} − p_k), S = 1:
        //   A, B: 3.2 − 1.8·1 = 1.4;  C, D: −1.8 − 1.8·(−1) = 0;  E: −2.8 − 0 = −2.8.
        // IF = 1.4 1.4 0.5 −0.5 −2.8; mean(IF²) = 12.26/5 = 2.452; SE = sqrt(2.452/5).
        #expect(abs(simple.standardError - (2.452 / 5).squareRoot()) < 1e-12)
        #expect(simple.components.isEmpty)

        let group = result.aggregate(.group)
        #expect(group.components.map(\.key) == [2020, 2021])
        #expect(abs(group.components[0].att - 2.5) < 1e-12)  // mean(1.5, 3.5)
        #expect(abs(group.components[1].att + 1) < 1e-12)
        #expect(abs(group.att - 4.0 / 3) < 1e-12)  // (2·2.5 + 1·(−1)) / 3
        // Cohort 2020's IF is the mean of its two cells' IFs, which cancel: SE 0.
        #expect(abs(group.components[0].standardError) < 1e-12)

        let dynamic = result.aggregate(.dynamic)
        #expect(dynamic.components.map(\.key) == [-1, 0, 1])
        #expect(abs(dynamic.components[0].att - 1.5) < 1e-12)
        #expect(abs(dynamic.components[1].att - 2.0 / 3) < 1e-12)  // (2·1.5 + 1·(−1)) / 3
        #expect(abs(dynamic.components[2].att - 3.5) < 1e-12)
        #expect(abs(dynamic.att - 25.0 / 12) < 1e-12)  // mean(2/3, 3.5)
        // A single-cohort component keeps its cell's SE: the share term vanishes.
        #expect(abs(dynamic.components[2].standardError - 0.625.squareRoot()) < 1e-12)

        let calendar = result.aggregate(.calendar)
        #expect(calendar.components.map(\.key) == [2020, 2021])
        #expect(abs(calendar.components[0].att - 1.5) < 1e-12)
        #expect(abs(calendar.components[1].att - 2) < 1e-12)  // (2·3.5 + 1·(−1)) / 3
        #expect(abs(calendar.att - 1.75) < 1e-12)
    }

    @Test("not-yet-treated controls add later cohorts until they adopt")
    func notYetTreated() throws {
        let result = try CallawaySantAnna(controlGroup: .notYetTreated).fit(try handPanel())
        // (2020,2020): controls C, D and E (cohort 2021 > 2020): Δ 1, 0, 2 → mean 1; ATT = 2 − 1.
        // SE² = popvar(3,1)/2 + popvar(1,0,2)/3 = 0.5 + (2/3)/3.
        let first = try cell(result, 2020, 2020)
        #expect(abs(first.att - 1) < 1e-12)
        #expect(first.controlCount == 3)
        #expect(abs(first.standardError - (0.5 + 2.0 / 9).squareRoot()) < 1e-12)
        // By 2021 cohort 2021 is treated: the never-treated alone, as before.
        #expect(abs(try cell(result, 2020, 2021).att - 3.5) < 1e-12)
        // Cohort 2021 in 2020: cohort 2020 is already treated, so only C and D.
        #expect(try cell(result, 2021, 2020).controlCount == 2)
    }

    @Test("without never-treated firms the last cohort becomes the control group")
    func lastCohortAsControl() throws {
        let panel = try handPanel(dropping: ["C", "D"])
        #expect(throws: StaggeredError.noNeverTreatedUnits) { try CallawaySantAnna().fit(panel) }
        let result = try CallawaySantAnna(controlGroup: .notYetTreated).fit(panel)
        // Only 2019–2020 remain and only cohort 2020 is estimated, against firm E:
        // Δ treated 3, 1 (mean 2) − Δ E 2 = 0.
        #expect(result.periods == [2019, 2020])
        #expect(result.groups == [2020])
        #expect(result.effects.count == 1)
        #expect(abs(result.effects[0].att) < 1e-12)
    }

    @Test("universal base period compares every cell with g − 1 and pins t = g − 1 at 0")
    func universalBase() throws {
        let result = try CallawaySantAnna(basePeriod: .universal).fit(try handPanel())
        #expect(result.effects.map { [$0.group, $0.period] }
                == [[2020, 2019], [2020, 2020], [2020, 2021], [2021, 2019], [2021, 2020], [2021, 2021]])
        let reference = try cell(result, 2020, 2019)
        #expect(reference.isReferenceCell && reference.att == 0 && reference.standardError == 0)
        #expect(abs(try cell(result, 2020, 2020).att - 1.5) < 1e-12)
        // (2021,2019) against 2020: Δ E = 0 − 2 = −2; controls −1, 0 → −0.5; ATT = −1.5.
        #expect(abs(try cell(result, 2021, 2019).att + 1.5) < 1e-12)
        #expect(try cell(result, 2021, 2020).isReferenceCell)
        #expect(abs(try cell(result, 2021, 2021).att + 1) < 1e-12)
    }

    @Test("a long table is read into the panel, blank cohort meaning never treated")
    func fromTable() throws {
        let rows: [(String, Int, Double?, Double?)] = [
            ("A", 2019, 2020, 1), ("A", 2020, 2020, 4), ("A", 2021, 2020, 6),
            ("C", 2021, nil, 2), ("C", 2019, nil, 0), ("C", 2020, nil, 1),
            ("B", 2019, 2020, 2), ("B", 2020, 2020, 3), ("B", 2021, 2020, 9),
            ("D", 2019, 0, 1), ("D", 2020, 0, 1), ("D", 2021, 0, 4),
            ("E", 2019, 2021, 0), ("E", 2020, 2021, 2), ("E", 2021, 2021, 3),
        ]
        let panel = try StaggeredPanel(table: try handTable(rows: rows), id: "firm", time: "year",
                                       cohort: "cohort", outcome: "y")
        #expect(panel.units == ["A", "C", "B", "D", "E"])
        #expect(panel.cohorts == [2020, 0, 2020, 0, 2021])
        let result = try CallawaySantAnna().fit(panel)
        #expect(abs(try cell(result, 2020, 2020).att - 1.5) < 1e-12)
    }

    @Test("incomplete firms can be dropped instead of rejected")
    func dropIncomplete() throws {
        // Firm F lacks 2021 and G has a blank outcome: both are dropped, the rest is the
        // hand panel, so ATT(2020,2020) is still 1.5.
        var rows: [(String, Int, Double?, Double?)] = [
            ("A", 2019, 2020, 1), ("A", 2020, 2020, 4), ("A", 2021, 2020, 6),
            ("B", 2019, 2020, 2), ("B", 2020, 2020, 3), ("B", 2021, 2020, 9),
            ("C", 2019, 0, 0), ("C", 2020, 0, 1), ("C", 2021, 0, 2),
            ("D", 2019, 0, 1), ("D", 2020, 0, 1), ("D", 2021, 0, 4),
            ("E", 2019, 2021, 0), ("E", 2020, 2021, 2), ("E", 2021, 2021, 3),
        ]
        rows += [("F", 2019, 0, 5), ("F", 2020, 0, 7), ("G", 2019, 0, 1), ("G", 2020, 0, nil), ("G", 2021, 0, 2)]
        let table = try handTable(rows: rows)
        #expect(throws: StaggeredError.unbalancedPanel(unit: "F", observedPeriods: 2, expectedPeriods: 3, incompleteUnits: 2)) {
            try StaggeredPanel(table: table, id: "firm", time: "year", cohort: "cohort", outcome: "y")
        }
        let panel = try StaggeredPanel(table: table, id: "firm", time: "year", cohort: "cohort", outcome: "y",
                                       dropsIncompleteUnits: true)
        #expect(panel.droppedUnits == ["F", "G"])
        #expect(panel.units == ["A", "B", "C", "D", "E"])
        #expect(abs(try cell(try CallawaySantAnna().fit(panel), 2020, 2020).att - 1.5) < 1e-12)
    }

    @Test("input errors name the firm, period or cohort")
    func errors() throws {
        #expect(throws: StaggeredError.allUnitsTreatedAtOnce(cohort: 2020)) {
            try CallawaySantAnna(controlGroup: .notYetTreated)
                .fit(try handPanel(cohortOverride: ["C": 2020, "D": 2020, "E": 2020]))
        }
        #expect(throws: StaggeredError.noTreatedUnits) {
            try CallawaySantAnna().fit(try handPanel(cohortOverride: ["A": 0, "B": 0, "E": 0]))
        }
        #expect(throws: StaggeredError.cohortOutsideTimeRange(cohort: 2019, firstPeriod: 2019, lastPeriod: 2021)) {
            try CallawaySantAnna().fit(try handPanel(cohortOverride: ["E": 2019]))
        }
        #expect(throws: StaggeredError.cohortOutsideTimeRange(cohort: 2023, firstPeriod: 2019, lastPeriod: 2021)) {
            try CallawaySantAnna().fit(try handPanel(cohortOverride: ["E": 2023]))
        }
        #expect(throws: StaggeredError.tooFewPeriods(1)) {
            try StaggeredPanel(units: ["A"], periods: [2020], cohorts: [0], outcomes: [[1]])
        }
        let missingYear: [(String, Int, Double?, Double?)] = [
            ("A", 2019, 2020, 1), ("A", 2020, 2020, 4), ("C", 2019, 0, 0), ("C", 2020, 0, 1),
            ("D", 2019, 0, 1),
        ]
        #expect(throws: StaggeredError.unbalancedPanel(unit: "D", observedPeriods: 1, expectedPeriods: 2, incompleteUnits: 1)) {
            try StaggeredPanel(table: try handTable(rows: missingYear), id: "firm", time: "year", cohort: "cohort", outcome: "y")
        }
        let blankOutcome: [(String, Int, Double?, Double?)] = [
            ("A", 2019, 2020, 1), ("A", 2020, 2020, nil), ("C", 2019, 0, 0), ("C", 2020, 0, 1),
        ]
        #expect(throws: StaggeredError.unbalancedPanel(unit: "A", observedPeriods: 1, expectedPeriods: 2, incompleteUnits: 1)) {
            try StaggeredPanel(table: try handTable(rows: blankOutcome), id: "firm", time: "year", cohort: "cohort", outcome: "y")
        }
        let duplicate: [(String, Int, Double?, Double?)] = [("A", 2019, 2020, 1), ("A", 2019, 2020, 2)]
        #expect(throws: StaggeredError.duplicateObservation(unit: "A", period: 2019)) {
            try StaggeredPanel(table: try handTable(rows: duplicate), id: "firm", time: "year", cohort: "cohort", outcome: "y")
        }
        let varying: [(String, Int, Double?, Double?)] = [("A", 2019, 2020, 1), ("A", 2020, 2021, 2)]
        #expect(throws: StaggeredError.cohortVariesWithinUnit(unit: "A", first: 2020, other: 2021)) {
            try StaggeredPanel(table: try handTable(rows: varying), id: "firm", time: "year", cohort: "cohort", outcome: "y")
        }
        let fractional: [(String, Int, Double?, Double?)] = [("A", 2019, 2020.5, 1)]
        #expect(throws: StaggeredError.nonIntegerValue(column: "cohort", row: 0, value: 2020.5)) {
            try StaggeredPanel(table: try handTable(rows: fractional), id: "firm", time: "year", cohort: "cohort", outcome: "y")
        }
        #expect(throws: StaggeredError.table(.unknownColumn("yy", nearest: "y"))) {
            try StaggeredPanel(table: try handTable(rows: fractional), id: "firm", time: "year", cohort: "cohort", outcome: "yy")
        }
        #expect(throws: StaggeredError.invalidReplications(1)) {
            try CallawaySantAnna().fit(try handPanel()).withMultiplierBootstrap(.init(replications: 1))
        }
    }

    @Test("error messages are whole sentences")
    func messages() {
        let message = StaggeredError.noNeverTreatedUnits.description
        #expect(message.hasSuffix(".") && message.first?.isUppercase == true)
        #expect(StaggeredError.unbalancedPanel(unit: "F1", observedPeriods: 3, expectedPeriods: 4, incompleteUnits: 2)
            .description.contains("F1"))
    }
}

@Suite("Staggered multiplier weights")
struct StaggeredMultiplierWeightsTests {
    @Test("Mammen and Rademacher multipliers have mean 0 and variance 1")
    func multiplierMoments() {
        for weights in StaggeredMultiplierWeights.allCases {
            var generator = SplitMix64(seed: 42)
            let draws = weights.draws(40_000, using: &generator)
            let mean = draws.reduce(0, +) / Double(draws.count)
            let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count)
            // Standard error of the mean of 40 000 unit-variance draws is 0.005; of the
            // variance at most 0.008 (fourth moment ≤ 3.6 for both distributions).
            #expect(abs(mean) < 0.025, "\(weights)")
            #expect(abs(variance - 1) < 0.04, "\(weights)")
        }
    }
}
