import Foundation
import Testing

/// The policy-effect commands' JSON documents keep their documented key order and their
/// notes carry codes (byte-identical repeated runs are checked in ``DeterminismTests``).
@Suite("Policy-effect commands: JSON key order")
struct PolicyCommandJSONTests {
    static let reference = CLIRunner.repositoryRoot.appendingPathComponent("Tests/ImpactTests/Fixtures/reference")
    static func fixture(_ name: String) -> String {
        reference.appendingPathComponent(name).appendingPathComponent("data.csv").path
    }

    static let eventStudy = ["event-study", "--data", fixture("event_study_staggered"), "--outcome", "y",
                             "--sun-abraham", "--bacon"]
    static let staggered = ["staggered", "--data", fixture("event_study_staggered"), "--outcome", "y",
                            "--bootstrap", "50", "--seed", "2"]
    static let costEffect = ["cost-effect", "--data", fixture("dose_response_subsidy"), "--sector", "sector",
                             "--panel", fixture("did_2x2"), "--fe"]

    @Test("JSON top-level keys come in the documented order")
    func keyOrder() throws {
        func keys(_ arguments: [String]) throws -> [String] {
            let run = try CLIRunner.run(arguments + ["--format", "json"])
            #expect(run.status == 0, "\(run.stderr)")
            // Top-level keys are the lines indented by exactly two spaces.
            return run.stdout.split(separator: "\n").compactMap { line in
                guard line.hasPrefix("  \""), !line.hasPrefix("   ") else { return nil }
                return String(line.dropFirst(3).prefix { $0 != "\"" })
            }
        }
        #expect(try keys(Self.staggered) == ["att_gt", "aggregations", "control_group", "base_period", "n_units",
                                                "standard_errors", "uniform_critical_value", "notes", "pretest",
                                                "method", "covariates", "anticipation", "n_groups", "cluster", "n_clusters",
                                                "sample_layout"])
        #expect(try keys(Self.eventStudy).prefix(4) == ["coefficients", "event_times", "pretrend_p_value", "pretrend"])
        #expect(try keys(Self.eventStudy).suffix(2) == ["sun_abraham", "goodman_bacon"])
        #expect(try keys(Self.costEffect) == ["unit", "estimates", "naive", "dose_response", "did", "cs",
                                              "horizon_years", "notes"])
    }
}
