import Testing
@testable import Impact

@Suite("Report cells")
struct ReportCellTests {
    @Test("text outputs show the stated decimals and unit")
    func display() {
        #expect(ReportCell.number(14.55, decimals: 2).displayText(.zh) == "14.55")
        #expect(ReportCell.number(8.2, decimals: 1, suffix: "%").displayText(.en) == "8.2%")
        #expect(ReportCell.number(99.554, decimals: 2).displayText(.en) == "99.55")
        #expect(ReportCell.number(-0.001, decimals: 2).displayText(.en) == "0.00")
        #expect(ReportCell.number(-1.5, decimals: 0).displayText(.en) == "-2")
        #expect(ReportCell.integer(97).displayText(.zh) == "97")
        #expect(ReportCell.label(LocalizedText(zh: "优", en: "Excellent")).displayText(.en) == "Excellent")
    }

    @Test("percentage points read 个百分点 in Chinese and pp in English")
    func percentagePoints() {
        #expect(ReportCell.percentagePoints(8.2).displayText(.zh) == "8.20个百分点")
        #expect(ReportCell.percentagePoints(2.97).displayText(.en) == "2.97 pp")
        #expect(ReportCell.percentagePoints(3.256, decimals: 1).displayText(.en) == "3.3 pp")
    }

    @Test("missing and non-finite values show as a dash and as no machine text")
    func missing() {
        for cell in [ReportCell.empty, .number(.nan, decimals: 2), .number(.infinity, decimals: 1),
                     .quantity(-.infinity, decimals: 0, unit: ReportCell.percentagePointUnit)] {
            #expect(cell.displayText(.zh) == "—")
            #expect(cell.machineText(.zh) == "")
            #expect(cell.numericValue == nil)
        }
    }

    @Test("machine text keeps full precision and drops units")
    func machine() {
        #expect(ReportCell.number(0.1 + 0.2, decimals: 2).machineText(.en) == "0.30000000000000004")
        #expect(ReportCell.number(100, decimals: 2, suffix: "%").machineText(.en) == "100")
        #expect(ReportCell.percentagePoints(8.2).machineText(.zh) == "8.2")
        #expect(ReportCell.number(2.087e10, decimals: 2).machineText(.en) == "20870000000")
    }

    @Test("a column is numeric when every shown value is a number")
    func numericColumn() {
        let table = ReportFixtures.sectors
        #expect(!table.isNumericColumn(0))
        #expect(table.isNumericColumn(1))  // 8, 14 and an empty cell
        #expect(table.isNumericColumn(2))  // two numbers and a NaN
        let mixed = ReportTable(
            title: LocalizedText(verbatim: "t"),
            columns: [ReportColumn(key: "score", header: LocalizedText(verbatim: "score")),
                      ReportColumn(key: "target", header: LocalizedText(verbatim: "target"))],
            rows: [[.number(14.55, decimals: 2), .text("100家")], [.number(99.55, decimals: 2), .integer(4)],
                   [.label(LocalizedText(zh: "优", en: "Excellent")), .text("优")]])
        #expect(mixed.isNumericColumn(0))   // two numbers outnumber one grade label
        #expect(!mixed.isNumericColumn(1))  // one number against two texts
    }
}
