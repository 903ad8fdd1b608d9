import Foundation
import Testing

/// Every command, run twice with the same arguments, writes byte-identical output in every
/// format: no dictionary or set iteration order, no dates, no addresses reach the output.
/// The inputs are the small bundled dataset and reference fixtures the command tests use.
@Suite("CLI determinism (binary)")
struct DeterminismTests {
    /// One command line to repeat, named for the test's arguments.
    struct Invocation: Sendable {
        let name: String
        let arguments: [String]
        /// The formats to try; `nil` for all of ``DeterminismTests/formats`` (`--latex`
        /// ignores `--format`, so one is enough there).
        var formats: [String]? = nil
    }

    /// One invocation in one format.
    struct Run: CustomTestStringConvertible, Sendable {
        let invocation: Invocation
        let format: String

        var testDescription: String { "\(invocation.name) --format \(format)" }
    }

    static let fixtures = "Tests/ImpactTests/Fixtures/reference/"

    /// One invocation of each command on small data (paths relative to the repository root,
    /// the runner's working directory), without `--format`.
    static let invocations: [Invocation] = [
        Invocation(name: "report", arguments: ["report"]),
        Invocation(name: "score", arguments: ["score", "datasets/chaoyang-2024/indicators.csv"]),
        Invocation(name: "report DIR (impact.toml)", arguments: ["report", "datasets/chaoyang-2024"]),
        Invocation(name: "growth --project", arguments: ["growth", "--project", "datasets/chaoyang-2024"]),
        Invocation(name: "did --project --treated COLUMN=VALUE", arguments: [
            "did", "--project", "datasets/chaoyang-2024", "--treated", "support_line=工业", "--outcome", "output_wan", "--fe",
        ]),
        Invocation(name: "growth", arguments: ["growth"]),
        Invocation(name: "growth --sort-by contribution", arguments: ["growth", "--sort-by", "contribution"]),
        Invocation(name: "rd", arguments: ["rd"]),
        Invocation(name: "estimate", arguments: [
            "estimate", "--data", fixtures + "twfe_unbalanced_missing/data.csv",
            "--formula", "y ~ x1 + x2 | firm_id + year",
        ]),
        Invocation(name: "did", arguments: [
            "did", "--data", fixtures + "did_2x2/data.csv", "--id", "firm_id", "--time", "year",
            "--treated", "treated", "--post", "post", "--outcome", "y", "--fe",
        ]),
        Invocation(name: "event-study", arguments: [
            "event-study", "--data", fixtures + "event_study_staggered/data.csv", "--id", "firm_id",
            "--time", "year", "--cohort", "cohort", "--outcome", "y", "--ref", "-1",
        ]),
        Invocation(name: "staggered", arguments: [
            "staggered", "--data", fixtures + "event_study_staggered/data.csv", "--id", "firm_id",
            "--time", "year", "--cohort", "cohort", "--outcome", "y",
        ]),
        Invocation(name: "psm", arguments: [
            "psm", "--data", fixtures + "logit_propensity/data.csv", "--treated", "treated",
            "--covariates", "x1,x2", "--outcome", "x3", "--method", "nn",
        ]),
        Invocation(name: "cost-effect", arguments: [
            "cost-effect", "--data", fixtures + "dose_response_subsidy/data.csv",
            "--controls", "employees,firm_age,log_assets", "--sector", "sector",
            "--panel", fixtures + "did_2x2/data.csv",
        ]),
        // Variants with options that add computation: seeded bootstraps, companions,
        // several models, effect lines, English labels.
        // Actuals computed from the panel (execution rate: a sum over firms).
        Invocation(name: "score --data", arguments: [
            "score", "datasets/chaoyang-2024/indicators.csv", "--data", "datasets/chaoyang-2024/panel.csv",
        ]),
        Invocation(name: "growth --lines --sort-by --unit", arguments: [
            "growth", "--lines", "datasets/chaoyang-2024/sector_totals.csv", "--sort-by", "pull", "--unit", "亿元",
        ]),
        Invocation(name: "estimate, two models, English", arguments: [
            "estimate", "--data", fixtures + "twfe_unbalanced_missing/data.csv",
            "--formula", "y ~ x1 | firm_id + year", "--formula", "y ~ x1 + x2 | firm_id + year",
            "--vcov", "hc1", "--lang", "en",
        ]),
        Invocation(name: "estimate, 2SLS with fixed effects and an OLS model, English", arguments: [
            "estimate", "--data", fixtures + "iv/data.csv",
            "--formula", "y ~ x1 | firm + year | x2 ~ z1 + z2", "--formula", "y ~ x1 | x2 + x3 ~ z1 + z2 + z3",
            "--formula", "y ~ x1 + x2 | firm", "--vcov", "cluster:firm", "--lang", "en",
        ]),
        Invocation(name: "estimate, weak instrument", arguments: [
            "estimate", "--data", fixtures + "iv/data.csv", "--formula", "y ~ x1 | xw ~ zw", "--vcov", "hc1",
        ]),
        Invocation(name: "estimate --timings (timings on standard error only)", arguments: [
            "estimate", "--data", fixtures + "twfe_unbalanced_missing/data.csv",
            "--formula", "y ~ x1 + x2 | firm_id + year", "--timings",
        ]),
        Invocation(name: "estimate --latex", arguments: [
            "estimate", "--data", fixtures + "twfe_unbalanced_missing/data.csv",
            "--formula", "y ~ x1 + x2 | firm_id + year", "--latex",
        ], formats: ["table"]),
        Invocation(name: "did --bootstrap", arguments: [
            "did", "--data", fixtures + "did_2x2/data.csv", "--outcome", "y", "--fe", "--bootstrap", "99", "--seed", "3",
        ]),
        Invocation(name: "event-study --sun-abraham --bacon", arguments: [
            "event-study", "--data", fixtures + "event_study_staggered/data.csv", "--outcome", "y",
            "--sun-abraham", "--bacon",
        ]),
        Invocation(name: "growth --missing error", arguments: ["growth", "--missing", "error", "--lang", "en"]),
        Invocation(name: "rd --missing drop", arguments: ["rd", "--missing", "drop"]),
        Invocation(name: "growth on .xlsx, office headers", arguments: [
            "growth", "--data", "Tests/ImpactTests/Fixtures/xlsx/panel-openpyxl.xlsx", "--id", "统一社会信用代码",
            "--time", "年份", "--sector", "所属行业", "--value", "营业收入(万元)", "--supported", "是否获得支持=是",
            "--subsidy", "支持金额(万元)",
        ]),
        Invocation(name: "did --treated COLUMN=VALUE on GBK", arguments: [
            "did", "--data", "Tests/ImpactTests/Fixtures/xlsx/panel-gbk.csv", "--id", "统一社会信用代码", "--time", "年份",
            "--outcome", "营业收入(万元)", "--treated", "是否获得支持=是", "--post-year", "2023",
        ]),
        Invocation(name: "psm --treated COLUMN=VALUE", arguments: [
            "psm", "--data", "Tests/ImpactTests/Fixtures/xlsx/panel-utf8-bom.csv", "--id", "统一社会信用代码",
            "--treated", "是否获得支持=是", "--covariates", "研发费用(万元)", "--outcome", "营业收入(万元)",
        ]),
        Invocation(name: "cost-effect --subsidy-basis --horizon", arguments: [
            "cost-effect", "--data", fixtures + "dose_response_subsidy/data.csv",
            "--panel", fixtures + "did_2x2/data.csv", "--subsidy-basis", "once", "--horizon", "2",
        ]),
        Invocation(name: "cost-effect --estimator cs", arguments: [
            "cost-effect", "--panel", "Tests/ImpactTests/Fixtures/data/cost_effect_staggered/panel.csv",
            "--subsidy-basis", "once", "--estimator", "cs",
        ]),
        Invocation(name: "estimate I() --weights I() --subset", arguments: [
            "estimate", "--data", fixtures + "formulas/wages.csv", "--formula", "y ~ I((age-25)^2) + log(inc) + poly(age, 2)",
            "--weights", "I(1/inc)", "--subset", "state in ('KY', 'OH') & !(year < 2012)", "--vcov", "hc1",
        ]),
        Invocation(name: "estimate --split", arguments: [
            "estimate", "--data", fixtures + "formulas/wages.csv", "--formula", "y ~ age + sqrt(inc - 10)",
            "--split", "sector", "--subset", "year >= 2012",
        ]),
        Invocation(name: "did pooled cross-section --subset", arguments: [
            "did", "--data", fixtures + "formulas/houses.csv", "--outcome", "I(log(price))", "--treated", "nearinc",
            "--post", "y81", "--subset", "rooms >= 5",
        ]),
        Invocation(name: "event-study --subset", arguments: [
            "event-study", "--data", fixtures + "event_study_staggered/data.csv", "--id", "firm_id",
            "--time", "year", "--cohort", "cohort", "--outcome", "y", "--subset", "firm_id != 'F00001'",
        ]),
        Invocation(name: "staggered --bootstrap", arguments: [
            "staggered", "--data", fixtures + "event_study_staggered/data.csv", "--outcome", "y",
            "--bootstrap", "50", "--seed", "2",
        ]),
        Invocation(name: "staggered --panel false --covariates --bootstrap", arguments: [
            "staggered", "--data", fixtures + "staggered_rc/cross_sections.csv",
            "--id", "firm", "--time", "year", "--cohort", "cohort", "--outcome", "y", "--covariates", "x1,x2",
            "--panel", "false", "--control", "notyet", "--bootstrap", "50", "--seed", "3",
        ]),
        Invocation(name: "staggered --allow-unbalanced --method reg", arguments: [
            "staggered", "--data", fixtures + "staggered_rc/mpdta_unbalanced.csv",
            "--id", "countyreal", "--time", "year", "--cohort", "first.treat", "--outcome", "lemp",
            "--covariates", "lpop", "--method", "reg", "--allow-unbalanced",
        ]),
        Invocation(name: "staggered --estimator imputation --covariates (unbalanced)", arguments: [
            "staggered", "--data", fixtures + "imputation/data.csv", "--id", "firm", "--time", "year",
            "--cohort", "first_year", "--outcome", "y", "--estimator", "imputation", "--covariates", "x",
        ]),
        Invocation(name: "power (seeded simulation)", arguments: [
            "power", "--data", "datasets/chaoyang-2024/panel.csv", "--outcome", "revenue_wan", "--firms", "100",
            "--pre", "2", "--post", "2", "--simulations", "300", "--seed", "7",
        ]),
        Invocation(name: "power --effect 10% (firms needed), --comparison, --alpha, English", arguments: [
            "power", "--project", "datasets/chaoyang-2024", "--effect", "10%", "--comparison", "80",
            "--pre", "3", "--post", "1", "--alpha", "0.1", "--power", "0.9", "--simulations", "200", "--seed", "11",
            "--lang", "en",
        ]),
        Invocation(name: "power --subset, I() outcome (seeded simulation)", arguments: [
            "power", "--data", "datasets/chaoyang-2024/panel.csv", "--outcome", "I(log(revenue_wan))",
            "--subset", "sector != '工业'", "--firms", "20", "--pre", "2", "--post", "2", "--simulations", "100",
            "--seed", "5",
        ]),
        Invocation(name: "staggered --covariates --method ipw --cluster --bootstrap", arguments: [
            "staggered", "--data", fixtures + "staggered_covariates/simulated.csv", "--id", "firm",
            "--time", "year", "--cohort", "cohort", "--outcome", "y", "--covariates", "x1,x2",
            "--method", "ipw", "--control", "notyet", "--anticipation", "1", "--bootstrap", "40",
            "--seed", "3", "--cluster", "cohort",
        ]),
        Invocation(name: "event-study --honest-mbar --honest-m", arguments: [
            "event-study", "--data", "Tests/ImpactTests/Fixtures/data/honest_panel/panel.csv", "--id", "企业",
            "--time", "年份", "--cohort", "首次受支持年", "--outcome", "营业收入",
            "--honest-mbar", "0,1", "--honest-m", "0,0.5", "--sun-abraham",
        ]),
        Invocation(name: "staggered --base-period universal --honest-mbar", arguments: [
            "staggered", "--data", "Tests/ImpactTests/Fixtures/data/honest_panel/panel.csv", "--id", "企业",
            "--time", "年份", "--cohort", "首次受支持年", "--outcome", "营业收入",
            "--base-period", "universal", "--honest-mbar", "0,1",
        ]),
    ]

    static let formats = ["table", "md", "csv", "json", "html", "xlsx", "docx"]

    static let runs = invocations.flatMap { invocation in
        (invocation.formats ?? formats).map { Run(invocation: invocation, format: $0) }
    }

    @Test("same arguments, same bytes", arguments: runs)
    func sameBytes(run: Run) throws {
        let arguments = run.invocation.arguments + ["--format", run.format]
        let first = try CLIRunner.run(arguments)
        let second = try CLIRunner.run(arguments)
        #expect(first.status == 0, "impact \(arguments.joined(separator: " ")): \(first.stderr)")
        #expect(second.status == 0, "impact \(arguments.joined(separator: " ")): \(second.stderr)")
        #expect(!first.stdoutData.isEmpty, "impact \(arguments.joined(separator: " ")) printed nothing")
        let difference = Self.firstDifference(first.stdoutData, second.stdoutData)
        #expect(first.stdoutData == second.stdoutData,
                "impact \(arguments.joined(separator: " ")) differs between runs from byte \(difference)")
    }

    @Test("init writes the same bytes into two folders, and report runs on them the same")
    func initSameBytes() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("impact-det-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: base) }
        let (one, two) = (base.appendingPathComponent("1/evaluation"), base.appendingPathComponent("2/evaluation"))
        for folder in [one, two] { #expect(try CLIRunner.run(["init", folder.path, "--lang", "en"]).status == 0) }
        for name in ["impact.toml", "indicators.csv", "example_panel.csv", "README.md"] {
            #expect(try Data(contentsOf: one.appendingPathComponent(name)) == Data(contentsOf: two.appendingPathComponent(name)))
        }
        // Run from each folder's parent with the same relative path: the report's
        // reproducibility footer records the command line as typed.
        for format in Self.formats {
            let first = try CLIRunner.run(["report", "evaluation", "--format", format],
                                          workingDirectory: one.deletingLastPathComponent())
            let second = try CLIRunner.run(["report", "evaluation", "--format", format],
                                           workingDirectory: two.deletingLastPathComponent())
            #expect(first.status == 0 && !first.stdoutData.isEmpty, "\(first.stderr)")
            #expect(first.stdoutData == second.stdoutData, "report --format \(format) differs between the two folders")
        }
    }

    /// Offset of the first byte where `a` and `b` differ (the shorter length if one is a
    /// prefix of the other).
    static func firstDifference(_ a: Data, _ b: Data) -> Int {
        zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    }

    @Test("the comparison reports where two outputs differ")
    func differenceIsFound() {
        #expect(Self.firstDifference(Data("abc".utf8), Data("abd".utf8)) == 2)
        #expect(Self.firstDifference(Data("ab".utf8), Data("abc".utf8)) == 2)
    }
}
