import Foundation
import Testing

/// `impact staggered --panel false` (repeated cross-sections): every row is its own unit, so
/// the report counts observations, not firms, says the standard errors treat rows as
/// independent, and the JSON records the layout (`sample_layout`).
@Suite("staggered: the sample layout in words and JSON (binary)")
struct CrossSectionLayoutCommandTests {
    static let folder = "Tests/ImpactTests/Fixtures/reference/staggered_rc/"
    /// 1500 rows, none missing: 1500 units under repeated cross-sections.
    static let crossSections = ["staggered", "--data", folder + "cross_sections.csv", "--id", "firm", "--time", "year",
                                "--cohort", "cohort", "--outcome", "y", "--panel", "false"]

    private func object(_ arguments: [String]) throws -> [String: Any] {
        let run = try CLIRunner.run(arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    }

    @Test("--panel false: \"observations: 1500\" / \"观测数 1500\", never \"firms:\"; JSON sample_layout repeated_cross_sections")
    func crossSections() throws {
        let english = try CLIRunner.run(Self.crossSections + ["--lang", "en"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.contains("anticipation periods: 0; observations: 1500; cohorts: 3."), "\(english.stdout)")
        #expect(english.stdout.contains("base period: varying; observations: 1500."))
        #expect(english.stdout.contains("observations independent (repeated cross-sections)"))
        #expect(!english.stdout.contains("firms: ") && !english.stdout.contains("clustered by firm"))
        let chinese = try CLIRunner.run(Self.crossSections)
        #expect(chinese.stdout.contains("预期期数：0；观测数 1500；组数 3。"), "\(chinese.stdout)")
        #expect(!chinese.stdout.contains("企业数") && !chinese.stdout.contains("按企业聚类"))
        let json = try object(Self.crossSections)
        #expect(json["sample_layout"] as? String == "repeated_cross_sections")
        #expect(json["n_units"] as? Int == 1500)
        // The bootstrap keeps the layout.
        let bootstrapped = try object(Self.crossSections + ["--bootstrap", "20", "--seed", "1"])
        #expect(bootstrapped["sample_layout"] as? String == "repeated_cross_sections")
    }

    @Test("a panel counts firms and records balanced_panel or unbalanced_panel")
    func panels() throws {
        let unbalanced = ["staggered", "--data", Self.folder + "mpdta_unbalanced.csv", "--id", "countyreal", "--time", "year",
                          "--cohort", "first.treat", "--outcome", "lemp", "--allow-unbalanced"]
        let json = try object(unbalanced)
        #expect(json["sample_layout"] as? String == "unbalanced_panel")
        let text = try CLIRunner.run(unbalanced + ["--lang", "en"])
        let units = try #require(json["n_units"] as? Int)
        #expect(text.stdout.contains("; firms: \(units); cohorts:") && !text.stdout.contains("observations: "), "\(text.stdout)")
        let balanced = try object(["staggered", "--data", "Tests/ImpactTests/Fixtures/reference/staggered_covariates/simulated.csv",
                                   "--id", "firm", "--time", "year", "--cohort", "cohort", "--outcome", "y"])
        #expect(balanced["sample_layout"] as? String == "balanced_panel")
    }
}
