import Foundation
import Testing
@testable import Impact

@Suite("Indicator tables from JSON")
struct IndicatorJSONTests {
    func table(_ text: String) throws -> IndicatorTable {
        try IndicatorTable(json: Data(text.utf8), file: "t.json")
    }

    @Test("English keys, a bare array and numbers for weights and unitless values")
    func englishKeys() throws {
        let table = try table("""
        [{"level1": "产出指标", "level2": "数量指标", "target": 100, "actual": 97, "weight": 100,
          "deviation_reason": "申报不足"}]
        """)
        #expect(table.indicators[0].target == .quantity(Quantity(nil, 100)))
        #expect(table.indicators[0].deviationReason == "申报不足")
        #expect(try ScoreSheet(table: table).total == 97)
    }

    @Test("a cell that does not parse names file, JSON path and what was expected")
    func invalidCell() {
        #expect(throws: ScoringError.invalidCell(
            IndicatorLocation(file: "t.json", path: "indicators[1].target"), field: .target,
            found: "about 100", expected: IndicatorValue.expectedText)) {
            try table("""
            {"indicators": [
              {"一级指标": "产出指标", "年度指标值": "100家", "实际完成值": "97家", "分值": 50},
              {"一级指标": "产出指标", "年度指标值": "about 100", "实际完成值": "97家", "分值": 50}]}
            """)
        }
        #expect(throws: ScoringError.self) {
            try table(#"[{"一级指标": "a", "年度指标值": "100家", "实际完成值": "97家", "分值": "fifteen"}]"#)
        }
    }

    @Test("a missing key, bad JSON and an empty list are errors")
    func structural() {
        #expect(throws: ScoringError.missingField(IndicatorLocation(file: "t.json", path: "indicators[0].weight"),
                                                  field: .weight)) {
            try table(#"[{"一级指标": "a", "年度指标值": "100家", "实际完成值": "97家"}]"#)
        }
        #expect(throws: ScoringError.self) { try table("{not json") }
        #expect(throws: ScoringError.emptyTable(file: "t.json")) { try table("[]") }
        #expect(throws: ScoringError.self) { try table(#"{"rows": []}"#) }
    }

    @Test("weights and scores accept a trailing 分; kinds can be named")
    func pointsAndKinds() throws {
        let table = try table("""
        [{"一级指标": "成本指标", "年度指标值": "1000万元", "实际完成值": "1250万元", "分值": "100分",
          "指标类型": "成本", "偏差原因": "超支"}]
        """)
        #expect(table.indicators[0].weight == 100)
        #expect(table.indicators[0].kind == .lowerIsBetter)
        // cost: 100 × 1000 / 1250 = 80
        #expect(try ScoreSheet(table: table).total == 80)
    }
}
