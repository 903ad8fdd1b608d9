import Foundation
import Testing

/// `impact staggered` run as a binary on the event_study_staggered fixture; expected
/// numbers are csdid 0.4.3's, from the fixture's `expected.json`.
@Suite("impact staggered (binary)")
struct StaggeredCommandTests {
    private static let fixture = CLIRunner.repositoryRoot
        .appendingPathComponent("Tests/ImpactTests/Fixtures/reference/event_study_staggered")
    private static let dataPath = fixture.appendingPathComponent("data.csv").path

    private func csdid() throws -> [String: Any] {
        let data = try Data(contentsOf: Self.fixture.appendingPathComponent("expected.json"))
        let root = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let models = try #require(root["models"] as? [String: Any])
        return try #require(models["csdid_callaway_santanna"] as? [String: Any])
    }

    private func close(_ actual: Any?, _ expected: Double) -> Bool {
        guard let value = (actual as? NSNumber)?.doubleValue else { return false }
        return abs(value - expected) <= 1e-6 * abs(expected) || abs(value - expected) < 1e-10
    }

    private func runJSON(_ extra: [String] = []) throws -> [String: Any] {
        let result = try CLIRunner.run(["staggered", "--data", Self.dataPath, "--id", "firm_id", "--time", "year",
                                        "--cohort", "cohort", "--outcome", "y", "--format", "json"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test("JSON has the fixed shape and agrees with csdid")
    func json() throws {
        let object = try runJSON()
        let expected = try csdid()
        let cells = try #require(object["att_gt"] as? [[String: Any]])
        let expectedCells = try #require(expected["att_gt"] as? [[String: Any]])
        #expect(cells.count == expectedCells.count)
        for (cell, reference) in zip(cells, expectedCells) {
            #expect(cell["group"] as? Int == reference["g"] as? Int)
            #expect(cell["time"] as? Int == reference["t"] as? Int)
            #expect(close(cell["att"], reference["att"] as! Double))
            #expect(close(cell["std_error"], reference["se"] as! Double))
        }
        let aggregations = try #require(object["aggregations"] as? [String: Any])
        let simple = try #require(aggregations["simple"] as? [String: Any])
        let expectedSimple = try #require(expected["simple"] as? [String: Any])
        #expect(close(simple["att"], expectedSimple["att"] as! Double))
        #expect(close(simple["std_error"], expectedSimple["se"] as! Double))
        let dynamic = try #require(aggregations["dynamic"] as? [[String: Any]])
        let expectedDynamic = try #require(expected["dynamic"] as? [String: Any])
        #expect(dynamic.map { $0["event_time"] as? Int } == (expectedDynamic["event_time"] as! [Int]).map { $0 })
        for (row, se) in zip(dynamic, expectedDynamic["se"] as! [Double]) { #expect(close(row["std_error"], se)) }
        let group = try #require(aggregations["group"] as? [[String: Any]])
        let expectedGroup = try #require(expected["group"] as? [String: Any])
        #expect(group.map { $0["group"] as? Int } == (expectedGroup["group"] as! [Int]).map { $0 })
        for (row, att) in zip(group, expectedGroup["att"] as! [Double]) { #expect(close(row["att"], att)) }
        #expect(object["n_units"] as? Int == 400)
    }

    @Test("the bootstrap is reproducible for a seed and named in the output")
    func bootstrap() throws {
        let first = try runJSON(["--bootstrap", "200", "--seed", "5"])
        let second = try runJSON(["--bootstrap", "200", "--seed", "5"])
        #expect((first["att_gt"] as? [[String: Any]])?.first?["std_error"] as? Double
                == (second["att_gt"] as? [[String: Any]])?.first?["std_error"] as? Double)
        #expect((first["standard_errors"] as? String)?.contains("bootstrap") == true)
        #expect(((first["uniform_critical_value"] as? NSNumber)?.doubleValue ?? 0) > 1.96)
    }

    @Test("options reach the estimator; text output has the tables")
    func optionsAndText() throws {
        let notYet = try runJSON(["--control", "notyet", "--base-period", "universal"])
        #expect(notYet["control_group"] as? String == "notyet")
        #expect(notYet["base_period"] as? String == "universal")
        // Universal base: the reference cell (2018, 2017) has ATT 0 and no standard error.
        let cells = try #require(notYet["att_gt"] as? [[String: Any]])
        let reference = try #require(cells.first { $0["group"] as? Int == 2018 && $0["time"] as? Int == 2017 })
        #expect(reference["att"] as? Double == 0 && reference["std_error"] is NSNull)
        let text = try CLIRunner.run(["staggered", "--data", Self.dataPath, "--outcome", "y", "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("Group-time effects ATT(g,t)"))
        #expect(text.stdout.contains("Dynamic effects by event time"))
    }

    @Test("errors are whole sentences on standard error with a failing status")
    func errors() throws {
        let unknown = try CLIRunner.run(["staggered", "--data", Self.dataPath, "--outcome", "yy"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("'yy'"))
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("staggered-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try "firm_id,year,cohort,y\nA,2019,2020,1\nA,2020,2020,2\nB,2019,2021,1\nB,2020,2021,3\nB,2021,2021,4\nA,2021,2020,5\n"
            .write(to: scratch, atomically: true, encoding: .utf8)
        let noControls = try CLIRunner.run(["staggered", "--data", scratch.path, "--outcome", "y"])
        #expect(noControls.status != 0)
        #expect(noControls.stderr.contains("never-treated"))
    }

    @Test("--drop-incomplete leaves out firms with missing periods and says so")
    func dropIncomplete() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("staggered-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: scratch) }
        // A (cohort 2020): Δ 3; C, D never treated: Δ 1, 0; F lacks 2020.
        try "firm_id,year,cohort,y\nA,2019,2020,1\nA,2020,2020,4\nC,2019,0,0\nC,2020,0,1\nD,2019,0,1\nD,2020,0,1\nF,2019,0,3\n"
            .write(to: scratch, atomically: true, encoding: .utf8)
        let rejected = try CLIRunner.run(["staggered", "--data", scratch.path, "--outcome", "y"])
        #expect(rejected.status != 0)
        #expect(rejected.stderr.contains("unbalanced"))
        let result = try CLIRunner.run(["staggered", "--data", scratch.path, "--outcome", "y", "--drop-incomplete",
                                        "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("'F'"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let cells = try #require(object["att_gt"] as? [[String: Any]])
        #expect(cells.count == 1)
        #expect(abs(((cells[0]["att"] as? NSNumber)?.doubleValue ?? .nan) - 2.5) < 1e-12)  // 3 − mean(1, 0)
    }
}
