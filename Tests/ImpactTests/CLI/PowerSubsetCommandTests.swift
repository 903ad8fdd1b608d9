import Foundation
import Testing

/// `impact power --subset` and a transformed `--outcome`, through the shared `SampleOptions`
/// as `did` and `estimate` take them.
@Suite("impact power --subset (binary)")
struct PowerSubsetCommandTests {
    static let panel = "datasets/chaoyang-2024/panel.csv"
    static let design = ["--firms", "10", "--pre", "2", "--post", "2", "--simulations", "0", "--format", "json"]

    private func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("--subset \"sector == '工业'\" equals the same rows written to their own file; JSON adds the subset's counts")
    func subsetEqualsFile() throws {
        let text = try String(contentsOfFile: Self.panel, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        let kept = lines.dropFirst().filter { $0.split(separator: ",", omittingEmptySubsequences: false)[2] == "工业" }
        #expect(kept.count == 150)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("impact-power-subset-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try (([lines[0]] + kept).joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)

        let subset = try CLIRunner.run(["power", "--data", Self.panel, "--subset", "sector == '工业'"] + Self.design)
        let own = try CLIRunner.run(["power", "--data", file.path] + Self.design)
        #expect(subset.status == 0 && own.status == 0, "\(subset.stderr) \(own.stderr)")
        let subsetObject = try object(subset.stdout)
        let ownObject = try object(own.stdout)
        let analytic = try #require(subsetObject["analytic"] as? [String: Any])
        #expect(NSDictionary(dictionary: analytic).isEqual(to: try #require(ownObject["analytic"] as? [String: Any])))
        let components = try #require(subsetObject["variance_components"] as? [String: Any])
        #expect(components["panel_firms"] as? Int == 30)
        let counts = try #require(subsetObject["subset"] as? [String: Any])
        #expect(counts["expression"] as? String == "sector == '工业'")
        #expect(counts["rows_kept"] as? Int == 150 && counts["rows_total"] as? Int == 1055)
        #expect(ownObject["subset"] == nil)
        // Without --subset the document is unchanged: no "subset" member.
        let whole = try CLIRunner.run(["power", "--data", Self.panel] + Self.design)
        #expect(try object(whole.stdout)["subset"] == nil)
        let english = try CLIRunner.run(["power", "--data", Self.panel, "--subset", "sector == '工业'", "--lang", "en",
                                         "--firms", "10", "--pre", "2", "--post", "2", "--simulations", "0"])
        #expect(english.stdout.contains("\nSubset\nCondition         Rows kept  Rows in the data\n"), "\(english.stdout)")
        let last = try #require(english.stdout.split(separator: "\n").last)
        #expect(last.split(separator: " ") == ["sector", "==", "'工业'", "150", "1055"])
    }

    @Test("--outcome \"I(revenue_wan / 10)\": the minimum detectable effect is a tenth, its percent unchanged")
    func transformedOutcome() throws {
        let plain = try object(CLIRunner.run(["power", "--data", Self.panel, "--outcome", "revenue_wan"] + Self.design).stdout)
        let run = try CLIRunner.run(["power", "--data", Self.panel, "--outcome", "I(revenue_wan / 10)"] + Self.design)
        #expect(run.status == 0, "\(run.stderr)")
        let scaled = try object(run.stdout)
        #expect(scaled["outcome"] as? String == "I(revenue_wan / 10)")
        let mde = { (object: [String: Any], key: String) in
            ((object["analytic"] as? [String: Any])?[key] as? NSNumber)?.doubleValue ?? .nan
        }
        #expect(abs(mde(scaled, "mde") * 10 - mde(plain, "mde")) <= 1e-9 * mde(plain, "mde"))
        #expect(abs(mde(scaled, "mde_percent") - mde(plain, "mde_percent")) <= 1e-9 * mde(plain, "mde_percent"))
    }
}
