import Testing
import Impact

@Suite("Growth accounting on a firm panel")
struct GrowthAccountingTests {
    let accounting = GrowthAccounting(value: "revenue_wan", subsidy: "subsidy_wan")

    @Test("increment, totals, pull, growth, contribution and leverage worked by hand")
    func handWorked() throws {
        let table = try accounting.effects(in: AccountingTestPanels.tiny(), year: 2023)
        #expect(table.effects.map(\.name.zh) == ["A", "B"])
        let a = table.effects[0], b = table.effects[1]
        // Sector A: Δsupported = (130−100) + (95−100) = 25 over 500; sector 500 → 535.
        #expect(a.supportedFirms == 2)
        #expect(a.subsidy == 15)
        #expect(abs(a.supportedIncrement - 25) < 1e-12)
        #expect(a.priorTotal == 500)
        #expect(a.currentTotal == 535)
        #expect(abs(a.pull - 5) < 1e-12)
        #expect(abs(a.growthRate! - 7) < 1e-12)
        #expect(abs(a.contributionShare! - 2500.0 / 35) < 1e-9)
        #expect(abs(a.leverage! - 25.0 / 15) < 1e-12)
        // Sector B: Δsupported = 60 over 1000; sector unchanged, so no contribution share.
        #expect(b.supportedFirms == 1)
        #expect(abs(b.pull - 6) < 1e-12)
        #expect(abs(b.growthRate!) < 1e-12)
        #expect(b.contributionShare == nil)
        #expect(abs(b.leverage! - 3) < 1e-12)
    }

    @Test("sectors ranked by pull and by leverage")
    func ranking() throws {
        let table = try accounting.effects(in: AccountingTestPanels.tiny(), year: 2023)
        #expect(table.ranks(by: .pull) == [2, 1])
        #expect(table.ranks(by: .leverage) == [2, 1])
        #expect(table.ranks(by: .contributionShare) == [1, nil])
        #expect(table.ranked(by: .pull).map(\.name.zh) == ["B", "A"])
    }

    @Test("pooled district total")
    func pooled() throws {
        let district = GrowthAccounting(value: "revenue_wan", subsidy: "subsidy_wan", grouping: .district)
        let effect = try #require(district.effects(in: AccountingTestPanels.tiny(), year: 2023).effects.first)
        // Δsupported = 25 + 60 = 85 over 1500; district 1500 → 1535.
        #expect(effect.name.zh == "全区")
        #expect(effect.supportedFirms == 3)
        #expect(abs(effect.pull - 8500.0 / 1500) < 1e-12)
        #expect(abs(effect.contributionShare! - 8500.0 / 35) < 1e-9)
        #expect(abs(effect.leverage! - 85.0 / 35) < 1e-12)
    }

    @Test("support by subsidy amount and by category pick the same firms here")
    func otherCriteria() throws {
        let bySubsidy = GrowthAccounting(value: "revenue_wan", support: .subsidy(column: "subsidy_wan"))
        let effects = try bySubsidy.effects(in: AccountingTestPanels.tiny(), year: 2023).effects
        #expect(effects.map(\.supportedFirms) == [2, 1])
        let onlyB = GrowthAccounting(value: "revenue_wan", support: .category(column: "sector", value: "B"),
                                     grouping: .bySector(only: ["B"]))
        let b = try onlyB.effects(in: AccountingTestPanels.tiny(), year: 2023).effects
        // Both B firms count: Δ = 60 − 60 = 0.
        #expect(b.count == 1)
        #expect(b[0].supportedFirms == 2)
        #expect(b[0].pull == 0)
    }

    @Test("a zero previous-year total names the sector and year")
    func zeroPriorTotal() throws {
        #expect(throws: AccountingError.zeroPriorTotal(sector: "B", year: 2022)) {
            try accounting.effects(in: AccountingTestPanels.tiny(zeroSectorB: true), year: 2023)
        }
        #expect(throws: AccountingError.zeroPriorTotal(sector: "X", year: 2022)) {
            try SectorEffect(group: .sector("X"), measure: "v",
                             year: 2023, supportedFirms: 1, subsidy: 1, supportedIncrement: 1,
                             priorTotal: 0, currentTotal: 1)
        }
        let message = AccountingError.zeroPriorTotal(sector: "工业", year: 2022).description
        #expect(message.contains("工业") && message.contains("2022"))
    }

    @Test("a duplicate firm-year is refused")
    func duplicateFirmYear() throws {
        do {
            _ = try accounting.effects(in: AccountingTestPanels.tiny(duplicateLast: true), year: 2023)
            Issue.record("no error thrown")
        } catch let error as AccountingError {
            guard case .panel(.duplicateKeys(_, _, let first, let count)) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            // g2 in 2023 is data row 10 and again row 11 (1-based).
            #expect(count == 1)
            #expect(first == [PanelError.DuplicateKey(entity: "g2", time: 2023, rows: [10, 11])])
            #expect(error.description.contains("g2 at 2023"))
        }
    }

    @Test("an unknown column suggests the nearest name")
    func unknownColumn() throws {
        let misspelled = GrowthAccounting(value: "revenu_wan")
        #expect(throws: AccountingError.table(.unknownColumn("revenu_wan", nearest: "revenue_wan"))) {
            try misspelled.effects(in: AccountingTestPanels.tiny(), year: 2023)
        }
        let message = AccountingError.table(.unknownColumn("revenu_wan", nearest: "revenue_wan")).description
        #expect(message == "No column named 'revenu_wan'; did you mean 'revenue_wan'?")
    }

    @Test("a year without a previous year, and an unknown sector, are refused")
    func missingYearAndSector() throws {
        #expect(throws: AccountingError.yearNotFound(2021, available: [2022, 2023])) {
            try accounting.effects(in: AccountingTestPanels.tiny(), year: 2022)
        }
        let wrong = GrowthAccounting(value: "revenue_wan", grouping: .bySector(only: ["AA"]))
        #expect(throws: AccountingError.unknownSector("AA", nearest: "A")) {
            try wrong.effects(in: AccountingTestPanels.tiny(), year: 2023)
        }
    }

    @Test("a supported firm without a value is left out of both years and counted, or refused under --missing error")
    func missingSupportedValue() throws {
        let panel = try AccountingTestPanels.tiny(blankFirstRevenue: true)
        // f1 (supported) has no 2022 revenue: it leaves sector A's totals and increment.
        // A: f2 300 → 310, f3 100 → 95: prior 400, current 405, Δsupported = 95 − 100 = −5,
        // subsidy 5 (f3 only). B unchanged.
        let table = try accounting.effects(in: panel, year: 2023)
        let sectorA = try #require(table.effects.first)
        #expect(sectorA.priorTotal == 400 && sectorA.currentTotal == 405)
        #expect(sectorA.supportedIncrement == -5 && sectorA.subsidy == 5 && sectorA.supportedFirms == 1)
        #expect(table.notes.contains(.firmsLeftOut(group: "A", year: 2023, supported: 1, unsupported: 0)))
        let refusing = GrowthAccounting(value: "revenue_wan", subsidy: "subsidy_wan", missing: .error)
        #expect(throws: AccountingError.incompletePairs([MissingFirmValue(firm: "f1", year: 2022, column: "revenue_wan", row: 0)])) {
            try refusing.effects(in: panel, year: 2023)
        }
    }

    @Test("a value missing for every firm of the previous year is a missing total")
    func missingPriorTotal() throws {
        let rdGrowth = GrowthAccounting(value: "rd_wan")
        #expect(throws: AccountingError.missingPriorTotal(sector: "A", year: 2022)) {
            try rdGrowth.effects(in: AccountingTestPanels.tiny(), year: 2023)
        }
    }

    @Test("report table: one row per sector, keys and ranks")
    func reportTable() throws {
        let report = try accounting.effects(in: AccountingTestPanels.tiny(), year: 2023).reportTable()
        #expect(report.rows.count == 2)
        let keys = report.columns.map(\.key)
        let pull = try #require(keys.firstIndex(of: "pull_pp"))
        let rank = try #require(keys.firstIndex(of: "rank_pull"))
        #expect(report.rows[1][pull] == .percentagePoints(6, decimals: 2))
        #expect(report.rows[1][rank] == .integer(1))
        #expect(report.rows[1][keys.firstIndex(of: "contribution_pct")!] == .empty)
    }

    @Test("units: a column declared in 亿元 gives leverage in 万元 per 万元 and prints in any unit")
    func units() throws {
        let panel = try Table(columns: [
            ("firm_id", .categorical(CategoricalColumn(["a", "a", "b", "b"]))),
            ("year", .numeric(NumericColumn(values: [2022, 2023, 2022, 2023]))),
            ("sector", .categorical(CategoricalColumn(["S", "S", "S", "S"]))),
            ("supported", .numeric(NumericColumn(values: [1, 1, 0, 0]))),
            ("subsidy_yuan", .numeric(NumericColumn(values: [2e6, 2e6, 0, 0]))),
            ("revenue", .numeric(NumericColumn(values: [1, 1.5, 3, 3]))),
        ], units: ["revenue": .yi])
        let table = try GrowthAccounting(value: "revenue", subsidy: "subsidy_yuan").effects(in: panel, year: 2023)
        #expect(table.amountUnit == .yi)
        let effect = try #require(table.effects.first)
        // Subsidy 2,000,000 元 = 200 万元; Δ = 0.5亿元 = 5000万元 → 25 万元 per 万元.
        #expect(effect.subsidy == 200)
        #expect(abs(table.leveragePerWan(effect)! - 25) < 1e-12)
        let report = table.reportTable(unit: .wan)
        let increment = try #require(report.columnIndex("increment"))
        #expect(report.rows[0][increment] == .number(5000, decimals: 2))
        #expect(MoneyUnit.impliedBy(columnName: "rd_wan") == .wan)
        #expect(MoneyUnit.impliedBy(columnName: "employees") == nil)
    }
}

@Suite("Accounting defaults")
struct AccountingDefaultsTests {
    @Test("defaults match the bundled dataset's columns")
    func defaults() throws {
        let layout = PanelLayout()
        #expect([layout.firm, layout.year, layout.sector] == ["firm_id", "year", "sector"])
        let growth = GrowthAccounting(value: "revenue_wan")
        #expect(growth.support == .flag(column: "supported"))
        #expect(growth.subsidy == nil)
        #expect(growth.grouping == .bySector())
        let labels = try growth.effects(in: AccountingTestPanels.tiny(), year: 2023).effects.map(\.measureLabel)
        #expect(!labels.isEmpty && labels.allSatisfy { $0 == LocalizedText(zh: "营业收入", en: "Revenue") })
        let rd = RDIntensityAccounting()
        #expect([rd.rd, rd.revenue] == ["rd_wan", "revenue_wan"])
        let totals = SectorTotalsLayout()
        #expect([totals.sector, totals.increment, totals.priorTotal] == ["sector", "increment_wan", "prior_total_wan"])
    }
}
