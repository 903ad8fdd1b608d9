import Foundation
import Testing
@testable import Impact

/// The evaluation of `datasets/chaoyang-2024`, computed by the library.
///
/// Expected pulls are the seed report's (section 四（四）: 8.2 %, 2.97 %, 2.53 %, 3.26 %),
/// increments its 208.7, 44.65, 18.85 and 13.13亿元 (× 10⁴ for the files' 万元), firm counts
/// 14, 4, 8, 18 and subsidies 3400, 530, 380, 2650万元.
@Suite("Evaluation report")
struct EvaluationReportTests {
    static let expected: [(sector: String, firms: Int, subsidy: Double, increment: Double, pull: Double, decimals: Int)] = [
        ("软件和信息服务业", 14, 3400, 208.7e4, 8.2, 1),
        ("科技服务业", 4, 530, 44.65e4, 2.97, 2),
        ("工业", 8, 380, 18.85e4, 2.53, 2),
        ("全区", 18, 2650, 13.13e4, 3.26, 2),
    ]

    @Test("the four effect lines of the seed from the firm panel")
    func seedEffects() throws {
        let report = try EvaluationReport.load(directory: ChaoyangFiles.chaoyang)
        #expect(report.year == 2023)
        let effects = report.sectorEffects.effects
        #expect(effects.map(\.name.zh) == Self.expected.map(\.sector))
        for (effect, line) in zip(effects, Self.expected) {
            #expect(effect.supportedFirms == line.firms)
            #expect(abs(try #require(effect.subsidy) - line.subsidy) < 1e-6)
            #expect(abs(effect.supportedIncrement - line.increment) < 1e-6)
            let scale = pow(10, Double(line.decimals))
            #expect((effect.pull * scale).rounded() == (line.pull * scale).rounded(),
                    "\(line.sector): pull \(effect.pull) vs reported \(line.pull)")
        }
        #expect(effects.map(\.name.en).last == "District")
    }

    @Test("the 绩效自评表 of the seed: quantity row 14.55, total 99.55, grade 优")
    func seedScores() throws {
        let report = try EvaluationReport.load(directory: ChaoyangFiles.chaoyang)
        let sheet = report.scoreSheet
        let quantity = try #require(sheet.rows.first { $0.indicator.level2 == "数量指标" })
        #expect(abs(try #require(quantity.score) - 14.55) < 1e-9)
        #expect(abs(sheet.total - 99.55) < 1e-9)
        #expect(sheet.grade.label.zh == "优")
        let table = try #require(report.reportTables(language: .zh).first)
        let score = try #require(table.columnIndex("score"))
        #expect(table.rows.contains { $0[score].displayText(.zh) == "99.55" })
    }

    @Test("without indicators.csv the JSON indicator table is scored the same")
    func jsonIndicators() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-eval-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["indicators.json", "panel.csv", "sector_totals.csv"] {
            try FileManager.default.copyItem(at: ChaoyangFiles.file(name), to: folder.appendingPathComponent(name))
        }
        let report = try EvaluationReport.load(directory: folder)
        #expect(report.scoreSheet.file.hasSuffix("indicators.json"))
        #expect(abs(report.scoreSheet.total - 99.55) < 1e-9)
    }

    @Test("a panel without the supported flag leaves out the naive-versus-causal section with a warning")
    func attributionFailureIsReported() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-eval-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["indicators.csv", "sector_totals.csv"] {
            try FileManager.default.copyItem(at: ChaoyangFiles.file(name), to: folder.appendingPathComponent(name))
        }
        // The bundled panel without its `supported` column (the sector lines use support_line).
        let panel = try String(contentsOf: ChaoyangFiles.file("panel.csv"), encoding: .utf8)
        let withoutFlag = panel.split(separator: "\n").map { line in
            var fields = line.split(separator: ",", omittingEmptySubsequences: false)
            fields.remove(at: 3)
            return fields.joined(separator: ",")
        }.joined(separator: "\n") + "\n"
        #expect(panel.hasPrefix("firm_id,year,sector,supported,"))
        try withoutFlag.write(to: folder.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)

        let report = try EvaluationReport.load(directory: folder)
        #expect(report.attribution == nil)
        #expect(report.reportTables(language: .zh).count == 2)
        let warning = try #require(report.warnings.last)
        guard case .attributionLeftOut = warning else {
            Issue.record("expected the attribution warning, got \(warning)")
            return
        }
        #expect(warning.code == "attribution_left_out")
        #expect(warning.description.hasPrefix("The naive-versus-causal section is left out:"))
        #expect(warning.description.contains("supported"))
        #expect(warning.wording.zh.hasPrefix("未列出“朴素归因 vs 因果估计”一节："))
        // The bundled dataset computes the section and warns only about the scoring.
        let bundled = try EvaluationReport.load(directory: ChaoyangFiles.chaoyang)
        #expect(bundled.attribution != nil && bundled.attributionFailure == nil)
    }

    @Test("the tables carry the pulls in percentage points and amounts in 亿元")
    func tables() throws {
        let report = try EvaluationReport.load(directory: ChaoyangFiles.chaoyang)
        let table = report.reportTables(language: .zh)[1]
        let pull = try #require(table.columnIndex("pull_pp"))
        #expect(table.rows.map { $0[pull].displayText(.zh) } == ["8.20个百分点", "2.97个百分点", "2.53个百分点", "3.26个百分点"])
        let increment = try #require(table.columnIndex("increment"))
        #expect(table.rows.map { $0[increment].displayText(.zh) } == ["208.70", "44.65", "18.85", "13.13"])
        // The title is the project's programme (impact.toml), as the seed names its report.
        #expect(report.title.zh == "朝阳区高新技术产业发展引导资金项目支出绩效评价报告")
    }

    @Test("a missing folder and a missing file are named")
    func missing() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-eval-\(UUID().uuidString)", isDirectory: true)
        #expect(throws: EvaluationError.notADirectory(path: folder.path)) {
            try EvaluationReport.load(directory: folder)
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try EvaluationReport.load(directory: folder)
            Issue.record("no error for an empty folder")
        } catch {
            guard case let .missingFile(_, file) = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.description.contains(file))
        }
    }

    @Test("effect lines: empty cells, missing columns and an empty file are rejected, naming the file")
    func effectLineErrors() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-eval-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["indicators.csv", "panel.csv"] {
            try FileManager.default.copyItem(at: ChaoyangFiles.file(name), to: folder.appendingPathComponent(name))
        }
        let lines = folder.appendingPathComponent("sector_totals.csv")
        let linesPath = folder.standardizedFileURL.appendingPathComponent("sector_totals.csv").path
        try "line,sector,value\n工业,,output_wan\n".write(to: lines, atomically: true, encoding: .utf8)
        #expect(throws: EvaluationError.effectLines(file: linesPath, .missingKey(row: 0, column: "sector"))) {
            try EvaluationReport.load(directory: folder)
        }
        try "line,sector\n工业,工业\n".write(to: lines, atomically: true, encoding: .utf8)
        #expect(throws: EvaluationError.effectLines(file: linesPath, .table(.unknownColumn("value", nearest: nil)))) {
            try EvaluationReport.load(directory: folder)
        }
        try "line,sector,value\n".write(to: lines, atomically: true, encoding: .utf8)
        #expect(throws: EvaluationError.noEffectLines(file: linesPath)) {
            try EvaluationReport.load(directory: folder)
        }
        #expect(EvaluationError.effectLines(file: linesPath, .missingKey(row: 0, column: "sector")).description
            .hasPrefix("In the effect lines of \(linesPath): Data row 1 has no 'sector'"))
    }
}
