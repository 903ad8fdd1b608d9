import Foundation
import Testing

/// `impact estimate --project` recodes the project's yes/no column (`[columns] supported`,
/// written 是/否) to 0/1 as the panel commands' `readPanel` does, so the model has one
/// coefficient named after the column; `--data` without a project reads the words as a
/// factor, as before.
@Suite("impact estimate --project: the yes/no column as 0/1 (binary)")
struct EstimateProjectFlagCommandTests {
    /// Six rows, one blank flag (dropped). Supported (是): 营业收入 10, 14, mean 12; not
    /// supported (否): 5, 7, 6, mean 6. By hand: slope = 12 − 6 = 6, intercept = 6;
    /// residuals −2, 2, −1, 1, 0, SSR = 10, σ² = 10 / 3; se(slope) = √(σ² (1/2 + 1/3)) = 5/3,
    /// se(intercept) = √(σ² / 3) = √10 / 3.
    static let panel = """
    企业,年份,获得支持,营业收入,备注
    企A,2022,是,10,甲
    企A,2023,是,14,乙
    企B,2022,否,5,丙
    企B,2023,否,7,丁
    企C,2022,否,6,戊
    企C,2023,,9,己

    """

    static let project = """
    [columns]
    id = "企业"
    time = "年份"
    supported = "获得支持"

    """

    private func folder(panel: String = Self.panel) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-estimate-flag-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try panel.write(to: folder.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)
        try Self.project.write(to: folder.appendingPathComponent("impact.toml"), atomically: true, encoding: .utf8)
        return folder
    }

    private let formula = ["--formula", "营业收入 ~ 获得支持", "--format", "json", "--lang", "en"]

    @Test("--project: 是/否 becomes 1/0 under the column's own name; coefficients as worked by hand")
    func recoded() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLIRunner.run(["estimate", "--project", folder.path] + formula)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("[T."), "\(run.stdout)")
        #expect(run.stdout.contains("\"nobs\": 5"))
        let number = { (key: String, anchor: String) in EstimateProjectCommandTests.number(key, after: anchor, in: run.stdout) }
        let slope = try #require(number("estimate", "\"获得支持\""), "\(run.stdout)")
        let slopeSE = try #require(number("std_error", "\"获得支持\""))
        let intercept = try #require(number("estimate", "\"Intercept\""))
        let interceptSE = try #require(number("std_error", "\"Intercept\""))
        #expect(abs(slope - 6) < 1e-9 && abs(intercept - 6) < 1e-9)
        #expect(abs(slopeSE - 5.0 / 3) < 1e-9 && abs(interceptSE - 10.0.squareRoot() / 3) < 1e-9)
    }

    @Test("--data without a project is unchanged: the words enter as a factor, 否 the reference (levels sorted)")
    func dataUnchanged() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLIRunner.run(["estimate", "--data", folder.appendingPathComponent("panel.csv").path] + formula)
        #expect(run.status == 0, "\(run.stderr)")
        let effect = try #require(EstimateProjectCommandTests.number("estimate", after: "\"获得支持[T.是]\"", in: run.stdout), "\(run.stdout)")
        let intercept = try #require(EstimateProjectCommandTests.number("estimate", after: "\"Intercept\"", in: run.stdout))
        #expect(abs(effect - 6) < 1e-9 && abs(intercept - 6) < 1e-9)
    }

    @Test("--project: words of two pairs (是 and N) are refused, naming the file, the row, the column and the word")
    func mixedPairs() throws {
        let folder = try folder(panel: Self.panel.replacingOccurrences(of: "企B,2023,否", with: "企B,2023,N"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLIRunner.run(["estimate", "--project", folder.path] + formula)
        #expect(run.status != 0)
        #expect(run.stderr.contains("panel.csv: data row 4 (获得支持)"), "\(run.stderr)")
        #expect(run.stderr.contains("found \"N\", expected 是 or 否"), "\(run.stderr)")
    }
}
