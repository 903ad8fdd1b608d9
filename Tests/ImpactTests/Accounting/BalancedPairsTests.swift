import Testing
import Impact

/// The issue's case rebuilt: a 300-firm panel where one unsupported firm has a blank 2022
/// revenue. Under the old rule that firm entered the 2023 total only, inflating sector growth
/// and shrinking the contribution share without a word.
@Suite("Growth accounting: balanced pairs")
struct BalancedPairsTests {
    /// Sector 工业, 300 firms, years 2022 → 2023:
    /// - F001…F100 supported (subsidy 10 万元 each): 100 → 130;
    /// - F101…F299 unsupported: 100 → 105;
    /// - F300 unsupported: blank in 2022, 2000 in 2023.
    static func issuePanel() throws -> Table {
        var firms: [String] = [], years: [Double] = [], sectors: [String] = []
        var supported: [Double] = [], subsidy: [Double] = [], revenue: [Double?] = []
        for index in 1...300 {
            let name = "F" + String(repeating: "0", count: 3 - String(index).count) + String(index)
            let isSupported = index <= 100
            let values: (Double?, Double) = index == 300 ? (nil, 2000) : (100, isSupported ? 130 : 105)
            for (year, value) in [(2022.0, values.0), (2023.0, values.1)] {
                firms.append(name); years.append(year); sectors.append("工业")
                supported.append(isSupported ? 1 : 0); subsidy.append(isSupported ? 10 : 0)
                revenue.append(value)
            }
        }
        return try AccountingTestPanels.panel(firms: firms, years: years, sectors: sectors, supported: supported,
                                              subsidy: subsidy, revenue: revenue)
    }

    @Test("the blank firm leaves both totals; figures worked by hand; the note counts it")
    func issueCase() throws {
        let table = try GrowthAccounting(value: "revenue_wan", subsidy: "subsidy_wan")
            .effects(in: Self.issuePanel(), year: 2023)
        let line = try #require(table.effects.first)
        // prior = 299 × 100 = 29 900; current = 100 × 130 + 199 × 105 = 13 000 + 20 895 = 33 895.
        #expect(line.priorTotal == 29_900)
        #expect(line.currentTotal == 33_895)
        // Δsupported = 100 × 30 = 3 000; Δtotal = 3 995.
        #expect(line.supportedIncrement == 3_000)
        // growth = 3 995 / 29 900 = 13.3612 %  (old rule: (35 895 − 29 900) / 29 900 = 20.05 %)
        #expect(abs(try #require(line.growthRate) - 3_995.0 / 29_900 * 100) < 1e-9)
        #expect(abs(try #require(line.growthRate) - 13.3612) < 1e-4)
        // contribution = 3 000 / 3 995 = 75.0939 %  (old rule: 3 000 / 5 995 = 50.04 %)
        #expect(abs(try #require(line.contributionShare) - 75.0939) < 1e-4)
        // pull = 3 000 / 29 900 = 10.0334 pp; leverage = 3 000 / (100 × 10) = 3.
        #expect(abs(line.pull - 10.0334) < 1e-4)
        #expect(line.leverage == 3)
        #expect(table.notes == [.supportedIncrement(.standard, year: 2023), .balancedPairs(year: 2023),
                                .firmsLeftOut(group: "工业", year: 2023, supported: 0, unsupported: 1)])
        let json = table.jsonValue(language: .en)
        guard case let .array(notes)? = json["notes"] else { Issue.record("no notes"); return }
        #expect(notes.map { $0["code"] } == [.string("supported_increment"), .string("balanced_pairs"),
                                              .string("firms_left_out")])
        #expect(notes.last?["message"] == .string("工业: 1 firm(s) lacking the 2022 or 2023 value left out (0 supported, 1 unsupported)."))
    }

    @Test("--missing error refuses, listing every firm at once with its data row")
    func refuses() throws {
        var panel = try Self.issuePanel()
        // A second gap: F050 (supported) without its 2023 revenue, data row 100 (0-based 99).
        var revenue = try panel.numeric("revenue_wan").values.map { $0.isNaN ? nil : Optional($0) }
        revenue[99] = nil
        panel = try panel.replacing("revenue_wan", with: revenue)
        let accounting = GrowthAccounting(value: "revenue_wan", missing: .error)
        let expected: [MissingFirmValue] = [
            MissingFirmValue(firm: "F050", year: 2023, column: "revenue_wan", row: 99),
            MissingFirmValue(firm: "F300", year: 2022, column: "revenue_wan", row: 598),
        ]
        #expect(throws: AccountingError.incompletePairs(expected)) {
            try accounting.effects(in: panel, year: 2023)
        }
        let message = AccountingError.incompletePairs(expected).description
        #expect(message.hasPrefix("2 firm(s) lack a value"))
        #expect(message.contains("firm 'F050' has no 'revenue_wan' in 2023 (data row 100)"))
        #expect(message.contains("firm 'F300' has no 'revenue_wan' in 2022 (data row 599)"))
    }

    /// Sector A: a (supported) 10 → 20 and b 50 → 50; c enters in 2023 with 30; d leaves
    /// after 2022 with 40. Sector B: only an entrant e (2023: 5).
    static func entrantsAndExits() throws -> Table {
        try Table(columns: [
            ("firm_id", .categorical(CategoricalColumn(["a", "a", "b", "b", "c", "d", "e"]))),
            ("year", .numeric(NumericColumn(values: [2022, 2023, 2022, 2023, 2023, 2022, 2023]))),
            ("sector", .categorical(CategoricalColumn(["A", "A", "A", "A", "A", "A", "B"]))),
            ("supported", .numeric(NumericColumn(values: [1, 1, 0, 0, 0, 0, 1]))),
            ("revenue_wan", .numeric(NumericColumn([10, 20, 50, 50, 30, 40, 5]))),
        ])
    }

    @Test("entrants and exits are left out; a sector without any pair is not ranked")
    func entrantsExitsAndUnranked() throws {
        let table = try GrowthAccounting(value: "revenue_wan").effects(in: Self.entrantsAndExits(), year: 2023)
        // A over a and b only: prior 60, current 70, Δsupported 10, pull 10/60 × 100 = 16.67.
        #expect(table.effects.count == 1)
        let line = try #require(table.effects.first)
        #expect(line.priorTotal == 60 && line.currentTotal == 70 && line.supportedIncrement == 10)
        #expect(table.notes.contains(.firmsLeftOut(group: "A", year: 2023, supported: 0, unsupported: 2)))
        #expect(table.notes.contains(.firmsLeftOut(group: "B", year: 2023, supported: 1, unsupported: 0)))
        #expect(table.notes.contains(.notRanked(group: "B", year: 2023)))
        #expect(table.ranks(by: .pull) == [1])
        // Asked for by name, B cannot be measured: an error naming it.
        #expect(throws: AccountingError.missingPriorTotal(sector: "B", year: 2022)) {
            try GrowthAccounting(value: "revenue_wan", grouping: .bySector(only: ["B"]))
                .effects(in: Self.entrantsAndExits(), year: 2023)
        }
    }

    @Test("COLUMN=VALUE matching no firm names the values that occur; a negative subsidy is an error")
    func criterionAndNegativeSubsidy() throws {
        let panel = try AccountingTestPanels.tiny()
        let wrongLine = GrowthAccounting(value: "revenue_wan", support: .category(column: "sector", value: "C"))
        #expect(throws: AccountingError.noFirmMatches(column: "sector", value: "C", occurring: ["A", "B"])) {
            try wrongLine.effects(in: panel, year: 2023)
        }
        #expect(AccountingError.noFirmMatches(column: "sector", value: "C", occurring: ["A", "B"]).description
                == "No firm has 'sector' = 'C'; the values that occur are: A, B.")
        var subsidy = try panel.numeric("subsidy_wan").values.map(Optional.init)
        subsidy[3] = -2  // f2 in 2023 (data row 4)
        let negative = try panel.replacing("subsidy_wan", with: subsidy)
        #expect(throws: AccountingError.negativeAmount(column: "subsidy_wan", firm: "f2", year: 2023, row: 3, value: -2)) {
            try GrowthAccounting(value: "revenue_wan", subsidy: "subsidy_wan").effects(in: negative, year: 2023)
        }
    }
}

extension Table {
    /// A copy with the numeric column `name` replaced by `values`.
    func replacing(_ name: String, with values: [Double?]) throws -> Table {
        try Table(columns: columnNames.map { column in
            column == name ? (column, .numeric(NumericColumn(values))) : (column, self.columns[columnNames.firstIndex(of: column)!])
        })
    }
}
