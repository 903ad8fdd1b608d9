import Foundation
import Testing

/// Every policy-effect command, run twice with the same arguments, writes the same bytes in
/// every format; JSON documents keep their documented key order and notes carry codes.
@Suite("Policy-effect commands: byte-identical output")
struct PolicyCommandDeterminismTests {
    static let reference = CLIRunner.repositoryRoot.appendingPathComponent("Tests/ImpactTests/Fixtures/reference")
    static func fixture(_ name: String) -> String {
        reference.appendingPathComponent(name).appendingPathComponent("data.csv").path
    }

    static let commands: [[String]] = [
        ["did", "--data", fixture("did_2x2"), "--outcome", "y", "--fe", "--bootstrap", "99", "--seed", "3"],
        ["event-study", "--data", fixture("event_study_staggered"), "--outcome", "y", "--sun-abraham", "--bacon"],
        ["staggered", "--data", fixture("event_study_staggered"), "--outcome", "y", "--bootstrap", "50", "--seed", "2"],
        ["psm", "--data", fixture("did_2x2"), "--formula", "treated ~ revenue_wan", "--outcome", "y", "--method", "nn"],
        ["cost-effect", "--data", fixture("dose_response_subsidy"), "--sector", "sector",
         "--panel", fixture("did_2x2"), "--fe"],
    ]

    @Test("two runs give the same bytes in table, md, csv, json and html", arguments: commands)
    func twice(_ command: [String]) throws {
        for format in ["table", "md", "csv", "json", "html"] {
            let arguments = command + ["--format", format, "--lang", "en"]
            let first = try CLIRunner.run(arguments)
            let second = try CLIRunner.run(arguments)
            #expect(first.status == 0, "\(command[0]) \(format): \(first.stderr)")
            #expect(!first.stdoutData.isEmpty && first.stdoutData == second.stdoutData, "\(command[0]) \(format)")
        }
    }

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
        #expect(try keys(Self.commands[2]) == ["att_gt", "aggregations", "control_group", "base_period", "n_units",
                                                "standard_errors", "uniform_critical_value", "notes"])
        #expect(try keys(Self.commands[1]).prefix(4) == ["coefficients", "event_times", "pretrend_p_value", "pretrend"])
        #expect(try keys(Self.commands[1]).suffix(2) == ["sun_abraham", "goodman_bacon"])
        #expect(try keys(Self.commands[4]) == ["unit", "estimates", "naive", "dose_response", "did"])
    }
}
