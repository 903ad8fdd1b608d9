import Foundation

extension EvaluationReport {
    /// Reads the project folder `directory` (``EvaluationProject/load(directory:)``: its
    /// `impact.toml`, or the bundled dataset's conventions without one) and computes the
    /// report with ``load(project:profile:)``.
    public static func load(directory: URL, profile: ScoringProfile? = nil) throws(EvaluationError) -> EvaluationReport {
        try load(project: EvaluationProject.load(directory: directory), profile: profile)
    }

    /// Computes the report of `project`: the indicator table scored under `profile` (default:
    /// the project's `[evaluation] profile`, itself `mof-2020` by default), actuals from data
    /// read from the panel with the project's columns; the sector effect lines of
    /// `[data] lines` (measured on the panel by
    /// ``SectorEffectTable/init(panel:lines:year:layout:supportLineColumn:subsidy:missing:)``), or,
    /// without a lines file, each growth measure of `[analysis]` per sector; and, when
    /// `[analysis] attribution` is on, naive versus causal attribution per sector.
    ///
    /// - Throws: ``EvaluationError/missingFile(directory:file:)``, ``EvaluationError/data(_:)``
    ///   for unreadable files, ``EvaluationError/noEffectLines(file:)``,
    ///   ``EvaluationError/effectLines(file:_:)``, ``EvaluationError/scoring(_:)`` (also for an
    ///   unknown profile) and ``EvaluationError/accounting(_:)``.
    public static func load(project: EvaluationProject,
                            profile: ScoringProfile? = nil) throws(EvaluationError) -> EvaluationReport {
        let indicatorsName = project.data.indicators
            ?? indicatorsFiles.first { FileManager.default.fileExists(atPath: project.path($0)) } ?? indicatorsFiles[0]
        let indicatorsPath = try project.existingPath(indicatorsName)
        let linesPath = try project.data.lines.map { name throws(EvaluationError) in try project.existingPath(name) }
        let panelPath = try project.existingPath(project.data.panel)
        let lines = try project.data.lines.map { name throws(EvaluationError) in try project.readTable(name) }
        if let lines, let linesPath, lines.rowCount == 0 { throw .noEffectLines(file: linesPath) }
        let panel = try project.readPanel()
        let year: Int
        do { year = try project.columns.layout.evaluatedYear(project.evaluatedYear, in: panel) } catch { throw .accounting(error) }

        let scoreSheet: ScoreSheet
        do {
            let rules: ScoringProfile
            if let profile { rules = profile } else { rules = try ScoringProfile.resolve(project.profileReference) }
            scoreSheet = try ScoreSheet(table: IndicatorTable(contentsOfFile: indicatorsPath), profile: rules,
                                        data: FirmData(table: panel, columns: project.columns.firmColumns, file: panelPath))
        } catch {
            throw .scoring(error)
        }
        let table = try sectorEffects(project, panel: panel, lines: lines.map { ($0, linesPath ?? "") }, year: year)
        let attribution: Result<AttributionComparison, PolicyEffectError>? = project.analysis.attribution ? Result {
            () throws(PolicyEffectError) in
            try AttributionComparison.compute(project: project, panel: panel,
                                              lines: lines.map(sectorLines(of:)) ?? table.sectorMeasures, year: year)
        } : nil
        return EvaluationReport(directory: project.directory, year: year, scoreSheet: scoreSheet, sectorEffects: table,
                                attribution: try? attribution?.get(), isSynthetic: saysSynthetic(project.directory),
                                attributionFailure: attribution?.failure, programme: project.programme,
                                inputFiles: project.inputFiles(indicators: indicatorsName),
                                rdIntensity: try rdIntensity(project, panel: panel, year: year))
    }

    /// R&D intensity by sector in `year` (``RDIntensityAccounting`` with the project's R&D,
    /// revenue, supported and panel columns; firms lacking a figure are left out and counted
    /// in the table's notes), or `nil` when the panel lacks the R&D, revenue or supported column.
    private static func rdIntensity(_ project: EvaluationProject, panel: Table,
                                    year: Int) throws(EvaluationError) -> RDIntensityTable? {
        let columns = project.columns
        guard panel.hasColumn(columns.rd), panel.hasColumn(columns.revenue),
              let criterion = try? SupportCriterion(parsing: columns.supported),
              panel.hasColumn(criterion.column) else { return nil }
        do {
            return try RDIntensityAccounting(rd: columns.rd, revenue: columns.revenue, support: criterion,
                                             layout: columns.layout).intensities(in: panel, year: year)
        } catch {
            throw .accounting(error)
        }
    }

    /// The effect lines of the lines file when there is one, else each growth measure per
    /// sector of the panel.
    private static func sectorEffects(_ project: EvaluationProject, panel: Table, lines: (Table, String)?,
                                      year: Int) throws(EvaluationError) -> SectorEffectTable {
        let columns = project.columns
        if let (lines, path) = lines {
            do {
                let measured = try SectorEffectTable(panel: panel, lines: lines, year: year, layout: columns.layout,
                                                     supportLineColumn: columns.supportLine, subsidy: columns.subsidy)
                return SectorEffectTable(effects: measured.effects, amountUnit: measured.amountUnit,
                                         notes: [.fromFirmPanel(file: project.data.panel)])
            } catch {
                throw .effectLines(file: path, error)
            }
        }
        do {
            let criterion = try SupportCriterion(parsing: columns.supported)
            let subsidy = panel.hasColumn(columns.subsidy) ? columns.subsidy : nil
            var effects: [SectorEffect] = []
            var unit: MoneyUnit?
            var notes: [AccountingNote] = []
            for measure in project.analysis.growth {
                let request = SectorEffectRequest(
                    source: .panel(panel, value: columns.column(of: measure), supported: criterion),
                    subsidy: subsidy, layout: columns.layout, year: year)
                let measured = try request.effects()
                effects += measured.effects
                unit = unit ?? measured.amountUnit
                notes += measured.notes.filter { !notes.contains($0) }
            }
            return SectorEffectTable(effects: effects, amountUnit: unit, notes: notes)
        } catch let error as AccountingError {
            throw .accounting(error)
        } catch {
            throw .project(.invalidValue(file: project.file ?? EvaluationProject.fileName, line: 0,
                                         key: "columns.supported", reason: "\(error)"))
        }
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

    /// Whether the folder's README says the data are synthetic.
    static func saysSynthetic(_ directory: String) -> Bool {
        let readme = URL(fileURLWithPath: directory).appendingPathComponent("README.md")
        return ((try? String(contentsOf: readme, encoding: .utf8)) ?? "").lowercased().contains("synthetic")
    }
}

extension Result {
    /// The error, or `nil` on success.
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

extension EvaluationProject {
    /// The files an evaluation reads, as the project names them: `impact.toml` (when there
    /// is one), the indicator table `indicators`, the panel, the lines file and a profile file.
    func inputFiles(indicators: String) -> [String] {
        var names = file == nil ? [] : [Self.fileName]
        names += [indicators, data.panel] + (data.lines.map { [$0] } ?? [])
        if !ScoringProfile.builtIn.contains(where: { $0.name == profile }) { names.append(profile) }
        return names
    }

    /// The path of the data file `name`, which must exist.
    func existingPath(_ name: String) throws(EvaluationError) -> String {
        let file = path(name)
        guard Self.fileExists(file) else { throw .missingFile(directory: directory, file: name) }
        return file
    }

    /// The scoring profile as ``ScoringProfile/resolve(_:)`` takes it: a built-in name, or
    /// a profile file resolved against the project folder.
    var profileReference: String {
        ScoringProfile.builtIn.contains { $0.name == profile } ? profile : path(profile)
    }
}

extension SectorEffectTable {
    /// The (sector, measured column) of each line that names a sector, for the attribution.
    var sectorMeasures: [(sector: String, value: String)] {
        effects.compactMap { effect in
            guard case .named = effect.group else { return nil }
            return (effect.group.key, effect.measure)
        }
    }
}
