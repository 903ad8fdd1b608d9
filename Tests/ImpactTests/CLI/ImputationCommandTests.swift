import Foundation
import Testing

/// `impact staggered --estimator imputation`, run as a binary on the reference fixtures.
@Suite("impact staggered --estimator imputation (binary)")
struct ImputationCommandTests {
    static let balanced = [
        "staggered", "--data", "Tests/ImpactTests/Fixtures/reference/event_study_staggered/data.csv",
        "--id", "firm_id", "--time", "year", "--cohort", "cohort", "--outcome", "y", "--estimator", "imputation",
    ]

    @Test("JSON: overall {att, std_error} and event_study [{event_time, estimate, std_error, ci_low, ci_high}], as diff-diff")
    func json() throws {
        let result = try CLIRunner.run(Self.balanced + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(JSONSerialization.jsonObject(with: result.stdoutData) as? [String: Any])
        let overall = try #require(root["overall"] as? [String: Any])
        #expect(abs((overall["att"] as! Double) - 0.9853033798306724) < 1e-8)
        #expect(abs((overall["std_error"] as! Double) - 0.031428205446430726) < 1e-8)
        let events = try #require(root["event_study"] as? [[String: Any]])
        #expect(events.compactMap { $0["event_time"] as? Int } == Array(0...6))
        let first = try #require(events.first)
        let (estimate, se) = (first["estimate"] as! Double, first["std_error"] as! Double)
        #expect(abs(estimate - 0.5601551032031836) < 1e-8 && abs(se - 0.04054359995218695) < 1e-8)
        #expect(abs((first["ci_low"] as! Double) - (estimate - 1.959963984540054 * se)) < 1e-12)
        #expect(abs((first["ci_high"] as! Double) - (estimate + 1.959963984540054 * se)) < 1e-12)
        let keys = result.stdout.components(separatedBy: "\n").dropFirst().prefix(2).joined()
        #expect(keys.contains("\"estimator\": \"imputation\"") && keys.contains("\"overall\": {\"att\""))
    }

    @Test("HTML draws the event-time chart with intervals, event time 0…6 in order; every text format prints")
    func formats() throws {
        let html = try CLIRunner.run(Self.balanced + ["--format", "html", "--lang", "en"])
        #expect(html.status == 0, "\(html.stderr)")
        let texts = try ChartCommandTests.svgTexts(html.stdout)
        #expect(texts.first?.hasSuffix(": Estimate with 95% intervals") == true, "\(texts.first ?? "")")
        #expect(texts.compactMap(Int.init) == Array(0...6))
        for format in ["table", "md", "csv"] {
            let output = try CLIRunner.run(Self.balanced + ["--format", format])
            #expect(output.status == 0 && output.stdout.contains("0.9853"), "\(format): \(output.stderr)")
        }
    }

    @Test("unbalanced panel with a covariate: the firm treated from its first row is reported on stderr")
    func unbalanced() throws {
        let result = try CLIRunner.run([
            "staggered", "--data", "Tests/ImpactTests/Fixtures/reference/imputation/data.csv", "--id", "firm",
            "--time", "year", "--cohort", "first_year", "--outcome", "y", "--estimator", "imputation",
            "--covariates", "x", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("5 treated row(s) could not be imputed") && result.stderr.contains("F002"))
        #expect(result.stdout.contains("\"code\": \"treated_rows_not_imputable\""))
        #expect(result.stdout.contains("\"att\": 1.08199802369"))
    }

    @Test("an unknown covariate is refused by either estimator, naming it")
    func unknownCovariate() throws {
        for estimator in ["cs", "imputation"] {
            let result = try CLIRunner.run([
                "staggered", "--data", "Tests/ImpactTests/Fixtures/reference/event_study_staggered/data.csv",
                "--id", "firm_id", "--time", "year", "--cohort", "cohort", "--outcome", "y",
                "--covariates", "营业收入", "--estimator", estimator,
            ])
            #expect(result.status != 0, "\(estimator)")
            #expect(result.stderr.contains("营业收入"), "\(estimator): \(result.stderr)")
        }
    }

    @Test("options of the Callaway–Sant'Anna estimator are refused with --estimator imputation, not ignored")
    func callawaySantAnnaOptionsRefused() throws {
        let result = try CLIRunner.run([
            "staggered", "--data", "Tests/ImpactTests/Fixtures/reference/event_study_staggered/data.csv",
            "--id", "firm_id", "--time", "year", "--cohort", "cohort", "--outcome", "y",
            "--estimator", "imputation", "--honest-mbar", "0,1", "--anticipation", "1",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--honest-mbar, --anticipation apply to the Callaway–Sant'Anna estimator"))
        #expect(result.stdout.isEmpty)
        let layout = try CLIRunner.run([
            "staggered", "--data", "Tests/ImpactTests/Fixtures/reference/event_study_staggered/data.csv",
            "--id", "firm_id", "--time", "year", "--cohort", "cohort", "--outcome", "y",
            "--estimator", "imputation", "--panel", "false", "--control", "notyet",
        ])
        #expect(layout.status == 64)
        #expect(layout.stderr.contains("--panel false, --control apply to the Callaway–Sant'Anna estimator"), "\(layout.stderr)")
    }

    @Test("--subset with --estimator imputation: the JSON records the expression and the rows kept")
    func subsetRecorded() throws {
        let result = try CLIRunner.run([
            "staggered", "--data", "Tests/ImpactTests/Fixtures/reference/event_study_staggered/data.csv",
            "--id", "firm_id", "--time", "year", "--cohort", "cohort", "--outcome", "y",
            "--estimator", "imputation", "--subset", "year >= 2016", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let subset = try #require(object["subset"] as? [String: Any])
        #expect(subset["expression"] as? String == "year >= 2016")
    }
}
