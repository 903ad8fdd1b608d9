import Foundation
import Testing

/// `impact event-study` on fixture event_study_staggered; expected numbers are pyfixest
/// 0.60.0 (`by_rel_year`) and scipy 1.17.1 for the pre-trend F p-value computed from the
/// fixture's coefficients and CRV1 covariance (see EventStudyTests).
@Suite("impact event-study (binary)")
struct EventStudyCommandTests {
    static let data = CLIRunner.repositoryRoot
        .appendingPathComponent("Tests/ImpactTests/Fixtures/reference/event_study_staggered/data.csv").path

    @Test("JSON: coefficients, plot data with the reference at 0, pretrend_p_value")
    func json() throws {
        let run = try CLIRunner.run(["event-study", "--data", Self.data, "--id", "firm_id", "--time", "year",
                                     "--cohort", "cohort", "--outcome", "y", "--ref", "-1", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let p = try #require((json["pretrend_p_value"] as? NSNumber)?.doubleValue)
        #expect(abs(p - 0.01691964601401688) < 1e-8)
        let points = try #require(json["event_times"] as? [[String: Any]])
        #expect(points.compactMap { $0["event_time"] as? Int } == Array(-7...6))
        let reference = try #require(points.first { $0["event_time"] as? Int == -1 })
        #expect(reference["reference"] as? Bool == true && (reference["estimate"] as? NSNumber)?.doubleValue == 0)
        let zero = try #require(points.first { $0["event_time"] as? Int == 0 })
        let estimate = try #require((zero["estimate"] as? NSNumber)?.doubleValue)
        #expect(abs(estimate - 0.5317556065989805) <= 1e-6 * 0.5317556065989805)
        let coefficients = try #require(json["coefficients"] as? [[String: Any]])
        #expect(coefficients.count == 13)
    }

    @Test("negative bins, Sun–Abraham and Markdown output")
    func binsAndSunAbraham() throws {
        let run = try CLIRunner.run(["event-study", "--data", Self.data, "--outcome", "y", "--bin-min", "-5",
                                     "--bin-max", "4", "--sun-abraham", "--bacon", "--format", "md", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Sun–Abraham") && run.stdout.contains("binned") && run.stdout.contains("pre-trend"))
        #expect(run.stdout.contains("Goodman-Bacon decomposition"))
        let json = try CLIRunner.run(["event-study", "--data", Self.data, "--outcome", "y", "--bacon", "--format", "json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let bacon = try #require(object["goodman_bacon"] as? [String: Any])
        #expect(abs(((bacon["total_weight"] as? NSNumber)?.doubleValue ?? 0) - 1) < 1e-12)
        #expect(object["pretrend_p_value"] != nil)
        let bad = try CLIRunner.run(["event-study", "--data", Self.data, "--outcome", "y", "--bin-min", "2"])
        #expect(bad.status != 0 && bad.stderr.contains("reference event time"))
    }
}
