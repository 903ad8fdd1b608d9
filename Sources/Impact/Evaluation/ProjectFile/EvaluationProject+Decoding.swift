extension EvaluationProject {
    /// The top-level tables of a project file.
    static let knownTables = ["programme", "data", "columns", "values", "evaluation", "analysis"]

    /// Reads a project from the text of its project file.
    ///
    /// - Parameters:
    ///   - text: the TOML text (format: `docs/project-file.md`).
    ///   - file: the file's path, named in errors.
    ///   - directory: the project folder, against which file names are resolved.
    /// - Throws: ``ProjectFileError`` naming the key and the line: TOML syntax, unknown keys
    ///   (with the nearest known key), wrong types, values outside their set.
    public init(toml text: String, file: String, directory: String) throws(ProjectFileError) {
        let root = try ProjectFileTable(TOMLReader.parse(text, file: file), name: "", file: file,
                                        known: Self.knownTables)
        self.init(directory: directory, file: file)
        if let programme = try root.table("programme", known: Self.programmeKeys) {
            self.programme = try Self.programme(programme)
        }
        if let data = try root.table("data", known: ["panel", "indicators", "lines", "budget"]) {
            self.data = ProjectDataFiles(panel: try data.string("panel") ?? self.data.panel,
                                         indicators: try data.string("indicators"), lines: try data.string("lines"),
                                         budget: try data.string("budget"))
            for key in ["panel", "indicators", "lines", "budget"] {
                guard let name = try data.string(key), !Self.fileExists(path(name)) else { continue }
                throw .missingDataFile(file: file, line: data.line(key), key: "data.\(key)", path: name)
            }
        }
        if let columns = try root.table("columns", known: Self.columnKeys) {
            self.columns = try Self.columns(columns)
        }
        if let values = try root.table("values", known: ["na_values", "yes", "no", "units"]) {
            self.values = try Self.values(values)
        }
        if let evaluation = try root.table("evaluation", known: ["year", "profile"]) {
            evaluatedYear = try evaluation.integer("year")
            profile = try evaluation.string("profile") ?? profile
        }
        if let analysis = try root.table("analysis", known: ["growth", "attribution", "post_year", "controls", "cluster", "cohort"]) {
            self.analysis = try Self.analysis(analysis)
        }
    }

    static let programmeKeys = ["title", "department", "implementer", "year", "funds", "objectives", "sign_off"]
    static let columnKeys = ["id", "time", "sector", "revenue", "output", "rd", "supported", "support_line", "subsidy"]

    private static func programme(_ table: ProjectFileTable) throws(ProjectFileError) -> ProgrammeDescription {
        var funds: [FundsLine] = []
        if let block = try table.table("funds", known: FundingSource.allCases.map(\.rawValue)) {
            for source in FundingSource.allCases {
                guard let line = try block.table(source.rawValue,
                                                 known: ["initial_budget", "full_year_budget", "executed"]) else { continue }
                funds.append(FundsLine(source: source, initialBudget: try line.number("initial_budget"),
                                       fullYearBudget: try line.number("full_year_budget"),
                                       executed: try line.number("executed")))
            }
        }
        var objectives: [ProgrammeObjective] = []
        for objective in try table.tables("objectives", known: ["expected", "achieved"]) {
            objectives.append(ProgrammeObjective(expected: try objective.string("expected") ?? "",
                                                 achieved: try objective.string("achieved") ?? ""))
        }
        let signOff = try table.table("sign_off", known: ["preparer", "reviewer", "telephone", "date"])
        return ProgrammeDescription(
            title: try table.string("title"), department: try table.string("department"),
            implementer: try table.string("implementer"), year: try table.integer("year"), funds: funds,
            objectives: objectives,
            signOff: SignOff(preparer: try signOff?.string("preparer"), reviewer: try signOff?.string("reviewer"),
                             telephone: try signOff?.string("telephone"), date: try signOff?.string("date")))
    }

    private static func columns(_ table: ProjectFileTable) throws(ProjectFileError) -> ProjectColumns {
        let defaults = ProjectColumns()
        let columns = ProjectColumns(
            id: try table.string("id") ?? defaults.id, time: try table.string("time") ?? defaults.time,
            sector: try table.string("sector") ?? defaults.sector,
            revenue: try table.string("revenue") ?? defaults.revenue,
            output: try table.string("output") ?? defaults.output, rd: try table.string("rd") ?? defaults.rd,
            supported: try table.string("supported") ?? defaults.supported,
            supportLine: try table.string("support_line") ?? defaults.supportLine,
            subsidy: try table.string("subsidy") ?? defaults.subsidy)
        do { _ = try SupportCriterion(parsing: columns.supported) } catch {
            throw table.invalid("supported", "write a flag column or COLUMN=VALUE (\(error.description))")
        }
        return columns
    }

    private static func values(_ table: ProjectFileTable) throws(ProjectFileError) -> ProjectValueVocabulary {
        var units: [String: MoneyUnit] = [:]
        for (column, node) in try table.freeTable("units")?.entries ?? [] {
            guard case .string(let symbol) = node.value else {
                throw .wrongType(file: table.file, line: node.line, key: "values.units.\(column)", expected: "string",
                                 found: node.value.typeName)
            }
            guard let unit = MoneyUnit(suffix: symbol) else {
                throw .invalidValue(file: table.file, line: node.line, key: "values.units.\(column)",
                                    reason: "'\(symbol)' is not a money unit; write 元, 万元 or 亿元")
            }
            units[column] = unit
        }
        return ProjectValueVocabulary(naValues: try table.strings("na_values") ?? [],
                                      yes: try table.strings("yes") ?? ProjectValueVocabulary.defaultYes,
                                      no: try table.strings("no") ?? ProjectValueVocabulary.defaultNo, units: units)
    }

    private static func analysis(_ table: ProjectFileTable) throws(ProjectFileError) -> ProjectAnalysis {
        var measures: [GrowthMeasure] = []
        for name in try table.strings("growth") ?? ["revenue"] {
            guard let measure = GrowthMeasure(rawValue: name) else {
                throw table.invalid("growth", "'\(name)' is not a growth measure; write "
                                    + GrowthMeasure.allCases.map(\.rawValue).joined(separator: ", "))
            }
            measures.append(measure)
        }
        return ProjectAnalysis(growth: measures, attribution: try table.boolean("attribution") ?? true,
                               postYear: try table.integer("post_year"), controls: try table.strings("controls") ?? [],
                               cluster: try table.string("cluster"), cohort: try table.string("cohort"))
    }
}
