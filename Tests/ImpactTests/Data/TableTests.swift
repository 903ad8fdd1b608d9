import Testing
@testable import Impact

@Suite("Table")
struct TableTests {
    @Test("unknown column names the nearest one")
    func unknownColumnSuggestsNearest() throws {
        let table = try Table(columns: [
            ("revenue", .numeric(NumericColumn(values: [1, 2]))),
            ("sector", .categorical(CategoricalColumn(["a", "b"]))),
        ])
        #expect(throws: TableError.unknownColumn("revenu", nearest: "revenue")) {
            try table.column("revenu")
        }
    }

    @Test("columns of different length are rejected")
    func lengthMismatch() {
        #expect(throws: TableError.lengthMismatch(column: "b", expected: 2, found: 1)) {
            try Table(columns: [
                ("a", .numeric(NumericColumn(values: [1, 2]))),
                ("b", .numeric(NumericColumn(values: [1]))),
            ])
        }
    }

    @Test("numeric columns serve as group labels")
    func numericAsCategorical() throws {
        let table = try Table(columns: [("year", .numeric(NumericColumn([2022, nil, 2023])))])
        let groups = try table.categorical("year")
        #expect(groups.levels == ["2022", "2023"])
        #expect(groups.codes == [0, -1, 1])
    }
}
