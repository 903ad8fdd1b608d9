import ArgumentParser
import Foundation
import Impact

/// Options shared by `impact growth` and `impact rd`: which firm panel, its key columns,
/// the year and how supported firms are recognised.
struct PanelOptions: ParsableArguments {
    @Option(help: "Firm panel CSV (default: panel.csv of the bundled datasets/chaoyang-2024).")
    var data: String?

    @Option(help: "Firm identifier column.")
    var firm: String = "firm_id"

    @Option(name: .customLong("year-column"), help: "Year column.")
    var yearColumn: String = "year"

    @Option(help: "Sector column.")
    var sector: String = "sector"

    @Option(help: "Year evaluated (growth: increments from the year before); default: the latest year in the data.")
    var year: Int?

    @Option(help: ArgumentHelp(
        "Supported firms: a 0/1 column, or COLUMN=VALUE for one support line (e.g. support_line=研发投入).",
        discussion: "Default: the column 'supported'."))
    var supported: String?

    /// The panel's key columns.
    var layout: PanelLayout { PanelLayout(firm: firm, year: yearColumn, sector: sector) }

    /// The criterion of `--supported`, or `nil` when it is not given (the library's default).
    func supportCriterion() throws -> SupportCriterion? {
        try supported.map { try SupportCriterion(parsing: $0) }
    }

    /// The panel file: `--data`, or the bundled dataset's `panel.csv`.
    func panelPath() throws -> String {
        if let data { return data }
        let folder = try BundledDataset.locate(
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            executable: URL(fileURLWithPath: CommandLine.arguments[0]))
        return folder.appendingPathComponent("panel.csv").path
    }

    /// Reads the panel, keeping the firm identifier as text.
    func readPanel() throws -> Table {
        try CSVReader.read(path: try panelPath(), options: CSVReadOptions(categoricalColumns: [firm]))
    }

    func validate() throws {
        if let supported {
            do { _ = try SupportCriterion(parsing: supported) } catch { throw ValidationError(error.description) }
        }
    }
}
