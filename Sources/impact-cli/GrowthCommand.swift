import ArgumentParser
import Foundation
import Impact

/// `impact growth`: increment, pull (拉动), contribution share (贡献率) and leverage per 万元
/// of supported firms, by sector.
struct GrowthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "growth",
        abstract: "Growth pull, contribution share and leverage of supported firms by sector.",
        discussion: """
        From a firm panel: increment of supported firms Δ = Σ(x_t − x_{t−1}), pull = Δ ÷ \
        sector total of t−1 × 100 (percentage points), contribution = Δ ÷ sector increment \
        × 100, leverage = Δ ÷ subsidy (per 万元). Without --data, the bundled \
        datasets/chaoyang-2024/panel.csv is used. --subsidy alone (no --supported) marks \
        firms with a subsidy above zero as supported.

        --totals: the same from sector totals (columns sector, increment_wan, \
        prior_total_wan, …). --lines: one row per support line of a lines file (columns \
        line, sector — 全区 for all firms —, value), each measured on the panel with \
        support_line equal to the line.

        The report's pulls from the bundled dataset (datasets/chaoyang-2024):
          impact growth                                     8.2, 2.97
          impact growth --value output_wan --only 工业      2.53
          impact growth --value rd_wan --district
                        --supported support_line=研发投入   3.26
          impact growth --totals datasets/chaoyang-2024/sector_totals.csv
          impact growth --lines datasets/chaoyang-2024/sector_totals.csv
        """
    )

    @OptionGroup var panel: PanelOptions

    @Option(help: "Value column x (revenue, output, R&D…); default revenue_wan, or the project's revenue.")
    var value: String?

    @Option(help: "Subsidy column summed for leverage (default: subsidy_wan when the data has it).")
    var subsidy: String?

    @Option(help: "Sector totals CSV (one row per sector: sector, increment_wan, prior_total_wan, …) instead of a firm panel.")
    var totals: String?

    @Option(help: "Support lines to measure on the panel (columns line, sector, value; e.g. the bundled sector_totals.csv).")
    var lines: String?

    @Option(help: "Only these sectors, comma-separated (e.g. 工业,科技服务业).")
    var only: String?

    @Flag(help: "One district-wide group (全区) instead of one group per sector.")
    var district = false

    @Option(help: "Unit for increments and totals (default: the data's unit).")
    var unit: MoneyUnit?

    @Option(name: .customLong("sort-by"), help: "Sort sectors by this quantity, largest first (default: input order).")
    var sortBy: SectorRanking?

    @OptionGroup var missingValues: AccountingMissingOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if district, only != nil {
            throw ValidationError("--district and --only exclude each other: the district group holds every sector.")
        }
        if totals != nil, panel.data != nil || lines != nil {
            throw ValidationError("--totals works without firm data; it excludes --data and --lines.")
        }
        if lines != nil, value != nil || panel.supported != nil || only != nil || district {
            throw ValidationError("--lines sets the value, supported firms and sector of each line itself; drop --value, --supported, --only and --district.")
        }
    }

    func run() throws {
        let project = try panel.keys.project.loadProject()
        let request = try SectorEffectRequest(source: source(), subsidy: subsidy ?? project?.columns.subsidy,
                                              layout: panel.layout(), year: panel.evaluatedYear(),
                                              missing: missingValues.missing)
        let table = try placingProblems(in: totals ?? panel.panelPath()) { try request.effects() }
        try output.write((sortBy.map(table.sorted(by:)) ?? table).report(unit: unit, ranking: sortBy))
    }

    /// The files read: sector totals, support lines with the panel, or the panel.
    private func source() throws -> SectorEffectRequest.Source {
        let files = panel.keys.project
        if let totals { return .totals(try files.read(totals)) }
        if let lines { return .lines(try files.read(lines), panel: try panel.readPanel()) }
        return .panel(try panel.readPanel(), value: try value ?? files.loadProject()?.columns.revenue,
                      supported: try panel.supportCriterion(), grouping: grouping)
    }

    /// Every sector, the listed ones, or the district as one group.
    private var grouping: SectorGrouping {
        district ? .district : .bySector(only: only.map { commaSeparated($0) })
    }
}
