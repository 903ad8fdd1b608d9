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

    @Test("a malformed number is refused at its position, whole, by the rule formulas share")
    func malformedNumbers() throws {
        #expect(throws: RowSubsetError.malformedNumber("1.2.3", at: FormulaLocation(formula: "year > 1.2.3", position: 7, length: 5))) {
            try RowSubset("year > 1.2.3")
        }
        let error = try #require(throws: RowSubsetError.self) { try RowSubset("year > 1.2.3") }
        #expect(error.message == "'1.2.3' at position 8 of the subset is not a number; expected digits with at most one "
            + "decimal point and an optional exponent (such as 2020, 1.5 or 2e6).")
        #expect(error.description.hasSuffix("  year > 1.2.3\n         ^^^^^"))
        let inList = "年份 in (2020, 1e) & 营收 > 0"
        #expect(throws: RowSubsetError.malformedNumber("1e", at: FormulaLocation(formula: inList, position: 13, length: 2))) {
            try RowSubset(inList)
        }
        #expect(throws: RowSubsetError.malformedNumber("2e5.1", at: FormulaLocation(formula: "x > -2e5.1", position: 5, length: 5))) {
            try RowSubset("x > -2e5.1")
        }
        #expect(throws: RowSubsetError.malformedNumber("3e+", at: FormulaLocation(formula: "x < 3e+ | y > 1", position: 4, length: 3))) {
            try RowSubset("x < 3e+ | y > 1")
        }
        // Well-formed numbers still read: a leading or trailing point, an exponent with a sign.
        let table = try Table(columns: [("x", .numeric(NumericColumn(values: [0.0015, 0.4, 0.6, 2.5, 3.5])))])
        #expect(try RowSubset("x > .5 & x < 3. | x == 1.5e-3").keptRows(in: table) == [0, 2, 3])
        // The formula tokenizer applies the same rule at the same place.
        let formulaError = try #require(throws: FormulaError.self) { try Formula("y ~ x + I(x * 1.2.3)") }
        #expect(formulaError.location == FormulaLocation(formula: "y ~ x + I(x * 1.2.3)", position: 14, length: 5))
        #expect(formulaError.description.contains("'1.2.3'"))
        // One wording of the rule: the formula's error ends as the subset's (whose text is tested above).
        #expect(formulaError.message == "The term '1.2.3' is not valid: not a number; expected \(NumberLiteral.expectedForm).")
    }
}
