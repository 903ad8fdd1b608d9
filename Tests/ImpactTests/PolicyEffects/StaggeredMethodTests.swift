import Foundation
import Testing
@testable import Impact

/// Covariate methods, the pre-test and the JSON intervals of Callaway–Sant'Anna, on panels
/// built here (Chinese firm names, staggered timing).
@Suite("Callaway–Sant'Anna methods, pre-test and intervals")
struct StaggeredMethodTests {
    /// Six firms over 2019–2022: 甲 and 乙 first treated 2021, 丙 2022, 丁 戊 己 never.
    static func panel() throws -> StaggeredPanel {
        try StaggeredPanel(
            units: ["甲", "乙", "丙", "丁", "戊", "己"], periods: [2019, 2020, 2021, 2022],
            cohorts: [2021, 2021, 2022, 0, 0, 0],
            outcomes: [[1, 2, 5, 6], [2, 2, 6, 8], [0, 1, 1, 4], [1, 1, 2, 2], [0, 2, 2, 3], [3, 3, 5, 4]])
    }

    @Test("with only an intercept, dr, ipw and reg all give the difference of mean changes and its IF")
    func interceptOnlyMethodsCoincide() throws {
        // Cohort 2021 (甲 乙) against the never treated (丁 戊 己), 2020 → 2022:
        // changes 4, 6 and 1, 1, 1: ATT = 5 − 1 = 4.
        let change = [4.0, 6, 1, 1, 1]
        let comparison = TwoPeriodComparison(change: change, treated: [true, true, false, false, false],
                                             design: Matrix(rows: 5, columns: 1, repeating: 1))
        // DRDID's IF over the m = 5 firms: m/N₁·(Δy − 5) for the treated, −m/N₀·(Δy − 1) for controls.
        let expected = [2.5 * -1, 2.5 * 1, 0, 0, 0]
        for method in StaggeredEstimationMethod.allCases {
            let cell = try comparison.estimate(method)
            #expect(abs(cell.att - 4) < 1e-10, "\(method)")
            for (a, b) in zip(cell.influence, expected) { #expect(abs(a - b) < 1e-9, "\(method)") }
        }
    }

    @Test("a constant covariate is refused as collinear; without covariates every method is the unconditional estimate")
    func constantCovariate() throws {
        var rows: [(String, Int, Double, Double, Double)] = []
        let base = try Self.panel()
        for (i, unit) in base.units.enumerated() {
            for (t, year) in base.periods.enumerated() {
                rows.append((unit, year, Double(base.cohorts[i]), base.outcome(unit: i, periodIndex: t), 2.0))
            }
        }
        let unconditional = try CallawaySantAnna().fit(base)
        for method in StaggeredEstimationMethod.allCases {
            let table = try Table(columns: [
                ("企业", .categorical(CategoricalColumn(rows.map(\.0)))),
                ("年份", .numeric(NumericColumn(rows.map { Double($0.1) }))),
                ("首次受支持年份", .numeric(NumericColumn(rows.map(\.2)))),
                ("营业收入", .numeric(NumericColumn(rows.map(\.3)))),
                ("规模", .numeric(NumericColumn(rows.map(\.4)))),
            ])
            // The intercept and a constant are collinear: the outcome regression (dr, reg) or
            // the propensity score (ipw) refuses with a typed error naming the cell.
            #expect(throws: StaggeredError.self) {
                try CallawaySantAnna(method: method).estimate(table, id: "企业", time: "年份", cohort: "首次受支持年份",
                                                              outcome: "营业收入", covariates: ["规模"])
            }
            let plain = try CallawaySantAnna(method: method).estimate(table, id: "企业", time: "年份",
                                                                      cohort: "首次受支持年份", outcome: "营业收入")
            #expect(plain.effects == unconditional.effects)
            #expect(plain.estimationMethod == method && plain.covariates.isEmpty)
        }
    }

    @Test("one pre-treatment cell: the Wald statistic is (att/se)² with one degree of freedom")
    func pretestOneCell() throws {
        // Universal base: cohort 2022's cells 2019, 2020 are pre-treatment (2021 is its base);
        // cohort 2021's cell 2019 too. Keep only the 2021 cohort by a panel without 丙.
        let base = try Self.panel()
        let keep = [0, 1, 3, 4, 5]
        let panel = try StaggeredPanel(units: keep.map { base.units[$0] }, periods: base.periods,
                                       cohorts: keep.map { base.cohorts[$0] },
                                       outcomes: keep.map { i in (0..<4).map { base.outcome(unit: i, periodIndex: $0) } })
        let result = try CallawaySantAnna(basePeriod: .universal).fit(panel)
        let placebo = try #require(result.effects.first { $0.group == 2021 && $0.period == 2019 })
        // By hand: changes 2019 − 2020 (base 2020): 甲 −1, 乙 0; 丁 0, 戊 −2, 己 0:
        // ATT = −0.5 − (−2/3) = 1/6.
        #expect(abs(placebo.att - 1.0 / 6) < 1e-12)
        let test = try #require(result.pretest)
        #expect(test.degreesOfFreedom == 1)
        let expected = (placebo.att / placebo.standardError) * (placebo.att / placebo.standardError)
        #expect(abs(test.statistic - expected) < 1e-10)
        #expect(abs(test.pValue - ChiSquaredDistribution(degreesOfFreedom: 1).survivalProbability(expected)) < 1e-14)
    }

    @Test("JSON: intervals in every aggregation entry, uniform bands and critical values with the bootstrap")
    func jsonIntervals() throws {
        let result = try CallawaySantAnna().fit(try Self.panel())
        let analytic = try Self.json(result)
        let aggregations = try #require(analytic["aggregations"] as? [String: Any])
        let dynamic = try #require(aggregations["dynamic"] as? [[String: Any]])
        let z = 1.959963984540054
        for entry in dynamic {
            let att = try #require(entry["att"] as? Double), se = try #require(entry["std_error"] as? Double)
            #expect(entry["estimate"] as? Double == att)
            let low = try #require(entry["ci_low"] as? Double), high = try #require(entry["ci_high"] as? Double)
            #expect(abs(low - (att - z * se)) < 1e-12)
            #expect(abs(high - (att + z * se)) < 1e-12)
            #expect(entry["uniform_low"] is NSNull && entry["uniform_high"] is NSNull)
        }
        let simple = try #require(aggregations["simple"] as? [String: Any])
        #expect(simple["ci_low"] is Double && simple["ci_high"] is Double)
        let pretest = try #require(analytic["pretest"] as? [String: Any])
        #expect(pretest["df"] as? Int == result.pretest?.degreesOfFreedom)
        #expect(analytic["method"] as? String == "dr" && analytic["n_groups"] as? Int == 2)

        let boot = try Self.json(result.withMultiplierBootstrap(.init(replications: 99, seed: 4)))
        let bootAggregations = try #require(boot["aggregations"] as? [String: Any])
        let critical = try #require(bootAggregations["critical_values"] as? [String: Any])
        let dynamicCritical = try #require(critical["dynamic"] as? Double)
        for entry in try #require(bootAggregations["dynamic"] as? [[String: Any]]) {
            let att = try #require(entry["att"] as? Double), se = try #require(entry["std_error"] as? Double)
            let low = try #require(entry["uniform_low"] as? Double)
            #expect(abs(low - (att - dynamicCritical * se)) < 1e-12)
        }
        for entry in try #require(bootAggregations["group"] as? [[String: Any]]) {
            #expect(entry["uniform_high"] is Double)
        }
    }

    static func json(_ result: StaggeredResult) throws -> [String: Any] {
        let data = ReportRenderer.render(result, format: .json, language: .en)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
