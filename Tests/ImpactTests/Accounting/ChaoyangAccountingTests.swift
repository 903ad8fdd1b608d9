import Foundation
import Testing
import Impact

/// The seed report's figures, reproduced from the files of `datasets/chaoyang-2024`.
///
/// Expected values come from the report (section 四（四） for the effect lines, 一（一） and
/// 四（三） for the totals, the performance table for 7.8 % and ≤ 1000万元), in its units:
/// 亿元 figures are multiplied by 10⁴ to compare with the files' 万元.
@Suite("Seed report reproduced from datasets/chaoyang-2024")
struct ChaoyangAccountingTests {
    /// (sector, value column, support criterion, grouping, firms, subsidy 万元, increment 万元,
    /// pull as printed, decimals printed).
    static let lines: [(sector: String, value: String, support: SupportCriterion, grouping: SectorGrouping,
                        firms: Int, subsidy: Double, increment: Double, pull: Double, decimals: Int)] = [
        ("软件和信息服务业", "revenue_wan", .flag(column: "supported"), .bySector(only: ["软件和信息服务业"]),
         14, 3400, 208.7e4, 8.2, 1),
        ("科技服务业", "revenue_wan", .flag(column: "supported"), .bySector(only: ["科技服务业"]),
         4, 530, 44.65e4, 2.97, 2),
        ("工业", "output_wan", .flag(column: "supported"), .bySector(only: ["工业"]),
         8, 380, 18.85e4, 2.53, 2),
        ("全区", "rd_wan", .category(column: "support_line", value: "研发投入"), .district,
         18, 2650, 13.13e4, 3.26, 2),
    ]

    static func read(_ name: String) throws -> Table {
        let options = name == "panel.csv" ? CSVReadOptions(categoricalColumns: ["firm_id"]) : CSVReadOptions()
        return try CSVReader.read(path: ChaoyangFiles.file(name).path, options: options)
    }

    /// `value` rounded to `decimals` places equals `printed`.
    static func roundsTo(_ value: Double, _ printed: Double, decimals: Int) -> Bool {
        let scale = pow(10, Double(decimals))
        return abs((value * scale).rounded() - printed * scale) < 1e-6
    }

    @Test("the four pulls, increments, firm counts and subsidies from the firm panel")
    func fromPanel() throws {
        let panel = try Self.read("panel.csv")
        for line in Self.lines {
            let accounting = GrowthAccounting(value: line.value, support: line.support, subsidy: "subsidy_wan",
                                              grouping: line.grouping)
            let effect = try #require(accounting.effects(in: panel, year: 2023).effects.first)
            #expect(effect.name.zh == line.sector)
            #expect(effect.supportedFirms == line.firms, "\(line.sector)")
            #expect(abs(effect.subsidy! - line.subsidy) < 1e-6, "\(line.sector)")
            #expect(abs(effect.supportedIncrement - line.increment) < 1e-6, "\(line.sector)")
            #expect(Self.roundsTo(effect.pull, line.pull, decimals: line.decimals),
                    "\(line.sector): pull \(effect.pull) does not round to \(line.pull)")
        }
    }

    @Test("the four pulls from the sector totals, and the 2022 totals agree with the panel")
    func fromTotals() throws {
        let totals = try SectorEffectTable(totals: Self.read("sector_totals.csv"))
        #expect(totals.effects.map(\.name.zh) == Self.lines.map(\.sector))
        #expect(totals.amountUnit == .wan)
        let panel = try Self.read("panel.csv")
        for (effect, line) in zip(totals.effects, Self.lines) {
            #expect(effect.year == 2023)
            #expect(effect.supportedFirms == line.firms)
            #expect(abs(effect.subsidy! - line.subsidy) < 1e-9)
            #expect(abs(effect.supportedIncrement - line.increment) < 1e-6)
            #expect(Self.roundsTo(effect.pull, line.pull, decimals: line.decimals),
                    "\(line.sector): pull \(effect.pull) does not round to \(line.pull)")
            let fromPanel = try #require(GrowthAccounting(value: line.value, support: line.support, grouping: line.grouping)
                .effects(in: panel, year: 2023).effects.first)
            #expect(abs(fromPanel.priorTotal - effect.priorTotal) < 1e-4, "\(line.sector)")
        }
    }

    @Test("the four lines measured on the panel from the lines in sector_totals.csv")
    func linesOnPanel() throws {
        let table = try SectorEffectTable(panel: Self.read("panel.csv"), lines: Self.read("sector_totals.csv"))
        #expect(table.effects.map(\.name.zh) == Self.lines.map(\.sector))
        #expect(table.effects.map(\.name.en) == ["Software and information services",
                                                  "Science and technology services", "Industry", "District"])
        for (effect, line) in zip(table.effects, Self.lines) {
            #expect(effect.supportedFirms == line.firms)
            #expect(abs(effect.subsidy! - line.subsidy) < 1e-6)
            #expect(abs(effect.supportedIncrement - line.increment) < 1e-6)
            #expect(Self.roundsTo(effect.pull, line.pull, decimals: line.decimals),
                    "\(line.sector): pull \(effect.pull) does not round to \(line.pull)")
        }
    }

    @Test("97 projects, 11513.2万元 in all, none above 1000万元; 46.074 + 11513.2 = 11559.274")
    func programmeTotals() throws {
        let panel = try Self.read("panel.csv")
        let years = try panel.numeric("year"), flags = try panel.numeric("supported")
        let subsidies = try panel.numeric("subsidy_wan")
        let rows2023 = (0..<panel.rowCount).filter { years[$0] == 2023 && flags[$0] == 1 }
        #expect(rows2023.count == 97)
        let awards = rows2023.map { subsidies[$0]! }
        #expect(abs(awards.reduce(0, +) - 11513.2) < 1e-6)
        #expect(awards.max()! <= 1000)

        let budget = try CSVReader.read(path: ChaoyangFiles.file("budget.csv").path)
        let keys = try budget.categorical("key"), values = try budget.numeric("value")
        let value = { (key: String) in values[keys.codes.firstIndex { keys.levels[Int($0)] == key }!]! }
        #expect(value("projects") == 97)
        #expect(abs(value("support_wan") - 11513.2) < 1e-9)
        #expect(abs(value("services_wan") - 46.074) < 1e-9)
        #expect(abs(value("budget_wan") - 11559.274) < 1e-9)
        #expect(abs(value("support_wan") + value("services_wan") - value("budget_wan")) < 1e-9)

        let lines = try CSVReader.read(path: ChaoyangFiles.file("support_lines.csv").path)
        #expect(try lines.numeric("firms").values.reduce(0, +) == 97)
        #expect(abs(try lines.numeric("subsidy_wan").values.reduce(0, +) - 11513.2) < 1e-6)
    }

    @Test("supported firms' R&D intensity ΣR&D/Σrevenue in 2023 is 7.8 % at one decimal")
    func supportedRDIntensity() throws {
        let table = try RDIntensityAccounting().intensities(in: Self.read("panel.csv"), year: 2023)
        let supported = try #require(table.allSupportedFirms)
        #expect(supported.firms.count == 97)
        #expect(Self.roundsTo(supported.aggregateIntensity, 7.8, decimals: 1))
        // The mean of firm ratios is a different statistic; it need not be 7.8.
        #expect(abs(supported.meanOfFirmIntensities - supported.aggregateIntensity) > 0.05)
    }

    @Test("the panel has pre-periods and unsupported firms in every sector")
    func panelShape() throws {
        let panel = try Self.read("panel.csv")
        let years = try panel.numeric("year"), flags = try panel.numeric("supported")
        let sectors = try panel.categorical("sector")
        #expect(Set(years.values) == [2019, 2020, 2021, 2022, 2023])
        for sector in sectors.levels {
            let rows = (0..<panel.rowCount).filter { sectors[$0] == sector && years[$0] == 2023 }
            #expect(rows.contains { flags[$0] == 0 }, "\(sector) lacks unsupported firms")
            #expect(rows.contains { flags[$0] == 1 }, "\(sector) lacks supported firms")
        }
    }
}
