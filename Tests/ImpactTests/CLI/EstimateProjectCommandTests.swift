import Foundation
import Testing

/// `impact estimate --project` reads the panel with the project's `[values]`: its
/// `na_values` and its declared money units, as every other project-aware command does.
@Suite("impact estimate --project reading options (binary)")
struct EstimateProjectCommandTests {
    /// Six rows; 营业收入 in 万元 written three ways (`300`, `0.05亿` = 500, `900万元` = 900),
    /// one `—` (a reader's marker) and one `未填` (the project's `na_values`). The four
    /// complete rows (x, y): (1, 300), (2, 500), (4, 900), (5, 1200). By hand: x̄ = 3,
    /// ȳ = 725, Sxx = 10, Sxy = 2 × 425 + 225 + 175 + 2 × 475 = 2200, slope = 220,
    /// intercept = 725 − 3 × 220 = 65; residuals 15, −5, −45, 35, SSR = 3500, σ² = 1750,
    /// se(slope) = √(1750 / 10) = √175, se(intercept) = √(1750 × (1/4 + 9/10)) = √2012.5.
    static let panel = """
    企业,年份,营业收入,研发费用
    企A,2022,300,1
    企A,2023,0.05亿,2
    企B,2022,—,3
    企B,2023,900万元,4
    企C,2022,1000,未填
    企C,2023,1200,5

    """

    static let project = """
    [columns]
    id = "企业"
    time = "年份"

    [values]
    na_values = ["未填"]
    units = { "营业收入" = "万元" }

    """

    static func number(_ key: String, after anchor: String, in json: String) -> Double? {
        guard let start = json.range(of: anchor),
              let range = json[start.upperBound...].range(of: "\"\(key)\": ") else { return nil }
        return Double(json[range.upperBound...].prefix { "-0123456789.e".contains($0) })
    }

    private func folder(project: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-estimate-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.panel.write(to: folder.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)
        try project.write(to: folder.appendingPathComponent("impact.toml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("--project reads 未填 as missing and 0.05亿 / 900万元 in the declared 万元; coefficients as worked by hand")
    func projectValues() throws {
        let folder = try folder(project: Self.project)
        defer { try? FileManager.default.removeItem(at: folder) }
        let formula = ["--formula", "营业收入 ~ 研发费用", "--format", "json", "--lang", "en"]
        let run = try CLIRunner.run(["estimate", "--project", folder.path] + formula)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"nobs\": 4"))
        let slope = try #require(Self.number("estimate", after: "\"研发费用\"", in: run.stdout))
        let slopeSE = try #require(Self.number("std_error", after: "\"研发费用\"", in: run.stdout))
        let intercept = try #require(Self.number("estimate", after: "\"Intercept\"", in: run.stdout))
        let interceptSE = try #require(Self.number("std_error", after: "\"Intercept\"", in: run.stdout))
        #expect(abs(slope - 220) < 1e-9 && abs(intercept - 65) < 1e-9, "\(run.stdout)")
        #expect(abs(slopeSE - 175.0.squareRoot()) < 1e-9 && abs(interceptSE - 2012.5.squareRoot()) < 1e-9)
        #expect(run.stdout.contains("Dropped 2 rows with a missing value"))
        // --data inside the same project reads with the project's options too.
        let data = try CLIRunner.run(["estimate", "--project", folder.path,
                                      "--data", folder.appendingPathComponent("panel.csv").path] + formula)
        #expect(data.stdout == run.stdout, "\(data.stderr)")
        // Without the project the amounts with units are refused (no unit declared).
        let bare = try CLIRunner.run(["estimate", "--data", folder.appendingPathComponent("panel.csv").path] + formula)
        #expect(bare.status != 0)
        #expect(bare.stderr.contains("declares no unit"))
    }

    @Test("a folder without impact.toml whose panel lacks firm_id still estimates (the id is kept as text only when used)")
    func conventionalFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-estimate-conventional-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // y = 1 + 2x exactly.
        try "x,y\n1,3\n2,5\n3,7\n4,9\n".write(to: folder.appendingPathComponent("panel.csv"), atomically: true, encoding: .utf8)
        let run = try CLIRunner.run(["estimate", "--project", folder.path, "--formula", "y ~ x", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(abs((Self.number("estimate", after: "\"x\"", in: run.stdout) ?? 0) - 2) < 1e-9, "\(run.stdout)")
    }

    @Test("--na-values adds to the project's markers, as in the other commands")
    func commandLineMarkers() throws {
        let withoutMarker = Self.project.replacingOccurrences(of: "na_values = [\"未填\"]\n", with: "")
        let folder = try folder(project: withoutMarker)
        defer { try? FileManager.default.removeItem(at: folder) }
        let formula = ["--formula", "营业收入 ~ 研发费用", "--format", "json"]
        let refused = try CLIRunner.run(["estimate", "--project", folder.path] + formula)
        #expect(refused.status != 0, "未填 makes 研发费用 text without the marker")
        let run = try CLIRunner.run(["estimate", "--project", folder.path, "--na-values", "未填"] + formula)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(abs((Self.number("estimate", after: "\"研发费用\"", in: run.stdout) ?? 0) - 220) < 1e-9)
    }
}
