import Testing
import Impact

@Suite("R&D intensity")
struct RDIntensityTests {
    @Test("aggregate and mean of firm ratios, worked by hand")
    func handWorked() throws {
        let table = try RDIntensityAccounting().intensities(in: AccountingTestPanels.tiny(), year: 2023)
        // Supported: f1 13/130, f3 9.5/95, g1 52/260 → Σ 74.5 / 485; ratios 10 %, 10 %, 20 %.
        let supported = try #require(table.allSupportedFirms)
        #expect(supported.firms.count == 3)
        #expect(abs(supported.aggregateIntensity - 7450.0 / 485) < 1e-9)
        #expect(abs(supported.meanOfFirmIntensities - 40.0 / 3) < 1e-9)
        // Sector A, all firms: (13 + 3.1 + 9.5) / (130 + 310 + 95); ratios 10, 1, 10.
        let sectorA = try #require(table.groups.first)
        #expect(sectorA.name.zh == "A" && sectorA.population.en == "All firms")
        #expect(abs(sectorA.aggregateIntensity - 2560.0 / 535) < 1e-9)
        #expect(abs(sectorA.meanOfFirmIntensities - 7) < 1e-9)
        #expect(table.groups.count == 6)
    }

    @Test("no firm with R&D in the year is an error listing every firm, under either rule")
    func missingRD() throws {
        // rd_wan is blank for every firm in 2022 (rows 0, 2, 4, 6, 8): nothing to report.
        let lacking = [("f1", 0), ("f2", 2), ("f3", 4), ("g1", 6), ("g2", 8)].map {
            MissingFirmValue(firm: $0.0, year: 2022, column: "rd_wan", row: $0.1)
        }
        #expect(throws: AccountingError.incompleteFirms(lacking)) {
            try RDIntensityAccounting().intensities(in: AccountingTestPanels.tiny(), year: 2022)
        }
        #expect(throws: AccountingError.incompleteFirms(lacking)) {
            try RDIntensityAccounting(missing: .error).intensities(in: AccountingTestPanels.tiny(), year: 2022)
        }
        let message = AccountingError.incompleteFirms(Array(lacking.prefix(1))).description
        #expect(message.contains("firm 'f1' has no 'rd_wan' in 2022 (data row 1)"))
        #expect(message.contains("R&D intensity needs no increment"))
        #expect(!message.contains("increment cannot be computed"))
    }

    @Test("unsupported firms without figures are left out and counted; a supported one with zero revenue is an error")
    func exclusions() throws {
        func panel(revenueOfSupported: Double) throws -> Table {
            try Table(columns: [
                ("firm_id", .categorical(CategoricalColumn(["a", "b", "c"]))),
                ("year", .numeric(NumericColumn(values: [2023, 2023, 2023]))),
                ("sector", .categorical(CategoricalColumn(["S", "S", "S"]))),
                ("supported", .numeric(NumericColumn(values: [1, 0, 0]))),
                ("revenue_wan", .numeric(NumericColumn([revenueOfSupported, 0, 50]))),
                ("rd_wan", .numeric(NumericColumn([5, 1, nil]))),
            ])
        }
        let table = try RDIntensityAccounting().intensities(in: panel(revenueOfSupported: 100), year: 2023)
        let all = try #require(table.groups.first)
        #expect(all.firms.map(\.firm) == ["a"])
        #expect(all.excludedFirms == 2)
        // b has zero revenue, c no R&D: both unsupported, counted apart from supported firms.
        #expect(table.notes == [.supportedFirms(.standard), .completeFirms(year: 2023),
                                .rdFirmsLeftOut(group: "S", year: 2023, supported: 0, unsupported: 2)])
        #expect(throws: AccountingError.zeroRevenue(firm: "a", year: 2023)) {
            try RDIntensityAccounting(missing: .error).intensities(in: panel(revenueOfSupported: 0), year: 2023)
        }
        // Under --missing error, b's zero revenue (row 2) is refused first.
        #expect(throws: AccountingError.zeroRevenue(firm: "b", year: 2023)) {
            try RDIntensityAccounting(missing: .error).intensities(in: panel(revenueOfSupported: 100), year: 2023)
        }
    }
}
