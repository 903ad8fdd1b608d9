import Testing
import Impact

@Suite("Sector accounting from totals")
struct SectorTotalsTests {
    @Test("pull from increment and previous-year total; contribution needs the current total")
    func fromTotals() throws {
        let totals = try Table(columns: [
            ("sector", .categorical(CategoricalColumn(["A", "B"]))),
            ("firms", .numeric(NumericColumn(values: [2, 1]))),
            ("subsidy_wan", .numeric(NumericColumn(values: [15, 20]))),
            ("increment_wan", .numeric(NumericColumn(values: [25, 60]))),
            ("prior_total_wan", .numeric(NumericColumn(values: [500, 1000]))),
            ("current_total_wan", .numeric(NumericColumn([535, nil]))),
        ])
        let table = try SectorEffectTable(totals: totals, year: 2023)
        #expect(table.effects.map(\.supportedFirms) == [2, 1])
        #expect(abs(table.effects[0].pull - 5) < 1e-12)
        #expect(abs(table.effects[0].contributionShare! - 2500.0 / 35) < 1e-9)
        #expect(abs(table.effects[1].pull - 6) < 1e-12)
        #expect(table.effects[1].contributionShare == nil)
        #expect(abs(table.effects[1].leverage! - 3) < 1e-12)
    }

    @Test("a zero or blank previous-year total is an error naming sector and year")
    func badPriorTotal() throws {
        let zero = try Table(columns: [
            ("sector", .categorical(CategoricalColumn(["工业"]))),
            ("increment_wan", .numeric(NumericColumn(values: [1]))),
            ("prior_total_wan", .numeric(NumericColumn(values: [0]))),
        ])
        #expect(throws: AccountingError.zeroPriorTotal(sector: "工业", year: 2022)) {
            try SectorEffectTable(totals: zero, year: 2023)
        }
        let blank = try Table(columns: [
            ("sector", .categorical(CategoricalColumn(["工业"]))),
            ("increment_wan", .numeric(NumericColumn(values: [1]))),
            ("prior_total_wan", .numeric(NumericColumn([nil]))),
        ])
        #expect(throws: AccountingError.missingPriorTotal(sector: "工业", year: 2022)) {
            try SectorEffectTable(totals: blank, year: 2023)
        }
    }
}
