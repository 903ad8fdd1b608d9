import Foundation
import Testing

/// `impact init`, `impact report DIR` from a project, and the one option vocabulary
/// (`--id --time --sector --supported --subsidy --project`, `--treated COLUMN=VALUE`).
@Suite("Project and option vocabulary (binary)")
struct ProjectCommandTests {
    /// A fresh temporary path (not created).
    static func temporary() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("impact-init-\(UUID().uuidString)")
    }

    @Test("init then report works at once; init again refuses and writes nothing")
    func initAndReport() throws {
        let folder = Self.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try CLIRunner.run(["init", folder.path])
        #expect(made.status == 0, "\(made.stderr)")
        let report = try CLIRunner.run(["report", folder.path, "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("{\"level1\": \"总分\", \"level2\": \"\", \"level3\": \"\", \"target\": \"\", \"actual\": \"\", \"weight\": 100, \"score\": 100, \"deviation_reason\": \"\"}"))
        let toml = try Data(contentsOf: folder.appendingPathComponent("impact.toml"))
        #expect(String(decoding: toml, as: UTF8.self).contains("# 项目名称"))
        let again = try CLIRunner.run(["init", folder.path, "--lang", "en"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already holds a project (impact.toml); nothing was written"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("impact.toml")) == toml)
    }

    @Test("init --lang en writes English comments")
    func english() throws {
        let folder = Self.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["init", folder.path, "--lang", "en"]).status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("impact.toml"), encoding: .utf8)
        #expect(text.contains("# Impact project file"))
        #expect(!text.contains("评价年度"))
    }

    @Test("growth and rd: the new option names, the old hidden ones and the defaults agree")
    func sameNumbers() throws {
        for command in ["growth", "rd"] {
            let plain = try CLIRunner.run([command, "--format", "json"])
            let named = try CLIRunner.run([command, "--id", "firm_id", "--time", "year", "--sector", "sector",
                                           "--supported", "supported", "--format", "json"])
            let old = try CLIRunner.run([command, "--firm", "firm_id", "--year-column", "year", "--format", "json"])
            let project = try CLIRunner.run([command, "--project", "datasets/chaoyang-2024", "--format", "json"])
            #expect(plain.status == 0 && named.status == 0 && old.status == 0 && project.status == 0, "\(project.stderr)")
            #expect(named.stdout == plain.stdout && old.stdout == plain.stdout && project.stdout == plain.stdout)
        }
        let help = try CLIRunner.run(["growth", "--help"])
        #expect(help.stdout.contains("--id") && help.stdout.contains("--project") && !help.stdout.contains("--year-column"))
    }

    @Test("did --treated 是否获得支持=是 with Chinese names equals did --project on the same panel")
    func treatedCategory() throws {
        let folder = Self.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["init", folder.path]).status == 0)
        let panel = folder.appendingPathComponent("example_panel.csv").path
        let explicit = try CLIRunner.run(["did", "--data", panel, "--id", "统一社会信用代码", "--time", "年份",
                                          "--treated", "是否获得支持=是", "--post-year", "2024", "--outcome", "营业收入",
                                          "--fe", "--format", "json"])
        let project = try CLIRunner.run(["did", "--project", folder.path, "--fe", "--format", "json"])
        #expect(explicit.status == 0, "\(explicit.stderr)")
        #expect(project.status == 0, "\(project.stderr)")
        let att = { (text: String) in text.split(separator: "\n").first { $0.contains("\"att\"") }.map(String.init) }
        #expect(att(explicit.stdout) != nil && att(explicit.stdout) == att(project.stdout))
        #expect(explicit.stdout.contains("是否获得支持=是:post_2024"))
        let cost = try CLIRunner.run(["cost-effect", "--panel", panel, "--id", "统一社会信用代码", "--time", "年份",
                                      "--treated", "是否获得支持=是", "--post-year", "2024", "--panel-outcome", "营业收入",
                                      "--subsidy", "支持金额", "--fe"])
        #expect(cost.status == 0, "\(cost.stderr)")
        #expect(!cost.stderr.contains("Unexpected '='"))
    }

    @Test("growth --project equals the explicit options; --na-values reads a marker as missing")
    func projectEqualsExplicit() throws {
        let folder = Self.temporary()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try CLIRunner.run(["init", folder.path]).status == 0)
        let panel = folder.appendingPathComponent("example_panel.csv").path
        let explicit = try CLIRunner.run(["growth", "--data", panel, "--id", "统一社会信用代码", "--time", "年份",
                                          "--sector", "所属行业", "--value", "营业收入", "--supported", "是否获得支持=是",
                                          "--subsidy", "支持金额", "--year", "2024", "--format", "csv"])
        let project = try CLIRunner.run(["growth", "--project", folder.path, "--format", "csv"])
        #expect(explicit.status == 0, "\(explicit.stderr)")
        #expect(project.status == 0, "\(project.stderr)")
        #expect(explicit.stdout == project.stdout)
        // "未填" is not a number nor a default marker: without --na-values the subsidy column is text.
        let text = try String(contentsOfFile: panel, encoding: .utf8)
        let marked = folder.appendingPathComponent("marked.csv")
        try text.replacingOccurrences(of: ",否,0.00\n", with: ",否,未填\n").write(to: marked, atomically: true, encoding: .utf8)
        let arguments = ["growth", "--data", marked.path, "--id", "统一社会信用代码", "--time", "年份", "--sector", "所属行业",
                         "--value", "营业收入", "--supported", "是否获得支持=是", "--subsidy", "支持金额", "--format", "csv"]
        #expect(try CLIRunner.run(arguments).status != 0)
        let withMarker = try CLIRunner.run(arguments + ["--na-values", "未填"])
        #expect(withMarker.status == 0, "\(withMarker.stderr)")
        #expect(withMarker.stdout == explicit.stdout)
    }
}
