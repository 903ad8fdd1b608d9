import Foundation
import Testing

/// `impact estimate` with an instrument part, run as a binary on `Fixtures/reference/iv`;
/// expected numbers are pyfixest 0.60.0's and linearmodels 7.1's from its `expected.json`.
@Suite("impact estimate with instrumental variables (binary)")
struct EstimateInstrumentsCommandTests {
    private static let fixture = CLIRunner.repositoryRoot.appendingPathComponent("Tests/ImpactTests/Fixtures/reference/iv")
    private static let data = fixture.appendingPathComponent("data.csv").path

    private func expected() throws -> [String: Any] {
        let url = Self.fixture.appendingPathComponent("expected.json")
        return try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func close(_ a: Double?, _ e: Double?) -> Bool {
        guard let a, let e else { return false }
        return abs(a - e) <= 1e-6 * abs(e)
    }

    @Test("JSON: second stage, first_stage with partial/KP/effective F, wu_hausman, against the peers")
    func fixedEffectsJSON() throws {
        let run = try CLIRunner.run(["estimate", "--data", Self.data, "--formula", "y ~ x1 | firm + year | x2 ~ z1 + z2",
                                     "--vcov", "cluster:firm", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let cases = try #require(try expected()["cases"] as? [String: Any])
        let fe = try #require((cases["fixed_effects"] as? [String: Any])?["vcov"] as? [String: Any])
        let peer = try #require((fe["cluster:firm"] as? [String: Any])?["pyfixest"] as? [String: Any])
        let coefficients = try #require(document["coefficients"] as? [[String: Any]])
        let peerB = try #require(peer["coefficients"] as? [String: Double])
        let peerSE = try #require(peer["std_errors"] as? [String: Double])
        #expect(coefficients.map { $0["term"] as? String } == ["x1", "x2"])
        for row in coefficients {
            let term = try #require(row["term"] as? String)
            #expect(close((row["estimate"] as? NSNumber)?.doubleValue, peerB[term]))
            #expect(close((row["std_error"] as? NSNumber)?.doubleValue, peerSE[term]))
        }
        #expect(document["estimator"] as? String == "2sls")
        let first = try #require((document["first_stage"] as? [[String: Any]])?.first)
        #expect(first["endogenous"] as? String == "x2")
        let kp = try #require(first["kp_f"] as? [String: Any])
        #expect(close((kp["statistic"] as? NSNumber)?.doubleValue, peer["first_stage_f"] as? Double))
        #expect(close((first["effective_f"] as? NSNumber)?.doubleValue, peer["effective_f"] as? Double))
        let lm = try #require(((fe["iid"] as? [String: Any])?["linearmodels"] as? [String: Any])?["wu_hausman"] as? [String: Any])
        let wh = try #require(document["wu_hausman"] as? [String: Any])
        #expect(close((wh["statistic"] as? NSNumber)?.doubleValue, lm["statistic"] as? Double))
        #expect(Array(document.keys).count == 13)
    }

    @Test("the table shows the first and second stages side by side, the diagnostics and the weak-instrument note")
    func table() throws {
        let run = try CLIRunner.run(["estimate", "--data", Self.data, "--formula", "y ~ x1 | xw ~ zw", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Stage"))
        #expect(run.stdout.contains("First stage"))
        #expect(run.stdout.contains("2SLS"))
        #expect(run.stdout.contains("Instrument diagnostics"))
        #expect(run.stdout.contains("The first-stage F of xw is 0.21, below 10: the instruments are weak"))
    }

    @Test("an under-identified formula fails with the position of the instruments")
    func underidentified() throws {
        let run = try CLIRunner.run(["estimate", "--data", Self.data, "--formula", "y ~ x1 | x2 + x3 ~ z1"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("under-identified"))
        #expect(run.stderr.contains("  y ~ x1 | x2 + x3 ~ z1\n                     ^^"))
    }
}
