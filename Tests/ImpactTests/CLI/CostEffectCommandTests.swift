import Foundation
import Testing

/// `impact cost-effect` on fixtures dose_response_subsidy (statsmodels 0.15.0 HC1 slope,
/// fsum naive ratio) and did_2x2 (numpy peer, see CostEffectivenessTests).
@Suite("impact cost-effect (binary)")
struct CostEffectCommandTests {
    static let base = CLIRunner.repositoryRoot.appendingPathComponent("Tests/ImpactTests/Fixtures/reference")

    @Test("three methods in JSON agree with the peers; text shows the unit")
    func all() throws {
        let arguments = ["cost-effect", "--data", Self.base.appendingPathComponent("dose_response_subsidy/data.csv").path,
                         "--controls", "employees,firm_age,log_assets", "--sector", "sector",
                         "--panel", Self.base.appendingPathComponent("did_2x2/data.csv").path]
        let run = try CLIRunner.run(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        func value(_ key: String) -> Double? { ((json[key] as? [String: Any])?["value"] as? NSNumber)?.doubleValue }
        // One basis (issue 9): did_2x2 has 3 post-policy years, so the one-year naive ratio and
        // slope of the peers are stated over 3 years, like the DiD figure.
        #expect(json["horizon_years"] as? Int == 3)
        #expect(abs(value("naive")! - 3 * 3.6543616289495504) < 1e-12)
        #expect(abs(value("dose_response")! - 3 * 2.4204298788437644) < 3e-6 * 2.42)
        #expect(abs(value("did")! - 4.949812000155436) < 1e-6 * 4.95)
        let text = try CLIRunner.run(arguments + ["--lang", "en"])
        #expect(text.stdout.contains("万元 per 万元") && text.stdout.contains("attribution, not causal"))
        let none = try CLIRunner.run(["cost-effect"])
        #expect(none.status != 0)
    }
}
