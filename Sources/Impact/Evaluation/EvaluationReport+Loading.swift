import Foundation

extension EvaluationReport {
    /// Reads the dataset folder `directory` and computes the report (see the type's
    /// description for the files), scoring the indicator table under `profile` (default
    /// ``ScoringProfile/mof2020``; resolve a user's name or file with
    /// ``ScoringProfile/resolve(_:)``).
    ///
    /// - Throws: ``EvaluationError/notADirectory(path:)``, ``EvaluationError/missingFile(directory:file:)``,
    ///   ``EvaluationError/data(_:)`` for unreadable CSV, ``EvaluationError/noEffectLines(file:)``,
    ///   ``EvaluationError/effectLines(file:_:)`` for the errors of
    ///   ``SectorEffectTable/init(panel:lines:year:layout:supportLineColumn:subsidy:)``, and
    ///   ``EvaluationError/accounting(_:)`` when the panel has no year.
    public static func load(directory: URL,
                            profile: ScoringProfile = .mof2020) throws(EvaluationError) -> EvaluationReport {
        let folder = try DatasetFolder(directory)
        let indicatorsName = indicatorsFiles.first(where: folder.has) ?? indicatorsFiles[0]
        let indicatorsPath = try folder.path(indicatorsName)
        let linesPath = try folder.path(effectLinesFile)
        let panelPath = try folder.path(panelFile)
        let lines = try folder.read(effectLinesFile)
        guard lines.rowCount > 0 else { throw .noEffectLines(file: linesPath) }
        let panel = try folder.read(panelFile, options: CSVReadOptions(categoricalColumns: ["firm_id"]))
        let year: Int
        do { year = try PanelLayout().latestYear(in: panel) } catch { throw .accounting(error) }

        let scoreSheet: ScoreSheet
        do {
            scoreSheet = try ScoreSheet(table: IndicatorTable(contentsOfFile: indicatorsPath), profile: profile,
                                        data: FirmData(table: panel, file: panelPath))
        } catch {
            throw .scoring(error)
        }
        let measured: SectorEffectTable
        do {
            measured = try SectorEffectTable(panel: panel, lines: lines, year: year)
        } catch {
            throw .effectLines(file: linesPath, error)
        }
        let table = SectorEffectTable(effects: measured.effects, amountUnit: measured.amountUnit,
                                      notes: [.fromFirmPanel(file: panelFile)])
        let attribution = Result { () throws(PolicyEffectError) in
            try AttributionComparison.compute(panel: panel, lines: sectorLines(of: lines), year: year)
        }
        return EvaluationReport(directory: folder.url.path, year: year, scoreSheet: scoreSheet, sectorEffects: table,
                                attribution: try? attribution.get(), isSynthetic: folder.saysSynthetic,
                                attributionFailure: attribution.failure)
    }

    /// The lines measured within a sector, for the naive-versus-causal comparison (the
    /// district-wide line has no unsupported comparison of its own). The lines table's
    /// `sector` and `value` cells were checked by the accounting before.
    static func sectorLines(of lines: Table) -> [(sector: String, value: String)] {
        let sectors = try? lines.categorical("sector"), values = try? lines.categorical("value")
        return (0..<lines.rowCount).compactMap { row -> (sector: String, value: String)? in
            guard let sector = sectors?[row], let value = values?[row],
                  sector != SectorEffectTable.districtScope else { return nil }
            return (sector, value)
        }
    }
}

extension Result {
    /// The error, or `nil` on success.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

/// A dataset folder on disk: its files by name, checked to exist.
private struct DatasetFolder {
    /// The folder, standardized.
    let url: URL

    /// `directory`, which must be an existing folder.
    init(_ directory: URL) throws(EvaluationError) {
        url = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw .notADirectory(path: directory.path)
        }
    }

    /// Whether the folder has a file `name`.
    func has(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path)
    }

    /// The path of file `name`, which must exist.
    func path(_ name: String) throws(EvaluationError) -> String {
        guard has(name) else { throw .missingFile(directory: url.path, file: name) }
        return url.appendingPathComponent(name).path
    }

    /// The CSV file `name` as a table.
    func read(_ name: String, options: CSVReadOptions = CSVReadOptions()) throws(EvaluationError) -> Table {
        let file = try path(name)
        do { return try TableFile.read(path: file, options: options) } catch { throw .data(error) }
    }

    /// Whether the folder's README says the data are synthetic.
    var saysSynthetic: Bool {
        let readme = (try? String(contentsOf: url.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        return readme.lowercased().contains("synthetic")
    }
}
