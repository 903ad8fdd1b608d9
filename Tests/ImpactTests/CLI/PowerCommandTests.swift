import Foundation
import Testing

/// `impact power` run as a binary on the bundled Chaoyang panel.
@Suite("impact power (binary)")
struct PowerCommandTests {
    static let panel = "datasets/chaoyang-2024/panel.csv"

    @Test("JSON: analytic and simulation members, the MDE in units and percent")
    func json() throws {
        let result = try CLIRunner.run(["power", "--data", Self.panel, "--id", "firm_id", "--time", "year",
                                        "--outcome", "revenue_wan", "--firms", "100", "--pre", "2", "--post", "2",
                                        "--simulations", "400", "--seed", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let analytic = try #require(object["analytic"] as? [String: Any])
        let simulation = try #require(object["simulation"] as? [String: Any])
        let mde = try #require((analytic["mde"] as? NSNumber)?.doubleValue)
        let mean = try #require((object["pre_period_mean"] as? NSNumber)?.doubleValue)
        #expect(abs(((analytic["mde_percent"] as? NSNumber)?.doubleValue ?? .nan) - mde / mean * 100) < 1e-9)
        #expect(abs(((analytic["power"] as? NSNumber)?.doubleValue ?? .nan) - 0.8) < 1e-5)
        #expect(simulation["simulations"] as? Int == 400)
        #expect((simulation["mde"] as? NSNumber) != nil && (simulation["power"] as? NSNumber) != nil)
        #expect(object["question"] as? String == "mde")
        let design = try #require(object["design"] as? [String: Any])
        #expect(design["supported_firms"] as? Int == 100 && design["comparison_firms"] as? Int == 111)
    }

    @Test("without --firms, --effect solves for the number of firms")
    func firms() throws {
        let result = try CLIRunner.run(["power", "--data", Self.panel, "--outcome", "revenue_wan", "--effect", "8%",
                                        "--pre", "2", "--post", "2", "--simulations", "0", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["question"] as? String == "firms")
        let analytic = try #require(object["analytic"] as? [String: Any])
        #expect((analytic["firms_needed"] as? Int ?? 0) > 0)
        #expect(object["simulation"] is NSNull)
    }

    @Test("refusals: neither --firms nor --effect, another cluster variable, too long a design")
    func refusals() throws {
        let neither = try CLIRunner.run(["power", "--data", Self.panel, "--pre", "2", "--post", "2"])
        #expect(neither.status != 0 && neither.stderr.contains("--firms"))
        let cluster = try CLIRunner.run(["power", "--data", Self.panel, "--firms", "10", "--pre", "2", "--post", "2",
                                         "--cluster", "sector"])
        #expect(cluster.status != 0 && cluster.stderr.contains("--cluster"))
        let long = try CLIRunner.run(["power", "--data", Self.panel, "--firms", "10", "--pre", "4", "--post", "2"])
        #expect(long.status != 0 && long.stderr.contains("5 period(s)"))
    }
}

/// The numbers the README's tour shows for `impact power`.
@Suite("impact power: the README tour (binary)")
struct PowerReadmeTests {
    @Test("the tour's sentence and firms needed")
    func tour() throws {
        let text = try CLIRunner.run(["power", "--project", "datasets/chaoyang-2024", "--firms", "100", "--pre", "2",
                                      "--post", "2", "--lang", "en"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("detects an effect on revenue_wan of 12137.07 (4.8 % of the pre-period mean) with 80.0 % power at the 5.0 % level (analytic formula; simulation: 4.8 %)."))
        #expect(text.stdout.contains("2019–2022"))  // the history: the years before the project's post year 2023
        let firms = try CLIRunner.run(["power", "--project", "datasets/chaoyang-2024", "--effect", "8%", "--pre", "2",
                                       "--post", "2", "--format", "json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(firms.stdout.utf8)) as? [String: Any])
        #expect((object["analytic"] as? [String: Any])?["firms_needed"] as? Int == 22)
        #expect((object["simulation"] as? [String: Any])?["firms_needed"] as? Int == 12)
        let codes = (object["notes"] as? [[String: Any]])?.compactMap { $0["code"] as? String } ?? []
        #expect(codes.contains("test_size_distorted"))
    }
}
