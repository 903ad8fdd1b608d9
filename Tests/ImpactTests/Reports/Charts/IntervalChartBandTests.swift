import Foundation
import Testing
@testable import Impact

/// The event-study figure: pre-periods shaded, the reference period marked, and the
/// uniform band drawn behind the pointwise interval only when the table has it.
@Suite("Interval chart: uniform bands and pre-periods")
struct IntervalChartBandTests {
    static func table(withBand: Bool) -> ReportTable {
        let keys = ["event_time", "att", "ci_low", "ci_high"] + (withBand ? ["uniform_low", "uniform_high"] : [])
        let rows: [[Double?]] = [[-2, 0.1, -0.2, 0.4, -0.5, 0.7], [-1, 0, nil, nil, nil, nil],
                                 [0, 1.0, 0.8, 1.2, 0.6, 1.4], [1, 1.5, 1.1, 1.9, 0.9, 2.1]]
        return ReportTable(
            title: LocalizedText(zh: "动态效应", en: "Dynamic effects"),
            columns: keys.map { ReportColumn(key: $0, header: LocalizedText(verbatim: $0)) },
            rows: rows.map { row in
                [.integer(Int(row[0]!))] + row[1..<keys.count].map { $0.map { ReportCell.number($0, decimals: 2) } ?? .empty }
            })
            .chartingIntervals("att", low: "ci_low", high: "ci_high", labelledBy: "event_time",
                               band: ("uniform_low", "uniform_high"), shadingPrePeriods: true)
    }

    @Test("bands for every estimated period, the pre-period shaded, the reference marked")
    func bands() throws {
        let table = Self.table(withBand: true)
        let chart = try #require(table.chart)
        let svg = try #require(SVGIntervalChart(table: table, chart: chart, language: .en)).render()
        #expect(svg.components(separatedBy: "class=\"band\"").count - 1 == 3)
        #expect(svg.components(separatedBy: "class=\"pre\"").count - 1 == 1)
        #expect(svg.components(separatedBy: "class=\"reference\"").count - 1 == 1)
        // The axis spans the band: its top 2.1 lies above the intervals' 1.9, so the axis
        // reaches 3 (without the band it stops at 2).
        #expect(svg.contains(">3</text>"))
    }

    @Test("a table without band columns (analytic errors) draws no band")
    func noBand() throws {
        let table = Self.table(withBand: false)
        #expect(table.chart?.bandColumns == nil)
        let chart = try #require(table.chart)
        let svg = try #require(SVGIntervalChart(table: table, chart: chart, language: .en)).render()
        #expect(!svg.contains("class=\"band\""))
        #expect(!svg.contains(">3</text>"))
        #expect(svg.contains("class=\"pre\""))
    }
}
