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
    /// words (是/否, 有/无, …) turned into 0/1 by ``values``.
    public func readPanel() throws(EvaluationError) -> Table {
        let panel = try readTable(data.panel, categorical: [columns.id])
        return try recodingFlag(panel)
    }

    /// `panel` with the supported flag column (when it is a plain flag column written in
    /// words) replaced by 0/1 by the yes and no words of ``values``.
    ///
    /// - Throws: ``EvaluationError/problems(_:)`` listing every cell that is neither a yes
    ///   nor a no word (up to ``DataProblems/defaultLimit``, then a count), each placed in
    ///   the panel file by its data row.
    func recodingFlag(_ panel: Table) throws(EvaluationError) -> Table {
        guard case .flag(let name)? = try? SupportCriterion(parsing: columns.supported),
              panel.hasColumn(name), let words = try? panel.categorical(name) else { return panel }
        var numbers: [Double?] = []
        var problems: [DataProblem] = []
        numbers.reserveCapacity(panel.rowCount)
        for row in 0..<panel.rowCount {
            guard let word = words[row] else { numbers.append(nil); continue }
            if values.yes.contains(word) { numbers.append(1) } else if values.no.contains(word) { numbers.append(0) } else {
                numbers.append(nil)
                problems.append(flagWordProblem(word, column: name, row: row))
            }
        }
        guard problems.isEmpty else { throw .problems(DataProblems(problems)) }
        let columns = zip(panel.columnNames, panel.columns).map { entry -> (name: String, column: Column) in
            (entry.0, entry.0 == name ? .numeric(NumericColumn(numbers)) : entry.1)
        }
        return (try? Table(columns: columns, units: panel.units)) ?? panel
    }

    /// `word` in the flag column `column` at the 0-based data `row` of the panel file.
    private func flagWordProblem(_ word: String, column: String, row: Int) -> DataProblem {
        DataProblem(place: .record(file: path(data.panel), key: "data row \(row + 1)", column: column),
                    kind: .invalidValue(found: word, expected: "a yes word (\(values.yes.joined(separator: " "))) or a no word "
                                        + "(\(values.no.joined(separator: " "))); add it to [values] yes or no in impact.toml"))
    }
}
