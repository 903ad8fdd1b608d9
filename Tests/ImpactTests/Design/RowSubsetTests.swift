import Foundation
import Testing
@testable import Impact

@Suite("RowSubset: --subset conditions")
struct RowSubsetTests {
    /// Eight firms: state, year, 营业 收入 (one missing), sector, id kept as text.
    private func table() throws -> Table {
        try Table(columns: [
            ("state", .categorical(CategoricalColumn(["KY", "KY", "MI", "KY", "OH", nil, "KY", "MI"]))),
            ("year", .numeric(NumericColumn(values: [2014, 2015, 2016, 2017, 2015, 2018, 2019, 2013]))),
            ("营业 收入", .numeric(NumericColumn([10, 20, nil, 40, 50, 60, 70, 80]))),
            ("id", .categorical(CategoricalColumn(["1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008"]))),
        ])
    }

    private func kept(_ condition: String) throws -> [Int] {
        try RowSubset(condition).keptRows(in: try table())
    }

    @Test("comparisons, &, |, !, parentheses and in (…)", arguments: [
        ("state == 'KY' & year >= 2015", [1, 3, 6]),
        ("state == \"KY\" and year >= 2015", [1, 3, 6]),
        ("state != 'KY'", [2, 4, 7]),
        ("year < 2015 | year > 2018", [0, 6, 7]),
        ("!(year <= 2016)", [3, 5, 6]),
        ("not year <= 2016", [3, 5, 6]),
        ("state in ('MI', 'OH')", [2, 4, 7]),
        ("year in (2013, 2019)", [6, 7]),
        ("state not in ('KY')", [2, 4, 7]),
        ("`营业 收入` > 45 && year != 2018", [4, 6, 7]),
        ("id == 1004 || id >= '1007'", [3, 6, 7]),
        ("year >= -1e4 & (state == 'KY' | state == 'OH') & !(year == 2014)", [1, 3, 4, 6]),
    ])
    func keptRows(condition: String, expected: [Int]) throws {
        #expect(try kept(condition) == expected)
    }

    @Test("a missing compared value keeps no row, also under != and ! (R's subset)")
    func missingValues() throws {
        #expect(try kept("state != 'KY'") == [2, 4, 7])           // row 5 (state missing) is not kept
        #expect(try kept("!(state == 'KY')") == [2, 4, 7])
        #expect(try kept("`营业 收入` < 100") == [0, 1, 3, 4, 5, 6, 7]) // row 2 missing
        #expect(try kept("`营业 收入` < 100 | year == 2016") == [0, 1, 2, 3, 4, 5, 6, 7]) // true | unknown = true
        #expect(try kept("`营业 收入` < 100 & year == 2016") == [])    // false & unknown = false, unknown & true = unknown
    }

    @Test("apply: the smaller table with levels renumbered, and the counts the JSON records")
    func apply() throws {
        let (subset, summary) = try RowSubset("state == 'MI'").apply(to: try table())
        #expect(summary == SubsetSummary(expression: "state == 'MI'", rowsKept: 2, rowsTotal: 8))
        #expect(subset.rowCount == 2)
        #expect(try subset.categorical("state").levels == ["MI"])
        #expect(try subset.numeric("year").values == [2016, 2013])
        #expect(try RowSubset("year > 1").columnNames == ["year"])
        #expect(throws: RowSubsetError.noRowsKept(condition: "year > 3000", rows: 8)) {
            try RowSubset("year > 3000").apply(to: try table())
        }
    }

    @Test("errors point at their position in the condition")
    func errors() throws {
        #expect(throws: RowSubsetError.unexpectedCharacter("=", hint: "write '==' to compare",
                                                           at: FormulaLocation(formula: "state = 'KY'", position: 6))) {
            try RowSubset("state = 'KY'")
        }
        #expect(throws: RowSubsetError.unknownColumn("stat", nearest: "state",
                                                     at: FormulaLocation(formula: "year > 1 & stat == 'KY'", position: 11, length: 4))) {
            try RowSubset("year > 1 & stat == 'KY'").keptRows(in: try table())
        }
        #expect(throws: RowSubsetError.unterminatedQuote(at: FormulaLocation(formula: "state == 'KY", position: 9))) {
            try RowSubset("state == 'KY")
        }
        #expect(throws: RowSubsetError.unexpectedEnd(expected: "a column, a number or a quoted text",
                                                     at: FormulaLocation(formula: "year >", position: 6))) {
            try RowSubset("year >")
        }
        #expect(throws: RowSubsetError.typeMismatch("'KY' is not a number",
                                                    at: FormulaLocation(formula: "year == 'KY'", position: 0, length: 12))) {
            try RowSubset("year == 'KY'").keptRows(in: try table())
        }
        let error = try #require(throws: RowSubsetError.self) { try RowSubset("year >> 2") }
        #expect(error.description.hasSuffix("  year >> 2\n        ^"))
        let deep = String(repeating: "(", count: 100) + "year > 1" + String(repeating: ")", count: 100)
        #expect(throws: RowSubsetError.self) { try RowSubset(deep) }
    }
}
