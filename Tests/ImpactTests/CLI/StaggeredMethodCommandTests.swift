import Foundation
import Testing

/// `impact staggered --covariates … --method …` run as a binary on the staggered_covariates
/// fixture (csdid 0.4.3's numbers in its `expected.json`).
@Suite("impact staggered with covariates (binary)")
struct StaggeredMethodCommandTests {
    private static let fixture = CLIRunner.repositoryRoot
        .appendingPathComponent("Tests/ImpactTests/Fixtures/reference/staggered_covariates")
    private static let mpdta = fixture.appendingPathComponent("mpdta.csv").path

    private func run(_ extra: [String]) throws -> CLIResult {
        try CLIRunner.run(["staggered", "--data", Self.mpdta, "--id", "countyreal", "--time", "year",
                           "--cohort", "first.treat", "--outcome", "lemp"] + extra)
    }

    @Test("--covariates lpop --method ipw gives csdid's simple ATT, pre-test, intervals and the method")
    func covariatesJSON() throws {
        let result = try run(["--covariates", "lpop", "--method", "ipw", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let root = try #require(JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.fixture.appendingPathComponent("expected.json"))) as? [String: Any])
        let cases = try #require(root["cases"] as? [String: [String: Any]])
        let expected = try #require(cases["mpdta_ipw_nevertreated"]?["aggte"] as? [String: [String: Any]])
        let simple = try #require((object["aggregations"] as? [String: Any])?["simple"] as? [String: Any])
        let att = try #require(simple["att"] as? Double), reference = try #require(expected["simple"]?["overall_att"] as? Double)
        #expect(abs(att - reference) <= 1e-6 * abs(reference))
        #expect(simple["ci_low"] is Double && simple["ci_high"] is Double)
        #expect(object["method"] as? String == "ipw" && object["covariates"] as? [String] == ["lpop"])
        let pretest = try #require(object["pretest"] as? [String: Any])
        #expect(pretest["df"] as? Int == 5 && pretest["p_value"] is Double)
    }

    @Test("the text summary names the method, covariates and pre-test; --cluster needs --bootstrap")
    func summaryAndClusterRule() throws {
        let text = try run(["--covariates", "lpop", "--lang", "en"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Summary: overall average treatment effect"))
        #expect(text.stdout.contains("Estimation method: doubly robust (Sant'Anna–Zhao); covariates: lpop."))
        #expect(text.stdout.contains("Pre-test of parallel trends"))
        let refused = try run(["--cluster", "first.treat"])
        #expect(refused.status != 0 && refused.stderr.contains("--bootstrap"))
        let clustered = try run(["--cluster", "first.treat", "--bootstrap", "30", "--format", "json"])
        #expect(clustered.status == 0, "\(clustered.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(clustered.stdout.utf8)) as? [String: Any])
        #expect(object["n_clusters"] as? Int == 4 && object["pretest"] is NSNull)
    }

    @Test("--panel false and --allow-unbalanced give csdid's simple ATT; an unbalanced panel names both options")
    func crossSectionsAndUnbalanced() throws {
        let folder = CLIRunner.repositoryRoot.appendingPathComponent("Tests/ImpactTests/Fixtures/reference/staggered_rc")
        let root = try #require(JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("expected.json"))) as? [String: Any])
        let cases = try #require(root["cases"] as? [String: [String: Any]])
        let unbalanced = folder.appendingPathComponent("mpdta_unbalanced.csv").path
        let runs: [(String, [String])] = [
            ("rc_dr_nevertreated", ["--data", folder.appendingPathComponent("cross_sections.csv").path, "--id", "firm",
                                    "--cohort", "cohort", "--outcome", "y", "--covariates", "x1,x2", "--panel", "false"]),
            ("unbalanced_dr_notyettreated", ["--data", unbalanced, "--id", "countyreal", "--cohort", "first.treat",
                                             "--outcome", "lemp", "--covariates", "lpop", "--control", "notyet",
                                             "--allow-unbalanced"]),
        ]
        for (name, arguments) in runs {
            let result = try CLIRunner.run(["staggered", "--time", "year"] + arguments + ["--format", "json"])
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let simple = try #require((object["aggregations"] as? [String: Any])?["simple"] as? [String: Any])
            let att = try #require(simple["att"] as? Double), se = try #require(simple["std_error"] as? Double)
            let expected = try #require((cases[name]?["aggte"] as? [String: [String: Any]])?["simple"])
            let reference = try #require(expected["overall_att"] as? Double)
            let referenceSE = try #require(expected["overall_se"] as? Double)
            #expect(abs(att - reference) <= 1e-6 * abs(reference), "\(name): \(att) vs \(reference)")
            #expect(abs(se - referenceSE) <= 1e-6 * referenceSE, "\(name): se \(se) vs \(referenceSE)")
        }
        let refused = try CLIRunner.run(["staggered", "--data", unbalanced, "--id", "countyreal", "--time", "year",
                                         "--cohort", "first.treat", "--outcome", "lemp"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--allow-unbalanced") && refused.stderr.contains("--drop-incomplete"))
    }
}
