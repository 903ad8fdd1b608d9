import ArgumentParser
import Foundation
import Impact

/// `--project DIR` and `--na-values`: the project file a command takes its columns from, and
/// extra missing markers. The one place where commands read a data file.
struct ProjectOptions: ParsableArguments {
    @Option(help: "Project folder: take the data file and every column role from its impact.toml.")
    var project: String?

    @Option(name: .customLong("na-values"), help: "Comma-separated cell texts that mean missing, e.g. '/,无数据'.")
    var naValues: String?

    /// The project of `--project`, or `nil`.
    func loadProject() throws -> EvaluationProject? {
        try project.map { try EvaluationProject.load(directory: URL(fileURLWithPath: $0)) }
    }

    /// Reads a data table with the project's reading options and `--na-values`; with
    /// `columns`, only those (every column when the file lacks one of them, so that the
    /// command reports the unknown name as it would have), plus those of `optional` the file
    /// has (a column whose mere presence matters, such as a name a command must not reuse).
    func read(_ path: String, categorical: Set<String> = [], columns: Set<String>? = nil,
              optional: Set<String> = []) throws -> Table {
        let options = try readOptions(categorical: categorical)
        guard let columns else { return try TableFile.read(path: path, options: options) }
        return try Self.read(path, options: options, columns: columns, optional: optional)
    }

    /// The reading options of every data file: the project's (its `na_values` and units)
    /// with `--na-values` added, `categorical` kept as text.
    func readOptions(categorical: Set<String> = []) throws -> CSVReadOptions {
        readOptions(of: try loadProject(), categorical: categorical)
    }

    /// ``readOptions(categorical:)`` of an already loaded `project` (or none).
    func readOptions(of project: EvaluationProject?, categorical: Set<String> = []) -> CSVReadOptions {
        var options = project?.readOptions(categorical: categorical) ?? CSVReadOptions(categoricalColumns: categorical)
        options.missingMarkers.formUnion(commaSeparated(naValues))
        return options
    }

    /// `path` with only `columns` and those of `optional` it has, or every column when the
    /// file lacks one of `columns`.
    private static func read(_ path: String, options: CSVReadOptions, columns: Set<String>,
                             optional: Set<String>) throws(CSVError) -> Table {
        var selecting = options
        selecting.optionalColumns = optional
        selecting.selectedColumns = columns
        do {
            return try TableFile.read(path: path, options: selecting)
        } catch .unknownOptionColumn {
            return try TableFile.read(path: path, options: options)
        }
    }

    /// The firm panel: `data`, else the project's panel (flag words recoded), else `fallback()`;
    /// the `id` column (when named) is kept as text; `columns` as in ``read(_:categorical:columns:)``.
    func readPanel(_ data: String?, id: String?, columns: Set<String>? = nil, fallback: () throws -> String) throws -> Table {
        if data == nil, var project = try loadProject() {
            project.values.naValues += commaSeparated(naValues)
            return try project.readPanel()
        }
        return try read(data ?? fallback(), categorical: Set([id].compactMap { $0 }), columns: columns)
    }

    /// The path `readPanel` reads: `data`, the project's panel, or `fallback()`.
    func panelPath(_ data: String?, fallback: () throws -> String) throws -> String {
        if data == nil, let project = try loadProject() { return project.path(project.data.panel) }
        return try data ?? fallback()
    }
}

/// The panel's key columns, shared by every command that reads a firm panel: `--id` and
/// `--time` (default `firm_id` and `year`, or the project's), with `--project`.
struct PanelKeyOptions: ParsableArguments {
    @Option(help: "Firm identifier column (default firm_id, or the project's).")
    var id: String?
    @Option(help: "Period column, whole numbers such as years (default year, or the project's).")
    var time: String?
    @Option(name: .customLong("firm"), help: .hidden) var legacyFirm: String?
    @Option(name: .customLong("year-column"), help: .hidden) var legacyYear: String?
    @OptionGroup var project: ProjectOptions

    /// The project's columns, or the defaults.
    func columns() throws -> ProjectColumns { try project.loadProject()?.columns ?? ProjectColumns() }
    /// The firm identifier column.
    func idColumn() throws -> String { try id ?? legacyFirm ?? columns().id }
    /// The period column.
    func timeColumn() throws -> String { try time ?? legacyYear ?? columns().time }
}

/// Options shared by `impact growth` and `impact rd`: which firm panel, its key columns,
/// the year and how supported firms are recognised.
struct PanelOptions: ParsableArguments {
    @Option(help: "Firm panel CSV (default: the project's panel, or panel.csv of the bundled datasets/chaoyang-2024).")
    var data: String?
    @OptionGroup var keys: PanelKeyOptions
    @Option(help: "Sector column (default sector, or the project's).")
    var sector: String?
    @Option(help: "Year evaluated (growth: increments from the year before); default: the project's, else the latest year in the data.")
    var year: Int?
    @Option(help: ArgumentHelp(
        "Supported firms: a 0/1 column, or COLUMN=VALUE (e.g. 是否获得支持=是, support_line=研发投入).",
        discussion: "Default: the project's, else the column 'supported'."))
    var supported: String?

    /// The panel's key columns.
    func layout() throws -> PanelLayout {
        PanelLayout(firm: try keys.idColumn(), year: try keys.timeColumn(), sector: try sector ?? keys.columns().sector)
    }

    /// The evaluated year: `--year`, else the project's.
    func evaluatedYear() throws -> Int? { try year ?? keys.project.loadProject()?.evaluatedYear }

    /// The criterion of `--supported` (else the project's), or `nil` for the library's default.
    func supportCriterion() throws -> SupportCriterion? {
        let text = try supported ?? keys.project.loadProject()?.columns.supported
        return try text.map { try SupportCriterion(parsing: $0) }
    }

    /// Reads the panel: `--data`, the project's panel, or the bundled `panel.csv`.
    func readPanel() throws -> Table {
        try keys.project.readPanel(data, id: try keys.idColumn(), fallback: Self.bundledPanel)
    }

    /// The file ``readPanel()`` reads.
    func panelPath() throws -> String { try keys.project.panelPath(data, fallback: Self.bundledPanel) }

    /// `panel.csv` of the bundled dataset.
    static func bundledPanel() throws -> String {
        try BundledDataset.locate(
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            executable: URL(fileURLWithPath: CommandLine.arguments[0])).appendingPathComponent("panel.csv").path
    }

    func validate() throws {
        if let supported {
            do { _ = try SupportCriterion(parsing: supported) } catch { throw ValidationError(error.description) }
        }
    }
}
