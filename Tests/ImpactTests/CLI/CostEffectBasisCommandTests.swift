import Foundation
import Testing

/// `impact cost-effect` and `impact did` on staggered adoption (fixture
/// data/cost_effect_staggered: starts 2020 and 2022, awards of 100 万元 once).
@Suite("impact cost-effect basis and staggered warnings (binary)")
struct CostEffectBasisCommandTests {
    static let panel = "Tests/ImpactTests/Fixtures/data/cost_effect_staggered/panel.csv"

    @Test("--estimator cs gives the Callaway–Sant'Anna figure; TWFE warns and names the option")
    func estimators() throws {
        let cs = try CLIRunner.run(["cost-effect", "--panel", Self.panel, "--estimator", "cs", "--format", "json"])
        #expect(cs.status == 0, "\(cs.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(cs.stdout.utf8)) as? [String: Any])
        let figure = try #require(object["cs"] as? [String: Any])
        // Awards: 5 treated firms × 100 万元 (paid in the start year, a post row).
        #expect(figure["denominator"] as? Double == 500)
        #expect(object["horizon_years"] as? Int == 4)
        let twfe = try CLIRunner.run(["cost-effect", "--panel", Self.panel, "--fe"])
        #expect(twfe.status == 0, "\(twfe.stderr)")
        #expect(twfe.stderr.contains("support starts in different periods (2020, 2022)"), "\(twfe.stderr)")
        #expect(twfe.stderr.contains("--estimator cs"))
        // paid and once agree here: each award sits on one post row.
        let once = try CLIRunner.run(["cost-effect", "--panel", Self.panel, "--estimator", "cs", "--format", "json",
                                      "--subsidy-basis", "once"])
        let onceObject = try #require(try JSONSerialization.jsonObject(with: Data(once.stdout.utf8)) as? [String: Any])
        let onceFigure = try #require(onceObject["cs"] as? [String: Any])
        #expect(onceFigure["value"] as? Double == figure["value"] as? Double)
        #expect(onceFigure["subsidy_basis"] as? String == "once" && figure["subsidy_basis"] as? String == "paid")
    }

    @Test("impact did on staggered timing warns; a covariate naming the outcome is refused")
    func didWarnings() throws {
        let did = try CLIRunner.run(["did", "--data", Self.panel, "--outcome", "revenue_wan", "--fe"])
        #expect(did.status == 0, "\(did.stderr)")
        #expect(did.stderr.contains("treated units start in different periods (2020, 2022)"), "\(did.stderr)")
        #expect(did.stderr.contains("impact staggered"))
        let refused = try CLIRunner.run(["did", "--data", Self.panel, "--outcome", "revenue_wan",
                                         "--covariates", "revenue_wan"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("The covariate 'revenue_wan' is the design's outcome"), "\(refused.stderr)")
    }
}
