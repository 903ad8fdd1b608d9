import Foundation
import Testing

/// Issue 8's done-when: the same office panel as .xlsx (LibreOffice, openpyxl), GBK CSV and
/// UTF-8 CSV with a BOM gives the same bytes from `growth`, `rd` and `did` with one option
/// vocabulary; `psm`, `estimate` and `staggered` take `--project`; panel-level problems are
/// listed all at once with the file.
@Suite("One option vocabulary on office files (binary)")
struct PanelVocabularyCommandTests {
    static let fixtures = "Tests/ImpactTests/Fixtures/xlsx/"
    static let files = ["panel-libreoffice.xlsx", "panel-openpyxl.xlsx", "panel-gbk.csv", "panel-utf8-bom.csv"]
    static let keys = ["--id", "统一社会信用代码", "--time", "年份"]

    /// The command's arguments on one of the four files.
    static let commands: [(name: String, arguments: [String])] = [
        ("growth", ["growth"] + keys + ["--sector", "所属行业", "--value", "营业收入(万元)",
                                        "--supported", "是否获得支持=是", "--subsidy", "支持金额(万元)"]),
        ("rd", ["rd"] + keys + ["--sector", "所属行业", "--rd", "研发费用(万元)", "--revenue", "营业收入(万元)",
                                "--supported", "是否获得支持=是"]),
        ("did", ["did"] + keys + ["--outcome", "营业收入(万元)", "--treated", "是否获得支持=是", "--post-year", "2023"]),
    ]

    @Test("growth, rd and did give identical bytes on the four forms of the panel", arguments: commands.map(\.name))
    func sameBytes(command: String) throws {
        let arguments = try #require(Self.commands.first { $0.name == command }).arguments
        var outputs: [Data] = []
        for file in Self.files {
            let run = try CLIRunner.run(arguments + ["--data", Self.fixtures + file, "--format", "json"])
            #expect(run.status == 0, "\(command) on \(file): \(run.stderr)")
            outputs.append(run.stdoutData)
        }
        #expect(!outputs[0].isEmpty)
        #expect(outputs.allSatisfy { $0 == outputs[0] }, "\(command) differs between the file forms")
    }

    /// Eight units: treated (是) 1–4 with outcome 10 + x, controls (否) with 4 + x; so
    /// every estimator finds the same effect as with the 0/1 column d.
    static let units = """
    企业,是否获得支持,d,x,营收
    a,是,1,1,11
    b,是,1,2,12
    c,是,1,3,13
    d,是,1,2,12
    e,否,0,1,5
    f,否,0,2,6
    g,否,0,3,7
    h,否,0,2,6
    i,否,0,1,5

    """

    @Test("psm --treated COLUMN=VALUE equals the 0/1 column; the effect is 6 by construction")
    func psmCategory() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("units.csv").path
        try Self.units.write(toFile: data, atomically: true, encoding: .utf8)
        let common = ["psm", "--data", data, "--covariates", "x", "--outcome", "营收", "--method", "nn", "--format", "json"]
        let words = try CLIRunner.run(common + ["--treated", "是否获得支持=是"])
        let flag = try CLIRunner.run(common + ["--treated", "d"])
        #expect(words.status == 0 && flag.status == 0, "\(words.stderr) \(flag.stderr)")
        #expect(Self.number("att", in: words.stdout) == Self.number("att", in: flag.stdout))
        #expect(Self.number("att", in: words.stdout) == 6)
    }

    /// The number after `"key": ` in JSON text.
    static func number(_ key: String, in json: String) -> Double? {
        guard let range = json.range(of: "\"\(key)\": ") else { return nil }
        return Double(json[range.upperBound...].prefix { "-0123456789.e".contains($0) })
    }

    /// A staggered panel: firms A, A2 first supported in 2021 (10 → 15 → 17, 20 → 27 → 29),
    /// B, C never (5 → 6 → 8, 8 → 11 → 13). ATT(2021, 2021) = mean(5, 7) − mean(1, 3) = 4;
    /// ATT(2021, 2022) = mean(7, 9) − mean(3, 5) = 4 (base 2020); simple = 4.
    static let staggeredPanel = """
    企业,年度,营收,首次获得支持年份,是否获得支持
    A,2020年,10,2021,是
    A,2021年,15,2021,是
    A,2022年,17,2021,是
    A2,2020年,20,2021,是
    A2,2021年,27,2021,是
    A2,2022年,29,2021,是
    B,2020年,5,0,否
    B,2021年,6,0,否
    B,2022年,8,0,否
    C,2020年,8,,否
    C,2021年,11,,否
    C,2022年,13,,否

    """

    static let staggeredProject = """
    [columns]
    id = "企业"
    time = "年度"
    revenue = "营收"
    supported = "是否获得支持"
    [analysis]
    cohort = "首次获得支持年份"

    """

    @Test("staggered --project takes id, time, outcome and the cohort column from impact.toml")
    func staggeredProject() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.staggeredPanel.write(to: folder.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)
        try Self.staggeredProject.write(to: folder.appendingPathComponent("impact.toml"), atomically: true, encoding: .utf8)
        let project = try CLIRunner.run(["staggered", "--project", folder.path, "--format", "json"])
        let explicit = try CLIRunner.run(["staggered", "--data", folder.appendingPathComponent("panel.csv").path,
                                          "--id", "企业", "--time", "年度", "--cohort", "首次获得支持年份",
                                          "--outcome", "营收", "--format", "json"])
        #expect(project.status == 0 && explicit.status == 0, "\(project.stderr) \(explicit.stderr)")
        #expect(project.stdout == explicit.stdout)
        let simple = try #require(project.stdout.range(of: "\"simple\""))
        let att = try #require(Self.number("att", in: String(project.stdout[simple.lowerBound...])))
        #expect(abs(att - 4) < 1e-9, "\(project.stdout)")
    }

    @Test("estimate --project reads the project's panel; psm --project takes treated and outcome from it")
    func estimateAndPSMProject() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let evaluation = folder.appendingPathComponent("evaluation")
        #expect(try CLIRunner.run(["init", evaluation.path]).status == 0)
        let formula = ["--formula", "营业收入 ~ 研发费用 | 统一社会信用代码 + 年份", "--format", "json"]
        let project = try CLIRunner.run(["estimate", "--project", evaluation.path] + formula)
        let data = try CLIRunner.run(["estimate", "--data", evaluation.appendingPathComponent("example_panel.csv").path] + formula)
        #expect(project.status == 0 && data.status == 0, "\(project.stderr) \(data.stderr)")
        #expect(project.stdout == data.stdout)
        let psmProject = try CLIRunner.run(["psm", "--project", evaluation.path, "--covariates", "研发费用(万元)", "--format", "json"])
        let psmData = try CLIRunner.run(["psm", "--data", evaluation.appendingPathComponent("example_panel.csv").path,
                                         "--id", "统一社会信用代码", "--treated", "是否获得支持=是",
                                         "--covariates", "研发费用(万元)", "--outcome", "营业收入(万元)", "--format", "json"])
        #expect(psmProject.status == 0 && psmData.status == 0, "\(psmProject.stderr) \(psmData.stderr)")
        #expect(Self.number("att", in: psmProject.stdout) == Self.number("att", in: psmData.stdout))
        #expect(Self.number("att", in: psmProject.stdout) != nil)
    }

    @Test("flag words that are neither yes nor no are listed all at once, with the panel file and row")
    func flagWords() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let panel = Self.staggeredPanel.replacingOccurrences(of: "2021年,27,2021,是", with: "2021年,27,2021,待定")
            .replacingOccurrences(of: "2022年,8,0,否", with: "2022年,8,0,不详")
        try panel.write(to: folder.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)
        try Self.staggeredProject.write(to: folder.appendingPathComponent("impact.toml"), atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["staggered", "--project", folder.path])
        #expect(run.status != 0)
        let file = folder.appendingPathComponent("panel.csv").standardizedFileURL.path
        #expect(run.stderr.contains("2 problems in the data"), "\(run.stderr)")
        #expect(run.stderr.contains(file + ": data row 5 (是否获得支持): found \"待定\", expected a yes word"), "\(run.stderr)")
        #expect(run.stderr.contains(file + ": data row 9 (是否获得支持): found \"不详\""), "\(run.stderr)")
    }

    @Test("--missing error lists the first 20 firms with the file, then counts the rest")
    func missingLimit() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = ["firm_id,year,sector,supported,revenue_wan"]
        for firm in 1...25 { lines += ["f\(firm),2022,工业,\(firm % 2),", "f\(firm),2023,工业,\(firm % 2),\(firm)"] }
        lines += ["z,2022,工业,0,100", "z,2023,工业,0,110", ""]
        let data = folder.appendingPathComponent("panel.csv").path
        try lines.joined(separator: "\n").write(toFile: data, atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["growth", "--data", data, "--missing", "error"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("25 problems in the data"), "\(run.stderr)")
        #expect(run.stderr.contains(data + ": firm 'f1', 2022, data row 1 (revenue_wan): no value of \"revenue_wan\""))
        #expect(run.stderr.contains(data + ": firm 'f20', 2022, data row 39 (revenue_wan)"))
        #expect(!run.stderr.contains("firm 'f21'"))
        #expect(run.stderr.contains("… and 5 more problems"))
    }
}
