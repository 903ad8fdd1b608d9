import Testing
@testable import Impact

/// The unbalanced panel of `PanelIndexTests.unbalanced`, row by row (0-based):
/// 0 A2020 100 · 1 A2021 110 · 2 A2023 121 · 3 B2021 50 · 4 B2020 0 · 5 B2022 NA · 6 C2022 10.
@Suite("Panel transforms")
struct PanelTransformTests {
    let table: Table
    let panel: PanelIndex

    init() throws {
        table = try CSVReader.read(text: PanelIndexTests.unbalanced)
        panel = try table.panelIndex(entity: "firm", time: "year")
    }

    private func values(_ table: Table, _ name: String) throws -> [Double?] {
        let column = try table.numeric(name)
        return column.values.indices.map { column[$0] }
    }

    @Test("lag takes period t−1 of the same firm, not the previous row")
    func lag() throws {
        let result = try table.addingLag(of: "营收", panel: panel)
        // A2023's lag is missing (no 2022); B2021 (row 3) takes B2020 (row 4, below it).
        #expect(try values(result, "营收_lag1") == [nil, 100, nil, 0, nil, 50, nil])
        #expect(result.unit(of: "营收_lag1") == .wan)
    }

    @Test("lag by two periods and lead by one")
    func lagTwoAndLead() throws {
        let lag2 = try panel.lag(try table.numeric("营收"), by: 2)
        #expect(lag2.values.indices.map { lag2[$0] } == [nil, nil, 110, nil, nil, 0, nil])
        let lead = try table.addingLag(of: "营收", by: -1, panel: panel)
        #expect(try values(lead, "营收_lead1") == [110, nil, nil, nil, 50, nil, nil])
    }

    @Test("difference x_t − x_{t−1}")
    func difference() throws {
        let result = try table.addingDifference(of: "营收", panel: panel, named: "增量")
        // 110 − 100 = 10; 50 − 0 = 50; B2022 is NA so its difference is missing.
        #expect(try values(result, "增量") == [nil, 10, nil, 50, nil, nil, nil])
        #expect(result.unit(of: "增量") == .wan)
    }

    @Test("growth x_t / x_{t−1} − 1, missing on a zero base")
    func growth() throws {
        let result = try table.addingGrowthRate(of: "营收", panel: panel)
        let growth = try values(result, "营收_growth")
        // 110 / 100 − 1 = 0.1; B2021 over B2020 = 50 / 0 is missing.
        #expect(growth.enumerated().filter { $0.element != nil }.map(\.offset) == [1])
        #expect(abs(growth[1]! - 0.1) < 1e-12)
        #expect(result.unit(of: "营收_growth") == nil)
    }

    @Test("growth over two periods")
    func growthTwo() throws {
        let growth = try panel.growthRate(try table.numeric("营收"), periods: 2)
        // A2023 over A2021: 121 / 110 − 1 = 0.1; B2022 is NA.
        #expect(growth.isMissing == [true, true, false, true, true, true, true])
        #expect(abs(growth.values[2] - 0.1) < 1e-12)
    }

    @Test("the input table is left unchanged")
    func inputUnchanged() throws {
        let before = table
        _ = try table.addingDifference(of: "营收", panel: panel)
        #expect(table == before)
        #expect(table.columnNames == ["firm", "year", "营收"])
    }

    @Test("errors: zero lag, name clash, a different table")
    func errors() throws {
        #expect(throws: PanelError.zeroLag) { try table.addingLag(of: "营收", by: 0, panel: panel) }
        #expect(throws: PanelError.table(.duplicateColumn("year"))) {
            try table.addingLag(of: "营收", panel: panel, named: "year")
        }
        let other = try CSVReader.read(text: "firm,year,营收\nA,2020,1\n")
        #expect(throws: PanelError.rowCountMismatch(expected: 7, found: 1)) {
            try other.addingLag(of: "营收", panel: panel)
        }
    }
}
