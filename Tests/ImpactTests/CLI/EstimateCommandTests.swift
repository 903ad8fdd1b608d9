import Foundation
import Testing

/// `impact estimate` run as a binary on the copied peer fixtures; expected numbers are the
/// peers' (pyfixest 0.60.0, statsmodels 0.15.0) from each fixture's `expected.json`.
@Suite("impact estimate (binary)")
struct EstimateCommandTests {
    private static let fixtures = CLIRunner.repositoryRoot
        .appendingPathComponent("Tests/ImpactTests/Fixtures/reference")

    private func dataPath(_ fixture: String) -> String {
        Self.fixtures.appendingPathComponent(fixture).appendingPathComponent("data.csv").path
    }

    private func expected(_ fixture: String) throws -> [String: Any] {
        let url = Self.fixtures.appendingPathComponent(fixture).appendingPathComponent("expected.json")
        return try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    private func numbers(_ coefficients: [[String: Any]], _ key: String) -> [Double] {
        coefficients.map { ($0[key] as? NSNumber)?.doubleValue ?? .nan }
    }

    private func expectClose(_ actual: [Double], _ expected: [Double], _ what: String,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.count == expected.count, "\(what)", sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            #expect(abs(a - e) <= 1e-6 * abs(e), "\(what): \(a) vs \(e)", sourceLocation: sourceLocation)
        }
    }

    @Test("--timings prints the six phases and the total with their peak memory to standard error; standard output is unchanged")
    func timings() throws {
        let arguments = ["estimate", "--data", dataPath("twfe_unbalanced_missing"),
                         "--formula", "y ~ x1 + x2 | firm_id + year", "--format", "json", "--lang", "en"]
        let plain = try CLIRunner.run(arguments)
        let timed = try CLIRunner.run(arguments + ["--timings"])
        #expect(plain.status == 0 && timed.status == 0, "\(timed.stderr)")
        #expect(timed.stdout == plain.stdout)
        #expect(!plain.stderr.contains("timings"))
        let lines = timed.stderr.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex(
            of: "timings (wall clock; process CPU time; peak resident memory after the phase):"))
        let phases = lines[(heading + 1)...].compactMap { line -> (String, Double, Double)? in
            let parts = line.split(separator: " ")
            guard parts.count == 9, parts[2] == "s", parts[3] == "cpu", parts[5] == "s", parts[6] == "peak",
                  parts[8] == "MiB", let seconds = Double(parts[1]), let cpu = Double(parts[4]), cpu >= 0,
                  let peak = Double(parts[7]) else { return nil }
            return (String(parts[0]), seconds, peak)
        }
        #expect(phases.map(\.0) == ["read", "design", "demean", "fit", "covariance", "output", "total"])
        #expect(phases.allSatisfy { $0.1 >= 0 && $0.1 < 60 })
        let peaks = phases.map(\.2)
        #expect(peaks.allSatisfy { $0 > 1 && $0 < 4096 }, "every phase measured, in MiB: \(peaks)")
        #expect(zip(peaks.dropLast(), peaks.dropLast().dropFirst()).allSatisfy { $0 <= $1 },
                "the high-water mark never falls from phase to phase: \(peaks)")
        #expect(peaks.last == peaks.max(), "the total line shows the largest")
        let sum = phases.dropLast().reduce(0) { $0 + $1.1 }
        #expect(abs(sum - phases.last!.1) <= 0.004, "total is the sum of the phases (to rounding)")
    }

    @Test("a fixed-effects model in JSON agrees with pyfixest (CRV1 by the first fixed effect by default)")
    func fixedEffectsJSON() throws {
        let result = try CLIRunner.run(["estimate", "--data", dataPath("twfe_unbalanced_missing"),
                                        "--formula", "y ~ x1 + x2 | firm_id + year", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try json(result.stdout) as? [String: Any])
        let model = try #require((try expected("twfe_unbalanced_missing")["models"] as? [String: Any])?["pyfixest_twfe"]
            as? [String: Any])
        let fits = try #require(model["fits"] as? [String: Any])
        let crv1 = try #require(fits["CRV1_firm"] as? [String: Any])
        #expect(object["nobs"] as? Int == 1310)
        #expect(object["vcov"] as? String == "cluster:firm_id")
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        #expect(coefficients.map { $0["term"] as? String } == ["x1", "x2"])
        expectClose(numbers(coefficients, "estimate"), try #require(model["coef"] as? [Double]), "coef")
        expectClose(numbers(coefficients, "std_error"), try #require(crv1["se"] as? [Double]), "CRV1 se")
        expectClose([(object["within_r2"] as? NSNumber)?.doubleValue ?? .nan],
                    [try #require(model["r2_within"] as? Double)], "within R²")
    }

    @Test("notes follow --lang in printed tables; JSON notes stay English (113 missing rows, 5 singletons per the fixture)")
    func notesInBothLanguages() throws {
        let arguments = ["estimate", "--data", dataPath("twfe_unbalanced_missing"),
                         "--formula", "y ~ x1 + x2 | firm_id + year"]
        let counts = try #require(try expected("twfe_unbalanced_missing")["missing_and_singletons"] as? [String: Any])
        let missing = try #require(counts["rows_with_missing_model_variable"] as? Int)
        let singletons = try #require(counts["n_singleton_rows"] as? Int)
        #expect(missing == 113 && singletons == 5)

        let chinese = try CLIRunner.run(arguments + ["--lang", "zh"])
        #expect(chinese.status == 0, "\(chinese.stderr)")
        let zhLines = chinese.stdout.split(separator: "\n").map(String.init)
        #expect(zhLines.contains("因缺失值剔除 113 行（模型变量有缺失）。"))
        #expect(zhLines.contains("剔除单例观测 5 个（在某一固定效应水平中只有一个观测）。"))
        #expect(zhLines.contains { $0.hasPrefix("固定效应 firm_id, year 已通过交替投影（Irons–Tuck 加速）吸收：")
            && $0.hasSuffix("次迭代收敛（容差 1e-10，上限 10000）。") })
        #expect(!chinese.stdout.contains("Dropped 113 rows"))
        #expect(!chinese.stdout.contains("Absorbed the fixed effects"))

        let english = try CLIRunner.run(arguments + ["--lang", "en"])
        #expect(english.status == 0, "\(english.stderr)")
        let enLines = english.stdout.split(separator: "\n").map(String.init)
        #expect(enLines.contains("Dropped 113 rows with a missing value in a model variable."))
        #expect(enLines.contains("Removed 5 singleton observations (alone in a fixed-effect level)."))
        #expect(enLines.contains { $0.hasPrefix("Absorbed the fixed effects firm_id, year by alternating projections with Irons–Tuck acceleration: converged in ")
            && $0.hasSuffix(" (tolerance 1e-10, cap 10000).") })
        #expect(!english.stdout.contains("因缺失值剔除"))

        let json = try CLIRunner.run(arguments + ["--lang", "zh", "--format", "json"])
        #expect(json.status == 0, "\(json.stderr)")
        let object = try #require(try self.json(json.stdout) as? [String: Any])
        let entries = try #require(object["notes"] as? [[String: String]])
        #expect(entries.map { $0["code"] } == ["rows_dropped_missing", "singletons_removed", "fixed_effects_absorbed"])
        let notes = entries.compactMap { $0["message"] }
        #expect(notes.first == "Dropped 113 rows with a missing value in a model variable.")
        #expect(notes.contains("Removed 5 singleton observations (alone in a fixed-effect level)."))
        #expect(!notes.contains { $0.contains("剔除") })
    }

    @Test("--keep-singletons keeps the five singleton firms (pyfixest fixef_rm='none')")
    func keepSingletons() throws {
        let result = try CLIRunner.run(["estimate", "--data", dataPath("twfe_unbalanced_missing"),
                                        "--formula", "y ~ x1 + x2 | firm_id + year", "--format", "json",
                                        "--vcov", "hc1", "--keep-singletons"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try json(result.stdout) as? [String: Any])
        let model = try #require((try expected("twfe_unbalanced_missing")["models"] as? [String: Any])?[
            "pyfixest_twfe_keep_singletons"] as? [String: Any])
        let hetero = try #require((model["fits"] as? [String: Any])?["hetero"] as? [String: Any])
        #expect(object["nobs"] as? Int == 1315)
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        expectClose(numbers(coefficients, "std_error"), try #require(hetero["se"] as? [Double]), "hetero se")
    }

    @Test("--weights fits WLS as statsmodels does")
    func weighted() throws {
        let result = try CLIRunner.run(["estimate", "--data", dataPath("ols_weighted"), "--formula", "y ~ x1 + x2",
                                        "--weights", "w", "--vcov", "hc1", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try json(result.stdout) as? [String: Any])
        let model = try #require((try expected("ols_weighted")["models"] as? [String: Any])?["wls"] as? [String: Any])
        let coefficients = try #require(object["coefficients"] as? [[String: Any]])
        #expect(coefficients.map { $0["term"] as? String } == ["Intercept", "x1", "x2"])
        expectClose(numbers(coefficients, "estimate"), try #require(model["coef"] as? [Double]), "coef")
        let hc1 = try #require((model["se"] as? [String: Any])?["HC1"] as? [Double])
        expectClose(numbers(coefficients, "std_error"), hc1, "HC1 se")
    }

    @Test("several formulas give a JSON array and one side-by-side table")
    func severalModels() throws {
        let arguments = ["estimate", "--data", dataPath("twfe_unbalanced_missing"),
                         "--formula", "y ~ x1 + x2 | firm_id + year", "--formula", "y ~ x1 + x2 + C(sector)",
                         "--lang", "en"]
        let array = try CLIRunner.run(arguments + ["--format", "json"])
        #expect(array.status == 0, "\(array.stderr)")
        let models = try #require(try json(array.stdout) as? [[String: Any]])
        #expect(models.map { $0["nobs"] as? Int } == [1310, 1278])
        #expect(models.map { $0["vcov"] as? String } == ["cluster:firm_id", "iid"])

        let text = try CLIRunner.run(arguments)
        #expect(text.status == 0)
        let lines = text.stdout.split(separator: "\n").map(String.init)
        // pyfixest: x1 = 1.170640717 (SE 0.029257, p < 0.01) in model (1).
        let x1 = try #require(lines.first { $0.hasPrefix("x1 ") })
        #expect(x1.contains("1.1706***"))
        #expect(lines.contains { $0.contains("(0.0293)") })
        #expect(lines.contains { $0.hasPrefix("Observations") && $0.contains("1,310") && $0.contains("1,278") })
        #expect(lines.contains { $0.hasPrefix("firm_id") && $0.contains("Yes") && $0.contains("No") })
        #expect(lines.contains { $0.hasPrefix("C(sector)[T.energy]") })

        let latex = try CLIRunner.run(arguments + ["--latex"])
        #expect(latex.stdout.hasPrefix("\\begin{tabular}{lcc}"))
        #expect(latex.stdout.contains("1.1706$^{***}$"))
        #expect(latex.stdout.contains("firm\\_id & Yes & No \\\\"))

        let markdown = try CLIRunner.run(arguments + ["--format", "md"])
        #expect(markdown.stdout.contains("| x1 | 1.1706\\*\\*\\* |"))
    }

    @Test("a bad formula exits non-zero with the caret line and writes nothing")
    func badFormula() throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-estimate-\(UUID().uuidString).txt")
        let result = try CLIRunner.run(["estimate", "--data", dataPath("twfe_unbalanced_missing"),
                                        "--formula", "y ~ x1 + x2 | firm_id", "--formula", "y ~ x1 + )",
                                        "--output", output.path])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Unexpected ')' at position 10 of the formula"))
        #expect(result.stderr.contains("  y ~ x1 + )\n           ^"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("an unknown column names the nearest one; an unreadable CSV names the file")
    func unknownColumnAndMissingFile() throws {
        let unknown = try CLIRunner.run(["estimate", "--data", dataPath("twfe_unbalanced_missing"),
                                         "--formula", "y ~ x1 + x3"])
        #expect(unknown.status != 0)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("There is no column named 'x3'; did you mean 'x1'?"))
        let missing = try CLIRunner.run(["estimate", "--data", "/nonexistent/panel.csv", "--formula", "y ~ x"])
        #expect(missing.status != 0)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("/nonexistent/panel.csv"))
    }

    @Test("JSON keys in their documented order; notes as code and message (repeated runs: DeterminismTests)")
    func jsonKeysAndNotes() throws {
        let base = ["estimate", "--data", dataPath("twfe_unbalanced_missing"),
                    "--formula", "y ~ x1 + x2 | firm_id + year", "--lang", "en"]
        let json = try CLIRunner.run(base + ["--format", "json"]).stdout
        let keys = ["\"nobs\"", "\"r2\"", "\"adj_r2\"", "\"within_r2\"", "\"vcov\"", "\"coefficients\"",
                    "\"dropped\"", "\"notes\""].map { json.range(of: $0)?.lowerBound }
        #expect(keys.allSatisfy { $0 != nil } && keys.map { $0! } == keys.map { $0! }.sorted())
        #expect(json.contains(#"{"term": "x1", "estimate": "#))
        #expect(json.contains(#"{"code": "singletons_removed", "message": "Removed 5 singleton observations (alone in a fixed-effect level)."}"#))
    }
}
