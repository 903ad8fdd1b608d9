import Testing
@testable import Impact

/// Path of a file under `Tests/ImpactTests/Fixtures/data/`, found from this source file.
private func dataFixture(_ name: String) -> String {
    let here = #filePath
    let testsRoot = here[..<here.range(of: "/Data/CSVFixtureTests.swift")!.lowerBound]
    return testsRoot + "/Fixtures/data/" + name
}

@Suite("CSVReader on a reference fixture")
struct CSVFixtureTests {
    /// Copy of `shared/fixtures/twfe_unbalanced_missing/data.csv` (peer-written; floats in
    /// Python `repr` form, blanks for missing values).
    @Test("every cell reads back as exactly Double(String) of its text")
    func exactDoubles() throws {
        let path = dataFixture("twfe_unbalanced_missing.csv")
        let table = try CSVReader.read(path: path)
        let records = try CSVParser.records(atPath: path)
        let header = records[0].fields
        #expect(table.columnNames == header)
        #expect(table.rowCount == records.count - 1)
        #expect(table.rowCount == 1428)
        var checked = 0
        var missing = 0
        for (columnIndex, name) in header.enumerated() {
            switch try table.column(name) {
            case .numeric(let column):
                for (row, record) in records.dropFirst().enumerated() {
                    let text = record.fields[columnIndex]
                    if text.isEmpty {
                        #expect(column[row] == nil)
                        missing += 1
                    } else {
                        #expect(column.values[row].bitPattern == Double(text)!.bitPattern,
                                "\(name) row \(row): \(text)")
                        checked += 1
                    }
                }
            case .categorical(let column):
                for (row, record) in records.dropFirst().enumerated() {
                    let text = record.fields[columnIndex]
                    #expect(column[row] == (text.isEmpty ? nil : text))
                }
            }
        }
        #expect(checked > 5000)
        #expect(missing > 0)
        guard case .categorical = try table.column("firm_id"),
              case .numeric = try table.column("year") else {
            Issue.record("firm_id should be categorical and year numeric")
            return
        }
    }
}
