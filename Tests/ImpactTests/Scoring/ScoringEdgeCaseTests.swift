import Foundation
import Testing
@testable import Impact

/// The scoring cases of issue 9, each worked by hand.
@Suite("Scoring edge cases")
struct ScoringEdgeCaseTests {
    /// Four 15-point rows, two 10-point rows and a 10-point execution row, all at target.
    static let fullMarks: [Indicator] = [
        row("A", "100家", "100家", weight: 15), row("B", "100家", "100家", weight: 15),
        row("C", "100家", "100家", weight: 15), row("D", "100家", "100家", weight: 15),
        row("E", "100家", "100家", weight: 10), row("F", "100家", "100家", weight: 10),
        row("G", "100家", "100家", weight: 10), row("预算执行率", "100%", "100%", weight: 10),
    ]

    @Test("execution-20 on an all-full-marks table: exactly 100, never 100.01 or 99.99")
    func executionTwentyFullMarks() throws {
        let result = try sheet(Self.fullMarks, profile: .mof2020Execution20)
        // The others (90 points) are rescaled to 80: 15 → 13.333…, 10 → 8.888…. Rounded one
        // by one, 4 × 13.33 + 3 × 8.89 + 20 = 99.99. On the 0.01 grid, floors 4 × 13.33 +
        // 3 × 8.88 = 79.96; the 4 missing units go to the largest remainders: the three .889
        // rows (→ 8.89) and the first .333 row (→ 13.34): 13.34 + 3 × 13.33 + 3 × 8.89 = 80.
        #expect(result.rows.map(\.weight) == [13.34, 13.33, 13.33, 13.33, 8.89, 8.89, 8.89, 20])
        #expect(result.total == 100 && result.maximum == 100)
        guard case .number(let maximum)? = result.jsonValue(language: .en)["maximum"] else {
            Issue.record("no maximum"); return
        }
        #expect(maximum == 100)
    }

    @Test("the seed under execution-20: exactly 99.60, rows adding up to it")
    func seedExecutionTwenty() throws {
        let url = SeedScoringTests.dataset.appendingPathComponent("indicators.json")
        let table = try IndicatorTable(json: Data(contentsOf: url), file: "indicators.json")
        let result = try ScoreSheet(table: table, profile: .mof2020Execution20)
        // Exact: 0.97 × 80/90 × 15 + (80/90) × (3 × 15 + 3 × 10) + 20
        //      = 12.9333 + 40 + 26.6667 + 20 = 99.60 (one by one the rows gave 99.59).
        #expect(result.total == 99.6)
        #expect(result.rows.compactMap(\.score).reduce(0, +).rounded(toPlaces: 2) == 99.6)
        #expect(result.rows.allSatisfy { ($0.score ?? 0) <= $0.weight })
    }

    @Test("local-strict with a 10-point 不适用 row and the rest at target: exactly 100")
    func localStrictNotApplicable() throws {
        let rows = [
            row("A", "100家", "100家", weight: 30), row("B", "100家", "100家", weight: 30),
            row("C", "100家", "100家", weight: 30), row("D", "100家", "不适用", weight: 10),
        ]
        // × 100/90: 33.333… each; one by one 3 × 33.33 = 99.99; on the grid 33.34 + 2 × 33.33.
        let result = try sheet(rows, profile: .localStrict)
        #expect(result.total == 100 && result.maximum == 100)
        #expect(result.rows.map(\.weight) == [33.34, 33.33, 33.33, 0])
    }

    @Test("--allow-weight-sum with weights summing to 110 rescales to 100 and says so")
    func weightsAboveHundred() throws {
        let rows = [row("A", "100家", "100家", weight: 60), row("B", "100家", "100家", weight: 50)]
        let result = try sheet(rows, profile: ScoringProfile.mof2020.with { $0.requiredWeightSum = nil })
        // 60 × 100/110 = 54.5454…, 50 × 100/110 = 45.4545… → 54.55 + 45.45 = 100 (not 110).
        #expect(result.rows.map(\.weight) == [54.55, 45.45])
        #expect(result.total == 100 && result.maximum == 100)
        #expect(result.warnings.contains(.weightSumAllowed(file: "test.csv", found: 110)))
    }

    @Test("a closing 合计 row labelled in 序号 is skipped; 偏差原因分析及改进措施 is the deviation reason")
    func serialTotalAndReasonColumn() throws {
        let table = try IndicatorTable(csvText: """
        序号,一级指标,二级指标,年度指标值,实际完成值,分值,偏差原因分析及改进措施
        1,产出指标,数量指标,100家,97家,60,三家企业迁出本区
        2,满意度指标,满意度,≥90%,95%,40,
        合计,,,,,100,

        """, file: "t.csv")
        #expect(table.indicators.count == 2)
        #expect(table.indicators[0].deviationReason == "三家企业迁出本区")
        let result = try ScoreSheet(table: table)
        // 60 × 0.97 + 40 = 98.2; the row below target has its reason: no warning.
        #expect(result.total == 98.2)
        #expect(result.warnings.isEmpty)
    }

    @Test("range targets are met at the lower bound; above the upper end asks for a reason")
    func rangeTargets() throws {
        // 150 in 100-200: full marks, no flag (50 % over the lower end is inside the range).
        let inside = try sheet([row("A", "100-200家", "150家", weight: 100)])
        #expect(inside.total == 100 && inside.rows[0].meetsTarget && inside.warnings.isEmpty)
        // 90: 100 × 90/100 = 90, below target.
        let below = try sheet([row("A", "100-200家", "90家", weight: 100, reason: "r")])
        #expect(below.total == 90 && !below.rows[0].meetsTarget)
        // 260 > 200: full marks, flagged as a large overshoot.
        let above = try sheet([row("A", "100-200家", "260家", weight: 100)])
        #expect(above.total == 100)
        #expect(above.warnings.map(\.code) == ["large_overshoots"])
    }

    @Test("overshoots of 30 % or more need a reason; the margin is the profile's")
    func overshootReasons() throws {
        func flagged(_ actual: String, reason: String = "", profile: ScoringProfile = .mof2020) throws -> Bool {
            try sheet([row("效益", "≥4%", actual, weight: 100, reason: reason)], profile: profile)
                .warnings.contains { $0.code == "large_overshoots" }
        }
        #expect(try flagged("5.2%"))          // 5.2 / 4 = 1.30: at the margin
        #expect(try !flagged("5.1%"))         // 1.275
        #expect(try !flagged("5.2%", reason: "市场回暖"))
        #expect(try !flagged("＞9%"))          // a bound says nothing about size
        #expect(try !flagged("7.8%", profile: ScoringProfile.mof2020.with { $0.overshootReasonMargin = nil }))
        #expect(try !flagged("5.2%", profile: ScoringProfile.mof2020.with { $0.overshootReasonMargin = 0.5 }))
        let warning = ScoringWarning.largeOvershoots([IndicatorReference(name: "效益", location: IndicatorLocation(file: "t.csv", line: 3))], margin: 0.3)
        #expect(warning.wording.en.contains("exceed their target by 30% or more"))
    }

    @Test("the execution row: kind or exact name; 项目计划执行率 is an ordinary indicator")
    func executionRowRule() throws {
        #expect(row("项目计划执行率", "≥90%", "95%", weight: 10).kind == .higherIsBetter)
        #expect(row("预算执行率", "100%", "95%", weight: 10).kind == .executionRate)
        #expect(row("执行率得分", "100%", "95%", weight: 10).kind == .executionRate)
        let result = try sheet([
            row("项目计划执行率", "≥90%", "95%", weight: 90),
            row("预算执行率", "100%", "100%", weight: 10),
        ])
        #expect(result.total == 100 && result.executionRate == 100)
    }

    @Test("an execution rate above 100 % is flagged; 0.65 without % is an error")
    func executionRateForms() throws {
        let above = try sheet([row("A", "100家", "100家", weight: 90), row("预算执行率", "100%", "104%", weight: 10)])
        // min(1.04, 1) × 10 = 10; the rate is flagged.
        #expect(above.total == 100)
        #expect(above.warnings.contains(.executionAboveFull(
            IndicatorReference(name: "预算执行率", location: IndicatorLocation(file: "test.csv")), rate: 104)))
        #expect(throws: ScoringError.executionRateNeedsPercent(IndicatorLocation(file: "test.csv", column: 6),
                                                               indicator: "预算执行率", found: "0.65")) {
            try sheet([row("A", "100家", "100家", weight: 90), row("预算执行率", "100%", "0.65", weight: 10)])
        }
        #expect(ScoringError.executionRateNeedsPercent(IndicatorLocation(file: "t.csv", line: 9), indicator: "预算执行率", found: "0.65")
            .description.contains("write it as a percentage (e.g. 65% for 0.65)"))
    }

    @Test("a negative cost actual is an error")
    func negativeCost() throws {
        #expect(throws: ScoringError.negativeCost(IndicatorLocation(file: "test.csv", column: 6),
                                                  indicator: "成本", actual: "-5万元")) {
            try sheet([row("成本", "≤1000万元", "-5万元", weight: 100)])
        }
    }

    @Test("a JSON indicator with a key and its alias is an error, whatever the key order")
    func jsonKeyAndAlias() throws {
        let text = #"[{"一级指标": "产出指标", "年度指标值": "100家", "实际完成值": "100家", "分值": 100, "weight": 60}]"#
        let expected = ScoringError.malformedFile(
            IndicatorLocation(file: "t.json", path: "indicators[0].weight"),
            reason: "the keys 'weight' and '分值' both give 分值 (weight); keep one")
        for _ in 0..<3 {
            #expect(throws: expected) { try IndicatorTable(json: Data(text.utf8), file: "t.json") }
        }
    }
}

extension Double {
    /// The value rounded half away from zero to `places` decimals.
    func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}
