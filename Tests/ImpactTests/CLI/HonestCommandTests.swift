import Foundation
import Testing

/// `--honest-mbar` / `--honest-m` on `impact event-study` and `impact staggered`, run as a
/// binary on the small honest_panel fixture (Chinese headers, staggered cohorts).
@Suite("impact event-study / staggered --honest-mbar (binary)")
struct HonestCommandTests {
    private static let panel = "Tests/ImpactTests/Fixtures/data/honest_panel/panel.csv"
    private static let keys = ["--data", panel, "--id", "企业", "--time", "年份", "--cohort", "首次受支持年",
                               "--outcome", "营业收入"]

    private func honest(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLIRunner.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return try #require(root["honest"] as? [String: Any])
    }

    @Test("event-study: relative magnitudes, breakdown and smoothness in the JSON")
    func eventStudy() throws {
        let honest = try honest(["event-study"] + Self.keys + ["--honest-mbar", "0,1", "--honest-m", "0"])
        let sets = try #require(honest["relative_magnitudes"] as? [[String: Any]])
        #expect(sets.map { $0["mbar"] as? Double } == [0, 1])
        let original = try #require(honest["original"] as? [String: Any])
        let estimate = try #require(honest["estimate"] as? Double)
        // True average effect 4 + 1.5·(0 + 1 + 2)/3 = 5.5; the set at M̄ = 0 covers θ̂ and excludes 0.
        #expect(abs(estimate - 5.5) < 1.5)
        let low = try #require(sets[0]["ci_low"] as? Double), high = try #require(sets[0]["ci_high"] as? Double)
        #expect(low < estimate && estimate < high && low > 0)
        #expect((original["ci_low"] as? Double ?? 0) > 0)
        #expect(honest["breakdown_mbar"] as? Double != nil)
        let smooth = try #require(honest["smoothness"] as? [[String: Any]])
        #expect(smooth.count == 1 && (smooth[0]["ci_low"] as? Double ?? 0) < estimate)
    }

    @Test("event-study --sun-abraham: the Sun–Abraham estimates get their own analysis")
    func sunAbraham() throws {
        let result = try CLIRunner.run(["event-study"] + Self.keys + ["--honest-mbar", "0", "--sun-abraham", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let twfe = try #require(root["honest"] as? [String: Any])
        let interactionWeighted = try #require(root["honest_sun_abraham"] as? [String: Any])
        let sunAbraham = try #require(root["sun_abraham"] as? [String: Any])
        let points = try #require(sunAbraham["event_times"] as? [[String: Any]])
        // θ̂ is the average of the Sun–Abraham post-period estimates, not the TWFE ones.
        let post = points.filter { ($0["event_time"] as? Int ?? -1) >= 0 }.compactMap { $0["estimate"] as? Double }
        let average = post.reduce(0, +) / Double(post.count)
        #expect(abs((interactionWeighted["estimate"] as? Double ?? 0) - average) < 1e-9)
        #expect((twfe["estimate"] as? Double) != (interactionWeighted["estimate"] as? Double))
    }

    @Test("staggered: needs a universal base period, then adds honest")
    func staggered() throws {
        let refused = try CLIRunner.run(["staggered"] + Self.keys + ["--honest-mbar", "1"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--base-period universal"))
        let honest = try honest(["staggered"] + Self.keys + ["--base-period", "universal", "--honest-mbar", "0,1"])
        #expect((honest["relative_magnitudes"] as? [[String: Any]])?.count == 2)
        #expect(honest["post_periods"] as? Int == 3 && honest["pre_periods"] as? Int == 2)
    }

    @Test("no honest member without the options; bad values are refused")
    func optionsAbsentOrBad() throws {
        let plain = try CLIRunner.run(["event-study"] + Self.keys + ["--format", "json"])
        #expect(!plain.stdout.contains("\"honest\""))
        let bad = try CLIRunner.run(["event-study"] + Self.keys + ["--honest-mbar", "1,-2"])
        #expect(bad.status != 0 && bad.stderr.contains("--honest-mbar"))
    }
}
