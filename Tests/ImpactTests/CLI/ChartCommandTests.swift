import Foundation
import Testing

/// The charts `growth`, `rd` and `staggered` draw in HTML, run as a binary on the bundled
/// dataset and the staggered fixture.
@Suite("Charts in HTML (binary)")
struct ChartCommandTests {
    /// The labels and values drawn by the first `<svg>` of `html`, in order.
    static func svgTexts(_ html: String) throws -> [String] {
        let start = try #require(html.range(of: "<svg class=\"chart\""))
        let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        let svg = String(html[start.lowerBound..<end.upperBound])
        return svg.components(separatedBy: "<text").dropFirst().compactMap { piece in
            guard let open = piece.firstIndex(of: ">"), let close = piece.range(of: "</text>") else { return nil }
            return String(piece[piece.index(after: open)..<close.lowerBound])
        }
    }

    @Test("growth --sort-by contribution charts the contribution share, largest first; default charts the pull")
    func growthFollowsSort() throws {
        let sorted = try CLIRunner.run(["growth", "--sort-by", "contribution", "--format", "html"])
        #expect(sorted.status == 0, "\(sorted.stderr)")
        let texts = try Self.svgTexts(sorted.stdout)
        #expect(texts.first == "贡献率(%)（从高到低）")
        let values = texts.compactMap(Double.init)
        #expect(!values.isEmpty && values == values.sorted(by: >))
        let plain = try Self.svgTexts(try CLIRunner.run(["growth", "--format", "html"]).stdout)
        #expect(plain.first == "拉动（从高到低）")
    }

    @Test("rd draws the aggregate intensity by sector, one series per population")
    func rdChart() throws {
        let result = try CLIRunner.run(["rd", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let texts = try Self.svgTexts(result.stdout)
        #expect(texts.first == "各行业研发投入强度（总体强度，%）")
        for label in ["软件和信息服务业", "科技服务业", "工业", "全部行业", "全部企业", "被支持企业"] {
            #expect(texts.contains(label), "missing \(label)")
        }
        // The table itself is unchanged in the other formats.
        #expect(!(try CLIRunner.run(["rd", "--format", "md"]).stdout.contains("<svg")))
    }

    @Test("staggered draws the dynamic effects with intervals, event time in order")
    func staggeredChart() throws {
        let result = try CLIRunner.run([
            "staggered", "--data", "Tests/ImpactTests/Fixtures/reference/event_study_staggered/data.csv",
            "--id", "firm_id", "--time", "year", "--cohort", "cohort", "--outcome", "y", "--format", "html",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let texts = try Self.svgTexts(result.stdout)
        #expect(texts.first == "按事件时间的动态效应：ATT及95%置信区间")
        #expect(texts.contains("事件时间 e"))
        let eventTimes = texts.compactMap(Int.init)
        #expect(eventTimes == Array(-6...6))
        #expect(result.stdout.contains("class=\"zero\""))
    }
}

/// A computed actual in the 自评表 printed with the target's precision.
@Suite("Computed actuals (binary)")
struct ComputedActualTests {
    @Test("init's example: R&D intensity prints as 6.15% in the table, full precision in score JSON")
    func intensityPrecision() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-actual-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["init", folder.path]).status == 0)
        let table = try CLIRunner.run(["report", folder.path])
        #expect(table.status == 0, "\(table.stderr)")
        let row = try #require(table.stdout.split(separator: "\n").first { $0.contains("被支持企业研发投入强度") && $0.contains("≥5%") })
        #expect(row.contains("6.15%") && !row.contains("6.152185"))
    }
}
