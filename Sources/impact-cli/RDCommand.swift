import ArgumentParser
import Impact

/// `impact rd`: R&D intensity (研发投入强度) per sector and of supported firms.
struct RDCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rd",
        abstract: "R&D intensity per sector and of supported firms: aggregate and mean of firm ratios.",
        discussion: """
        For each sector and for all sectors, all firms and supported firms: aggregate \
        intensity ΣR&D ÷ Σrevenue × 100 (what statistics and the performance table report) \
        and the mean of firm ratios (each firm weighs the same). With no --data, runs on the \
        bundled datasets/chaoyang-2024/panel.csv.
        """
    )

    @OptionGroup var panel: PanelOptions

    @Option(help: "R&D spending column (default rd_wan, or the project's).")
    var rd: String?

    @Option(help: "Revenue column (default revenue_wan, or the project's).")
    var revenue: String?

    @OptionGroup var missingValues: AccountingMissingOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let data = try panel.readPanel()
        let columns = try panel.keys.columns()
        let accounting = RDIntensityAccounting(rd: rd ?? columns.rd, revenue: revenue ?? columns.revenue,
                                               support: try panel.supportCriterion() ?? .standard,
                                               layout: try panel.layout(), missing: missingValues.missing)
        let year = try panel.evaluatedYear()
        try output.write(placingProblems(in: try panel.panelPath()) { try accounting.intensities(in: data, year: year) })
    }
}
