import Foundation

extension EvaluationProject {
    /// Reads the project in `directory`: its `impact.toml` when there is one, else the
    /// folder by the bundled dataset's conventions (``conventional(directory:)``).
    ///
    /// - Throws: ``EvaluationError/notADirectory(path:)``; ``EvaluationError/project(_:)``
    ///   for a project file that cannot be read, with the key and line.
    public static func load(directory: URL) throws(EvaluationError) -> EvaluationProject {
        let url = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .notADirectory(path: directory.path)
        }
        let file = url.appendingPathComponent(fileName).path
        guard FileManager.default.fileExists(atPath: file) else { return conventional(directory: url.path) }
        do {
            return try EvaluationProject(toml: readText(file), file: file, directory: url.path)
        } catch {
            throw .project(error)
        }
    }

    /// The text of the project file at `path`.
    static func readText(_ path: String) throws(ProjectFileError) -> String {
        let bytes: Data
        do { bytes = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(file: path, reason: error.localizedDescription)
        }
        guard let text = String(data: bytes, encoding: .utf8) else {
            throw .unreadable(file: path, reason: "it is not UTF-8 text; save it as UTF-8")
        }
        return text
    }

    /// Whether a data file exists: the path itself, or the workbook of `FILE.xlsx#Sheet`.
    static func fileExists(_ path: String) -> Bool {
        if FileManager.default.fileExists(atPath: path) { return true }
        guard let hash = path.lastIndex(of: "#") else { return false }
        return FileManager.default.fileExists(atPath: String(path[..<hash]))
    }

    /// The reading options of every data file of the project: the reader's missing markers
    /// plus `na_values`, the declared units, and `categorical` kept as text.
    public func readOptions(categorical: Set<String> = []) -> CSVReadOptions {
        CSVReadOptions(missingMarkers: CSVReadOptions.defaultMissingMarkers.union(values.naValues),
                       units: values.units, categoricalColumns: categorical)
    }

    /// Reads the data file `name` (relative to the folder): the one place where the project
    /// reads a table.
    public func readTable(_ name: String, categorical: Set<String> = []) throws(EvaluationError) -> Table {
        let file = path(name)
        guard Self.fileExists(file) else { throw .missingFile(directory: directory, file: name) }
        do { return try TableFile.read(path: file, options: readOptions(categorical: categorical)) } catch {
            throw .data(error)
        }
    }

    /// Reads the firm panel, the firm identifier kept as text and a flag column written in
    /// words (是/否, 有/无, Y/N, TRUE/FALSE, …) turned into 0/1 by
    /// ``ProjectValueVocabulary/flagVocabulary`` (``recodingFlag(_:)``).
    public func readPanel() throws(EvaluationError) -> Table {
        let panel = try readTable(data.panel, categorical: [columns.id])
        return try recodingFlag(panel)
    }
}
