import Testing
@testable import Impact

@Suite("PanelIndex")
struct PanelIndexTests {
    /// Three firms, rows out of order, A missing 2022, C observed once.
    static let unbalanced = """
        firm,year,营收(万元)
        A,2020,100
        A,2021,110
        A,2023,121
        B,2021,50
        B,2020,0
        B,2022,NA
        C,2022,10
        """

    @Test("counts entities and periods; an unbalanced panel is detected")
    func unbalancedCounts() throws {
        let table = try CSVReader.read(text: Self.unbalanced)
        let panel = try table.panelIndex(entity: "firm", time: "year")
        #expect(panel.entityCount == 3)
        #expect(panel.periodCount == 4)
        #expect(panel.periods == [2020, 2021, 2022, 2023])
        #expect(panel.entityLabels == ["A", "B", "C"])
        #expect(panel.rowsPerEntity == [3, 3, 1])
        #expect(panel.isBalanced == false)
        #expect(panel.times == [2020, 2021, 2023, 2021, 2020, 2022, 2022])
    }

    @Test("a complete panel is balanced, even with a numeric entity column")
    func balanced() throws {
        let table = try CSVReader.read(text: "id,year,y\n7,2020,1\n7,2021,2\n9,2021,3\n9,2020,4\n")
        let panel = try table.panelIndex(entity: "id", time: "year")
        #expect(panel.isBalanced)
        #expect(panel.entityLabels == ["7", "9"])
    }

    @Test("duplicate keys are listed with their rows")
    func duplicates() {
        let text = "firm,year\nA,2020\nB,2021\nA,2020\nA,2021\nB,2021\nB,2021\n"
        #expect(throws: PanelError.duplicateKeys(entity: "firm", time: "year", first: [
            .init(entity: "A", time: 2020, rows: [1, 3]),
            .init(entity: "B", time: 2021, rows: [2, 5, 6]),
        ], count: 2)) {
            try CSVReader.read(text: text).panelIndex(entity: "firm", time: "year")
        }
        let message = PanelError.duplicateKeys(entity: "firm", time: "year", first: [
            .init(entity: "A", time: 2020, rows: [1, 3]),
        ], count: 1).description
        #expect(message == "Panel keys (firm, year) are not unique: 1 duplicated key, for "
            + "example A at 2020 in rows 1, 3; expected one row per firm and year.")
    }

    @Test("only the first five duplicates are listed, with the total")
    func manyDuplicates() throws {
        let rows = (0..<8).map { "F\($0),2020\nF\($0),2020" }.joined(separator: "\n")
        let table = try CSVReader.read(text: "firm,year\n" + rows + "\n")
        do {
            _ = try table.panelIndex(entity: "firm", time: "year")
            Issue.record("expected a duplicate-key error")
        } catch {
            guard case .duplicateKeys(_, _, let first, let count) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(count == 8)
            #expect(first.count == 5)
            #expect(first[0] == .init(entity: "F0", time: 2020, rows: [1, 2]))
        }
    }

    @Test("missing keys are an error naming the rows")
    func missingKeys() {
        #expect(throws: PanelError.missingKey(column: "firm", rows: [2], count: 1)) {
            try CSVReader.read(text: "firm,year\nA,2020\nNA,2021\n").panelIndex(entity: "firm", time: "year")
        }
        #expect(throws: PanelError.missingKey(column: "year", rows: [1, 2], count: 2)) {
            try CSVReader.read(text: "firm,year\nA,\nB,\nC,2020\n").panelIndex(entity: "firm", time: "year")
        }
    }

    @Test("a fractional time is an error")
    func fractionalTime() {
        #expect(throws: PanelError.nonIntegerTime(column: "year", row: 2, value: "2020.5")) {
            try CSVReader.read(text: "firm,year\nA,2020\nA,2020.5\n").panelIndex(entity: "firm", time: "year")
        }
    }

    @Test("a time column read as text works when its labels are whole numbers")
    func categoricalTime() throws {
        let options = CSVReadOptions(categoricalColumns: ["year"])
        let table = try CSVReader.read(text: "firm,year\nA,2021\nA,2020\n", options: options)
        let panel = try table.panelIndex(entity: "firm", time: "year")
        #expect(panel.times == [2021, 2020])
        let bad = try CSVReader.read(text: "firm,year\nA,2021\nA,2021Q2\n")
        #expect(throws: PanelError.nonIntegerTime(column: "year", row: 2, value: "2021Q2")) {
            try bad.panelIndex(entity: "firm", time: "year")
        }
    }

    @Test("an unknown column is reported with the nearest name")
    func unknownColumn() {
        #expect(throws: PanelError.table(.unknownColumn("yaer", nearest: "year"))) {
            try CSVReader.read(text: "firm,year\nA,2020\n").panelIndex(entity: "firm", time: "yaer")
        }
    }
}
