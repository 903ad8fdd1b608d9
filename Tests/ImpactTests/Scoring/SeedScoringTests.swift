import Foundation
import Testing
@testable import Impact

/// The seed report's 绩效自评表 (../shared/seed, 三、综合评价情况): quantity row 14.55, every
/// other row full marks, total 99.55, grade 优 — from the files in datasets/chaoyang-2024.
@Suite("Seed's self-evaluation")
struct SeedScoringTests {
    static let dataset = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("datasets/chaoyang-2024")

    /// (level 2 or 3 name, target, actual, weight, score) as printed in the report (the
    /// actual `＞90%` keeps its full-width sign).
    static let reportRows: [(String, String, String, Double, Double)] = [
        ("数量指标", "100家", "97家", 15, 14.55),
        ("质量指标", "优", "优", 15, 15),
        ("时效指标", "优", "优", 10, 10),
        ("经济成本指标", "≤1000万元", "≤1000万元", 10, 10),
        ("经济效益指标", "≥4%", "7.8%", 15, 15),
        ("社会效益指标", "优", "优", 15, 15),
        ("服务对象满意度指标", "≥90%", "＞90%", 10, 10),
        ("执行率得分", "100%", "100%", 10, 10),
    ]

    static func check(_ sheet: ScoreSheet) {
        #expect(sheet.rows.count == reportRows.count)
        for (row, expected) in zip(sheet.rows, reportRows) {
            #expect(row.indicator.name == expected.0)
            #expect(row.indicator.printedTarget(.zh) == expected.1)
            #expect(row.indicator.printedActual(.zh) == expected.2)
            #expect(row.weight == expected.3)
            #expect(abs((row.score ?? .nan) - expected.4) < 1e-9, "\(expected.0)")
        }
        #expect(abs(sheet.total - 99.55) < 1e-9)
        #expect(sheet.maximum == 100)
        #expect(sheet.grade == .excellent)
    }

    @Test("indicators.json reproduces 14.55, 99.55 and 优")
    func fromJSON() throws {
        let url = Self.dataset.appendingPathComponent("indicators.json")
        let table = try IndicatorTable(json: Data(contentsOf: url), file: url.path)
        #expect(table.title == "2024年朝阳区高新技术产业发展引导资金项目")
        Self.check(try ScoreSheet(table: table))
    }

    @Test("the quantity row below target and the 95 % overshoot are flagged for a deviation reason, nothing else")
    func seedWarnings() throws {
        let url = Self.dataset.appendingPathComponent("indicators.json")
        let sheet = try ScoreSheet(table: IndicatorTable(json: Data(contentsOf: url), file: "indicators.json"))
        #expect(sheet.warnings.count == 2)
        // 7.8 % against ≥4 % is 95 % over the target, beyond the default 30 % margin.
        guard case .largeOvershoots(let over, let margin)? = sheet.warnings.first else {
            Issue.record("expected the overshoot warning")
            return
        }
        #expect(over.map(\.name) == ["经济效益指标"] && margin == 0.3)
        guard case .missingDeviationReasons(let rows)? = sheet.warnings.last else {
            Issue.record("expected the deviation-reason warning")
            return
        }
        #expect(rows.map(\.name) == ["数量指标"])
        #expect(rows.first?.location.path == "indicators[0]")
    }

    @Test("the JSON output has rows with indicator, target, actual, weight, score, and total and grade")
    func jsonOutput() throws {
        let url = Self.dataset.appendingPathComponent("indicators.json")
        let sheet = try ScoreSheet(table: IndicatorTable(json: Data(contentsOf: url), file: "indicators.json"))
        let rows = try expectSeedScoreSheetJSON(ReportRenderer.render(sheet, format: .json, language: .zh))
        #expect(rows[0]["level1"] as? String == "产出指标")
    }

    @Test("the report table has one row per indicator, then total and grade")
    func reportTable() throws {
        let url = Self.dataset.appendingPathComponent("indicators.json")
        let sheet = try ScoreSheet(table: IndicatorTable(json: Data(contentsOf: url), file: "indicators.json"))
        let table = sheet.reportTable(language: .zh)
        #expect(table.columns.map(\.key) == ["level1", "level2", "level3", "target", "actual", "weight", "score", "deviation_reason"])
        #expect(table.rows.count == 10)
        #expect(table.rows[0][6] == .number(14.55, decimals: 2))
        #expect(table.rows[8][6] == .number(99.55, decimals: 2))
        #expect(table.rows[9][6] == .label(QualitativeGrade.excellent.label))
    }
}

extension SeedScoringTests {
    @Test("indicators.csv reproduces 14.55, 99.55 and 优, the same as indicators.json")
    func fromCSV() throws {
        let csv = try IndicatorTable(contentsOfFile: Self.dataset.appendingPathComponent("indicators.csv").path)
        Self.check(try ScoreSheet(table: csv))
        let json = try IndicatorTable(contentsOfFile: Self.dataset.appendingPathComponent("indicators.json").path)
        #expect(csv.indicators.map(\.target) == json.indicators.map(\.target))
        #expect(csv.indicators.map(\.actual) == json.indicators.map(\.actual))
        #expect(csv.indicators.map(\.weight) == json.indicators.map(\.weight))
        #expect(csv.indicators.map(\.description) == json.indicators.map(\.description))
    }

    @Test("with the bundled panel the computed actuals agree with the report: 97 firms, 7.8 %, ≤ 1000万元, 100 %")
    func withPanel() throws {
        let csv = try IndicatorTable(contentsOfFile: Self.dataset.appendingPathComponent("indicators.csv").path)
        let panel = try FirmData(csvPath: Self.dataset.appendingPathComponent("panel.csv").path)
        let sheet = try ScoreSheet(table: csv, data: [panel])
        #expect(abs(sheet.total - 99.55) < 1e-9)
        #expect(sheet.grade == .excellent)
        func actual(_ row: Int) -> Double? {
            if case .quantity(let quantity)? = sheet.rows[row].indicator.actual { return quantity.value }
            return nil
        }
        #expect(actual(0) == 97)
        #expect(abs((actual(3) ?? .nan) - 349.16) < 1e-6)  // largest award, README of the dataset
        #expect(abs((actual(4) ?? .nan) - 7.8) < 1e-6)
        #expect(abs((actual(7) ?? .nan) - 100) < 1e-6)
        // no literal disagrees with the data
        #expect(!sheet.warnings.contains { if case .actualFromData = $0 { true } else { false } })
    }
}
