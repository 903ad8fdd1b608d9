import Foundation
import Testing
@testable import Impact

/// The naive-versus-causal section of `impact report` on the bundled synthetic panel.
@Suite("Naive attribution vs causal estimate (chaoyang-2024, synthetic)")
struct AttributionComparisonTests {
    static func comparison() throws -> (AttributionComparison, Table) {
        let panel = try CSVReader.read(path: ChaoyangFiles.chaoyang.appendingPathComponent("panel.csv").path,
                                       options: CSVReadOptions(categoricalColumns: ["firm_id"]))
        let lines = [(sector: "软件和信息服务业", value: "revenue_wan"), (sector: "科技服务业", value: "revenue_wan"),
                     (sector: "工业", value: "output_wan")]
        return (try AttributionComparison.compute(panel: panel, lines: lines, year: 2023), panel)
    }

    @Test("naive figures are the seed report's increment ÷ subsidy: 2087000/3400, 446500/530, 188500/380")
    func naive() throws {
        let (comparison, _) = try Self.comparison()
        #expect(comparison.rows.map(\.supportedFirms) == [14, 4, 8])
        #expect(comparison.rows.map(\.subsidy) == [3400, 530, 380])
        let expected = [2_087_000.0 / 3400, 446_500.0 / 530, 188_500.0 / 380]
        for (row, value) in zip(comparison.rows, expected) { #expect(abs(row.naive - value) < 1e-9 * value) }
    }

    @Test("causal figure = TWFE ATT × supported firms ÷ subsidy; the ATT equals the cell-means DiD (one post year, balanced)")
    func causal() throws {
        let (comparison, panel) = try Self.comparison()
        let sector = try panel.categorical("sector"), year = try panel.numeric("year").values
        let supported = try panel.numeric("supported").values
        for row in comparison.rows {
            let values = try panel.numeric(row.value)
            var sums = [Double](repeating: 0, count: 4), counts = [Double](repeating: 0, count: 4)
            for i in 0..<panel.rowCount where sector[i] == row.sector {
                let cell = (supported[i] == 1 ? 0 : 2) + (year[i] == 2023 ? 0 : 1)
                sums[cell] += values.values[i]
                counts[cell] += 1
            }
            let m = zip(sums, counts).map { $0 / $1 }
            let byHand = (m[0] - m[1]) - (m[2] - m[3])
            #expect(abs(row.att.estimate - byHand) < 1e-8 * abs(byHand), "\(row.sector)")
            #expect(abs(row.causal.value - row.att.estimate * Double(row.supportedFirms) / row.subsidy) < 1e-9 * abs(row.causal.value))
            #expect(row.causal.confidenceLow! < row.causal.value && row.causal.value < row.causal.confidenceHigh!)
        }
    }

    @Test("a line without firms is left out with a note naming sector and measure")
    func omittedLine() throws {
        let (_, panel) = try Self.comparison()
        let comparison = try AttributionComparison.compute(
            panel: panel, lines: [(sector: "工业", value: "output_wan"), (sector: "无此行业", value: "revenue_wan")], year: 2023)
        #expect(comparison.rows.map(\.sector) == ["工业"])
        #expect(comparison.omissions.count == 1)
        #expect(comparison.omissions.map(\.wording) == [LocalizedText(zh: "无此行业（营业收入）：需要同时有受支持和未受支持的企业。",
                                                                  en: "无此行业 (Revenue): needs both supported and unsupported firms.")])
        let notes = comparison.reportTable(synthetic: false).notes
        #expect(notes.last?.en == "Left out: 无此行业 (Revenue): needs both supported and unsupported firms.")
    }

    @Test("impact report's table is labelled synthetic")
    func reportSection() throws {
        let report = try EvaluationReport.load(directory: ChaoyangFiles.chaoyang)
        #expect(report.isSynthetic)
        let table = try #require(report.reportTables(language: .en).first { $0.key == "naive_vs_causal" })
        #expect(table.rows.count == 3)
        #expect(table.notes.contains { $0.en.contains("SYNTHETIC") })
        let measure = try #require(table.columnIndex("value"))
        #expect(table.rows.map { $0[measure].displayText(.en) } == ["Revenue", "Revenue", "Gross industrial output"])
        #expect(table.rows.map { $0[measure].displayText(.zh) } == ["营业收入", "营业收入", "工业总产值"])
        // Sectors named as in the sector effect table (the lines' sector_en).
        let sector = try #require(table.columnIndex("sector"))
        #expect(table.rows.map { $0[sector].displayText(.en) }
            == ["Software and information services", "Science and technology services", "Industry"])
        let chinese = try #require(report.reportTables(language: .zh).first { $0.key == "naive_vs_causal" })
        #expect(chinese.rows.map { $0[sector].displayText(.zh) } == ["软件和信息服务业", "科技服务业", "工业"])
    }
}
