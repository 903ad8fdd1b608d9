import Foundation
import Testing
@testable import Impact

/// The project file `impact.toml`: every key read into ``EvaluationProject``, and every
/// error naming the key and the line.
@Suite("Project file")
struct ProjectFileTests {
    /// A temporary folder holding `files`, removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("impact-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url
    }

    static let everyKey = """
    # every key once
    [programme]
    title = "研发资金"
    department = '区科委'   # literal string
    implementer = "区科委\\u6d4b"
    year = 2_025
    [programme.funds.total]
    initial_budget = 100
    full_year_budget = 120.5
    executed = 1.2e2
    [programme.funds.carried_over]
    executed = 3
    [[programme.objectives]]
    expected = "目标一"
    achieved = "完成一"
    [[programme.objectives]]
    expected = "目标二"
    [programme.sign_off]
    preparer = "张三"
    reviewer = "李四"
    telephone = "010-1234"
    date = "2025-03-31"
    [data]
    panel = "p.csv"
    indicators = "i.csv"
    lines = "l.csv"
    budget = "b.csv"
    [columns]
    id = "统一社会信用代码"
    time = "年份"
    sector = "所属行业"
    revenue = "营业收入"
    output = "工业总产值"
    rd = "研发费用"
    supported = "是否获得支持=是"
    support_line = "支持方向"
    subsidy = "支持金额"
    [values]
    na_values = ["/", "无数据",
                 "—"]  # a comment inside
    yes = "有"
    no = ["无"]
    units = { "营业收入" = "万元", '研发费用' = "亿元" }
    [evaluation]
    year = 2024
    profile = "mof-2020"
    [analysis]
    growth = ["revenue", "rd"]
    attribution = false
    post_year = 2023
    controls = ["员工人数"]
    cluster = "所属行业"
    """

    @Test("every key is read into the project")
    func everyKey() throws {
        let url = try Self.folder(["p.csv": "a\n1\n", "i.csv": "", "l.csv": "", "b.csv": ""])
        defer { try? FileManager.default.removeItem(at: url) }
        let project = try EvaluationProject(toml: Self.everyKey, file: "impact.toml", directory: url.path)
        let programme = project.programme
        #expect(programme.title == "研发资金" && programme.department == "区科委" && programme.implementer == "区科委测")
        #expect(programme.year == 2025)
        #expect(programme.funds == [FundsLine(source: .total, initialBudget: 100, fullYearBudget: 120.5, executed: 120),
                                    FundsLine(source: .carriedOver, initialBudget: nil, fullYearBudget: nil, executed: 3)])
        #expect(programme.objectives == [ProgrammeObjective(expected: "目标一", achieved: "完成一"),
                                         ProgrammeObjective(expected: "目标二", achieved: "")])
        #expect(programme.signOff == SignOff(preparer: "张三", reviewer: "李四", telephone: "010-1234", date: "2025-03-31"))
        #expect(project.data == ProjectDataFiles(panel: "p.csv", indicators: "i.csv", lines: "l.csv", budget: "b.csv"))
        #expect(project.columns == ProjectColumns(id: "统一社会信用代码", time: "年份", sector: "所属行业", revenue: "营业收入",
                                                  output: "工业总产值", rd: "研发费用", supported: "是否获得支持=是",
                                                  supportLine: "支持方向", subsidy: "支持金额"))
        #expect(project.columns.supportedColumn == "是否获得支持")
        #expect(project.values == ProjectValueVocabulary(naValues: ["/", "无数据", "—"], yes: ["有"], no: ["无"],
                                                         units: ["营业收入": .wan, "研发费用": .yi]))
        #expect(project.evaluatedYear == 2024 && project.profile == "mof-2020")
        #expect(project.analysis == ProjectAnalysis(growth: [.revenue, .rd], attribution: false, postYear: 2023,
                                                    controls: ["员工人数"], cluster: "所属行业"))
        #expect(project.readOptions().missingMarkers.isSuperset(of: ["/", "无数据", "NA"]))
    }

    @Test("an empty project file keeps every default")
    func defaults() throws {
        let project = try EvaluationProject(toml: "# nothing\n", file: "impact.toml", directory: "/tmp")
        #expect(project == EvaluationProject(directory: "/tmp", file: "impact.toml"))
        #expect(project.columns.layout == PanelLayout())
        #expect(project.values.yes.contains("是") && project.values.no.contains("否"))
    }

    /// The error the text gives.
    static func error(_ text: String, directory: String = "/tmp") -> ProjectFileError? {
        do {
            _ = try EvaluationProject(toml: text, file: "impact.toml", directory: directory)
            return nil
        } catch {
            return error
        }
    }

    @Test("an unknown key names the line, the table and the nearest key")
    func unknownKey() {
        let error = Self.error("[columns]\nid = \"a\"\n\nreveune = \"营业收入\"\n")
        #expect(error == .unknownKey(file: "impact.toml", line: 4, key: "reveune", table: "columns", suggestion: "revenue"))
        #expect(error?.description == "impact.toml:4: unknown key 'reveune' in [columns] (did you mean 'revenue'?)")
        #expect(Self.error("[colums]\n") == .unknownKey(file: "impact.toml", line: 1, key: "colums", table: "",
                                                        suggestion: "columns"))
        #expect(Self.error("[programme.funds.totl]\nexecuted = 1\n")
            == .unknownKey(file: "impact.toml", line: 1, key: "totl", table: "programme.funds", suggestion: "total"))
        #expect(Self.error("[[programme.objectives]]\nexpected = \"a\"\nachievd = \"b\"\n")
            == .unknownKey(file: "impact.toml", line: 3, key: "achievd", table: "programme.objectives", suggestion: "achieved"))
    }

    @Test("a wrong type names the key, the line and both types")
    func wrongType() {
        let error = Self.error("[evaluation]\n\nyear = \"2024\"\n")
        #expect(error == .wrongType(file: "impact.toml", line: 3, key: "evaluation.year", expected: "integer", found: "string"))
        #expect(error?.description == "impact.toml:3: 'evaluation.year' must be an integer, not a string.")
        #expect(Self.error("[analysis]\nattribution = 1\n")
            == .wrongType(file: "impact.toml", line: 2, key: "analysis.attribution", expected: "boolean", found: "integer"))
        #expect(Self.error("[values]\nna_values = [\"/\",\n 3]\n")
            == .wrongType(file: "impact.toml", line: 3, key: "values.na_values", expected: "string", found: "integer"))
        #expect(Self.error("columns = 3\n")
            == .wrongType(file: "impact.toml", line: 1, key: "columns", expected: "table", found: "integer"))
        #expect(Self.error("[programme.funds.total]\nexecuted = \"100万元\"\n")
            == .wrongType(file: "impact.toml", line: 2, key: "programme.funds.total.executed", expected: "number", found: "string"))
    }

    @Test("values outside their set, duplicates and syntax errors name the line")
    func invalid() {
        #expect(Self.error("[analysis]\ngrowth = [\"revenue\", \"profit\"]\n")?.description
            == "impact.toml:2: 'analysis.growth': 'profit' is not a growth measure; write revenue, output, rd.")
        #expect(Self.error("[values]\nunits = { \"营收\" = \"美元\" }\n")
            == .invalidValue(file: "impact.toml", line: 2, key: "values.units.营收",
                             reason: "'美元' is not a money unit; write 元, 万元 or 亿元"))
        #expect(Self.error("[columns]\nsupported = \"=是\"\n")?.description.hasPrefix("impact.toml:2: 'columns.supported'") == true)
        #expect(Self.error("[data]\npanel = \"a\"\npanel = \"b\"\n") == .duplicateKey(file: "impact.toml", line: 3, key: "panel"))
        #expect(Self.error("[data]\n[data]\n") == .duplicateKey(file: "impact.toml", line: 2, key: "data"))
        #expect(Self.error("[columns]\n统一社会信用代码 = \"id\"\n")?.description.hasPrefix("impact.toml:2: expected a key") == true)
        #expect(Self.error("[columns]\nid = 统一社会信用代码\n")?.description
            == "impact.toml:2: expected a value: a \"string\", a number, true, false, [an array] or { a table }.")
        #expect(Self.error("[columns]\nid = \"firm\n") == .syntax(file: "impact.toml", line: 2,
                                                                 expected: "the string is not closed on its line (expected \")"))
        #expect(Self.error("[evaluation]\nyear = 2024-12-31\n")?.description.contains("dates are not read") == true)
        #expect(Self.error("[evaluation]\nyear = 2024 2025\n")?.description.hasPrefix("impact.toml:2: expected the end of the line") == true)
        #expect(Self.error("[columns\n") == .syntax(file: "impact.toml", line: 1, expected: "expected ']' to close the table header"))
        // A fuzz finding: 100,000 nested arrays overflowed the stack; nesting is now limited.
        #expect(Self.error("x = " + String(repeating: "[", count: 100_000) + "\n")
            == .syntax(file: "impact.toml", line: 1, expected: "at most 32 levels of nested arrays and inline tables"))
        #expect(Self.error("x = " + String(repeating: "{ a = ", count: 40) + "1" + String(repeating: " }", count: 40) + "\n")
            == .syntax(file: "impact.toml", line: 1, expected: "at most 32 levels of nested arrays and inline tables"))
    }

    @Test("a file named in [data] that does not exist is named with its key and line")
    func missingDataFile() throws {
        let url = try Self.folder(["panel.csv": "a\n1\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let error = Self.error("[data]\npanel = \"panel.csv\"\nindicators = \"指标.csv\"\n", directory: url.path)
        #expect(error == .missingDataFile(file: "impact.toml", line: 3, key: "data.indicators", path: "指标.csv"))
        #expect(error?.description == "impact.toml:3: 'data.indicators' names the file '指标.csv', which does not exist.")
    }

    @Test("the bundled dataset is a project with the seed's programme")
    func bundled() throws {
        let project = try EvaluationProject.load(directory: ChaoyangFiles.chaoyang)
        #expect(project.file?.hasSuffix("datasets/chaoyang-2024/impact.toml") == true)
        #expect(project.programme.year == 2024)
        let total = try #require(project.programme.funds(.total))
        #expect(total.initialBudget == 11559.274 && total.fullYearBudget == 11559.274 && total.executed == 11559.274)
        #expect(total.executionRate == 100)
        #expect(project.programme.objectives.count == 4)
        #expect(project.programme.objectives[1].expected == "研发投入强度达到4%以上")
        #expect(project.evaluatedYear == 2023 && project.analysis.postYear == 2023)
        let report = try EvaluationReport.load(directory: ChaoyangFiles.chaoyang)
        #expect(report.programme == project.programme)
        #expect(report.scoreSheet.total == 99.55)
    }

    @Test("a folder without impact.toml is read by the conventions, with an empty programme")
    func conventional() throws {
        let url = try Self.folder([:])
        defer { try? FileManager.default.removeItem(at: url) }
        let project = try EvaluationProject.load(directory: url)
        #expect(project == EvaluationProject.conventional(directory: url.standardizedFileURL.path))
        #expect(project.data.lines == "sector_totals.csv" && project.file == nil)
    }

    @Test("a project file's error reaches the report with its line")
    func reportError() throws {
        let url = try Self.folder(["impact.toml": "[evaluation]\nprofle = \"mof-2020\"\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: EvaluationError.project(.unknownKey(file: url.standardizedFileURL.appendingPathComponent("impact.toml").path,
                                                            line: 2, key: "profle", table: "evaluation", suggestion: "profile"))) {
            try EvaluationReport.load(directory: url)
        }
    }

    @Test("the template is the same bytes every time and runs: 9 supported firms, total 100")
    func template() throws {
        let first = ProjectTemplate().files, second = ProjectTemplate().files
        #expect(first.map(\.name) == ["impact.toml", "indicators.csv", "example_panel.csv", "README.md"])
        #expect(first.map(\.contents) == second.map(\.contents))
        #expect(ProjectTemplate(language: .en).files[0].contents != first[0].contents)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("impact-template-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try ProjectTemplate().write(to: url)
        let report = try EvaluationReport.load(directory: url)
        #expect(report.year == 2024 && report.programme.year == 2025)
        #expect(report.scoreSheet.total == 100)
        #expect(report.sectorEffects.effects.map(\.supportedFirms) == [3, 3, 3])
        #expect(report.attribution?.rows.count == 3)
        #expect(throws: ProjectFileError.projectExists(directory: url.path, file: "impact.toml")) {
            try ProjectTemplate(language: .en).write(to: url)
        }
    }

    @Test("COLUMN=VALUE becomes a 0/1 column; a blank cell is not the value")
    func indicator() throws {
        let table = try Table(columns: [("是否获得支持", .categorical(CategoricalColumn(["是", "否", nil, "是"])))])
        let (built, name) = try SupportCriterion.category(column: "是否获得支持", value: "是").indicator(in: table)
        #expect(name == "是否获得支持=是")
        let values = try built.numeric(name)
        #expect((0..<4).map { values[$0] } == [1, 0, 0, 1])
        let (same, flag) = try SupportCriterion.flag(column: "是否获得支持").indicator(in: table)
        #expect(flag == "是否获得支持" && same == table)
    }
}

/// `[analysis] cohort` and the flag words collected all at once.
@Suite("Project file: cohort and flag words")
struct ProjectCohortTests {
    @Test("cohort is read; absent it is nil")
    func cohort() throws {
        let folder = try ProjectFileTests.folder(["impact.toml": "[analysis]\ncohort = \"首次获得支持年份\"\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try EvaluationProject.load(directory: folder).analysis.cohort == "首次获得支持年份")
        #expect(ProjectAnalysis().cohort == nil)
    }

    @Test("every flag word that is neither yes nor no is listed, with the panel file")
    func flagWords() throws {
        let folder = try ProjectFileTests.folder([
            "impact.toml": "[columns]\nsupported = \"获支持\"\n",
            "panel.csv": "firm_id,year,获支持\na,2023,是\nb,2023,待定\nc,2023,否\nd,2023,?\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let project = try EvaluationProject.load(directory: folder)
        #expect {
            try project.readPanel()
        } throws: { error in
            guard case .problems(let problems) = error as? EvaluationError else { return false }
            let file = project.path("panel.csv")
            return problems.count == 2
                && problems.problems.map(\.place) == [.record(file: file, key: "data row 2", column: "获支持"),
                                                      .record(file: file, key: "data row 4", column: "获支持")]
        }
    }
}
