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
        let folder = directory.standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw .notADirectory(path: directory.path)
        }
        func path(_ name: String) throws(EvaluationError) -> String {
            let file = folder.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: file) else {
                throw .missingFile(directory: folder.path, file: name)
            }
            return file
        }
        func read(_ name: String, options: CSVReadOptions = CSVReadOptions()) throws(EvaluationError) -> Table {
            let file = try path(name)
            do { return try CSVReader.read(path: file, options: options) } catch { throw .data(error) }
        }

        let indicatorsName = indicatorsFiles.first {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        } ?? indicatorsFiles[0]
        let indicatorsPath = try path(indicatorsName)
        let linesPath = try path(effectLinesFile)
        let panelPath = try path(panelFile)
        let lines = try read(effectLinesFile)
        guard lines.rowCount > 0 else { throw .noEffectLines(file: linesPath) }
        let panel = try read(panelFile, options: CSVReadOptions(categoricalColumns: ["firm_id"]))
        let year: Int
        do { year = try PanelLayout().latestYear(in: panel) } catch { throw .accounting(error) }

        let scoreSheet: ScoreSheet
        do {
            scoreSheet = try ScoreSheet(table: IndicatorTable(contentsOfFile: indicatorsPath), profile: profile,
                                        data: FirmData(table: panel, file: panelPath))
        } catch {
            throw .scoring(error)
        }

        let note = LocalizedText(
            zh: "由企业面板 \(panelFile) 计算：被支持企业按 support_line 认定，行业总量为该行业全部企业合计（全区为全部企业）。",
            en: "Computed from the firm panel \(panelFile): supported firms by support_line; sector totals over all firms of the sector (全区: all firms).")
        let measured: SectorEffectTable
        do {
            measured = try SectorEffectTable(panel: panel, lines: lines, year: year)
        } catch {
            throw .effectLines(file: linesPath, error)
        }
        let table = SectorEffectTable(effects: measured.effects, amountUnit: measured.amountUnit, notes: [note])
        // Naive attribution beside the DiD estimate for each sector line measured within a
        // sector (the district-wide line has no unsupported comparison of its own). The lines
        // table's `sector` and `value` cells were checked by the accounting above.
        let sectors = try? lines.categorical("sector"), values = try? lines.categorical("value")
        let sectorLines = (0..<lines.rowCount).compactMap { row -> (sector: String, value: String)? in
            guard let sector = sectors?[row], let value = values?[row],
                  sector != SectorEffectTable.districtScope else { return nil }
            return (sector, value)
        }
        var attribution: AttributionComparison?
        var attributionFailure: String?
        do {
            attribution = try AttributionComparison.compute(panel: panel, lines: sectorLines, year: year)
        } catch {
            attributionFailure = error.description
        }
        let readme = (try? String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        return EvaluationReport(directory: folder.path, year: year, scoreSheet: scoreSheet, sectorEffects: table,
                                attribution: attribution, isSynthetic: readme.lowercased().contains("synthetic"),
                                attributionFailure: attributionFailure)
    }
}
