import Foundation
import Testing

/// `impact did` run as a binary on fixture did_2x2; expected numbers are pyfixest 0.60.0
/// (model b) and statsmodels 0.15.0 (model a) from the fixture's `expected.json`.
@Suite("impact did (binary)")
struct DiDCommandTests {
    static let data = CLIRunner.repositoryRoot
        .appendingPathComponent("Tests/ImpactTests/Fixtures/reference/did_2x2/data.csv").path

    func object(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("--fe JSON has the fixed keys and agrees with pyfixest (CRV1 by firm)")
    func twoWayJSON() throws {
        let run = try CLIRunner.run(["did", "--data", Self.data, "--id", "firm_id", "--time", "year",
                                     "--treated", "treated", "--post", "post", "--outcome", "y", "--fe", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try object(run.stdout)
        let expected: [(String, Double)] = [("att", 0.0878867847280157), ("std_error", 0.010442538003026679),
                                            ("ci_low", 0.06733660437151373), ("ci_high", 0.10843696508451767)]
        for (key, value) in expected {
            let actual = try #require((json[key] as? NSNumber)?.doubleValue, "\(key)")
            #expect(abs(actual - value) <= 1e-6 * abs(value), "\(key): \(actual) vs \(value)")
        }
        #expect(json["nobs"] as? Int == 1800)
        let coefficients = try #require(json["coefficients"] as? [[String: Any]])
        #expect(coefficients.map { $0["term"] as? String } == ["treated:post"])
    }

    @Test("pooled text output in English, and a seeded bootstrap in JSON that repeats exactly")
    func pooledAndBootstrap() throws {
        let text = try CLIRunner.run(["did", "--data", Self.data, "--outcome", "y", "--lang", "en"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Difference-in-differences: y") && text.stdout.contains("0.0879"))
        #expect(text.stdout.contains("Cell means"))
        let arguments = ["did", "--data", Self.data, "--outcome", "y", "--bootstrap", "199", "--seed", "5",
                         "--weights", "webb", "--format", "json"]
        let first = try CLIRunner.run(arguments)
        let second = try CLIRunner.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        let bootstrap = try #require(try object(first.stdout)["bootstrap"] as? [String: Any])
        #expect(bootstrap["replications"] as? Int == 199 && bootstrap["weights"] as? String == "webb")
        #expect(first.stderr.isEmpty, "no progress bar when standard error is not a terminal")
    }

    @Test("a missing column and a non-binary treatment column fail with a clear message and a non-zero status")
    func failures() throws {
        let missing = try CLIRunner.run(["did", "--data", Self.data, "--outcome", "sales"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("sales"))
        let years = try CLIRunner.run(["did", "--data", Self.data, "--outcome", "y", "--treated", "year"])
        #expect(years.status != 0)
        #expect(years.stderr.contains("Column year must hold 0 or 1"), "\(years.stderr)")
    }

    @Test("--post-year builds the post indicator (bundled synthetic panel: 97 supported, 114 not)")
    func postYear() throws {
        let panel = CLIRunner.repositoryRoot.appendingPathComponent("datasets/chaoyang-2024/panel.csv").path
        let run = try CLIRunner.run(["did", "--data", panel, "--treated", "supported", "--post-year", "2023",
                                     "--outcome", "revenue_wan", "--fe", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try object(run.stdout)
        #expect(json["nobs"] as? Int == 1055 && json["treated_units"] as? Int == 97 && json["control_units"] as? Int == 114)
        #expect(json["term"] as? String == "supported:post_2023")
        // Balanced panel, one post year: the TWFE ATT equals the difference of the four cell means.
        let att = try #require((json["att"] as? NSNumber)?.doubleValue)
        let means = try #require(json["cell_means"] as? [String: Any])
        let did = try #require((means["difference_in_differences"] as? NSNumber)?.doubleValue)
        #expect(abs(att - did) < 1e-8 * abs(did))
    }
}
