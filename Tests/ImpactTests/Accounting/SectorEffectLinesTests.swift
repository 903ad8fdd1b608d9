import Testing
import Impact

/// `SectorEffectTable(panel:lines:)` on a hand-sized panel.
///
/// Sector S: a (line L, subsidy 10) 100 → 130, b (no line) 300 → 310; sector T: c (line M,
/// subsidy 5) 600 → 660. Line L within S: Δ = 30, previous S total 400, pull 7.5, leverage
/// 30 / 10 = 3. Line M over the district (全区): Δ = 60, previous total 1000, pull 6.
@Suite("Sector effects from a lines table")
struct SectorEffectLinesTests {
    static let panel = """
        firm_id,year,sector,support_line,subsidy_wan,revenue_wan
        a,2022,S,L,10,100
        a,2023,S,L,10,130
        b,2022,S,,0,300
        b,2023,S,,0,310
        c,2022,T,M,5,600
        c,2023,T,M,5,660

        """

    static func read(_ text: String) throws -> Table { try CSVReader.read(text: text) }

    @Test("lines in order: a sector line and a district line, worked by hand")
    func handWorked() throws {
        let lines = try Self.read("line,sector,sector_en,value\nL,S,Software,revenue_wan\nM,全区,,revenue_wan\n")
        let table = try SectorEffectTable(panel: Self.read(Self.panel), lines: lines)
        #expect(table.effects.map(\.name.zh) == ["S", "全区"])
        #expect(table.effects.map(\.name.en) == ["Software", "District"])
        #expect(table.effects.map(\.supportedFirms) == [1, 1])
        #expect(table.effects.map(\.year) == [2023, 2023])
        let software = try #require(table.effects.first), district = try #require(table.effects.last)
        #expect(abs(software.supportedIncrement - 30) < 1e-12)
        #expect(abs(software.priorTotal - 400) < 1e-12)
        #expect(abs(software.pull - 7.5) < 1e-12)
        #expect(abs(try #require(software.leverage) - 3) < 1e-12)
        #expect(abs(district.supportedIncrement - 60) < 1e-12)
        #expect(abs(district.priorTotal - 1000) < 1e-12)
        #expect(abs(district.pull - 6) < 1e-12)
    }

    @Test("an empty cell and a missing column of the lines table are rejected")
    func incompleteLines() throws {
        let panel = try Self.read(Self.panel)
        #expect(throws: AccountingError.missingKey(row: 0, column: "sector")) {
            try SectorEffectTable(panel: panel, lines: Self.read("line,sector,value\nL,,revenue_wan\n"))
        }
        #expect(throws: AccountingError.table(.unknownColumn("value", nearest: nil))) {
            try SectorEffectTable(panel: panel, lines: Self.read("line,sector\nL,S\n"))
        }
        // A year column that is not numeric is an error, not a silent fall-back to the
        // panel's latest year. (`2023年` is a year since issue 8: the reader reads it as 2023.)
        #expect(throws: AccountingError.table(.notNumeric("year"))) {
            try SectorEffectTable(panel: panel, lines: Self.read("line,sector,value,year\nL,S,revenue_wan,last year\n"))
        }
        let written = try SectorEffectTable(panel: panel, lines: Self.read("line,sector,value,year\nL,S,revenue_wan,2023年\n"))
        let plain = try SectorEffectTable(panel: panel, lines: Self.read("line,sector,value,year\nL,S,revenue_wan,2023\n"))
        #expect(written == plain)
    }
}
