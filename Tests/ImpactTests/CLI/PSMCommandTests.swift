import Foundation
import Testing

/// `impact psm` run as a binary on small files whose answers are worked by hand.
@Suite("impact psm (binary)")
struct PSMCommandTests {
    /// Writes `text` to a temporary CSV, runs `body` with its path, removes it.
    private func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("psm-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url.path)
    }

    /// Treated x = 1, 2, 3 with y = 5, 7, 9; controls x = 1, 2, 3 with y = 1, 2, 6. The
    /// covariate is balanced, so the logit gives p = 1/2 for everyone, IPW weights are all
    /// 1 and every control ties in matching: ATT = 7 − 3 = 4 either way, SMD 0 before.
    private let balanced = "firm_id,d,x,y\nA,1,1,5\nB,1,2,7\nC,1,3,9\nD,0,1,1\nE,0,2,2\nF,0,3,6\n"

    @Test("IPW and matching in JSON, worked by hand")
    func json() throws {
        for method in ["ipw", "nn"] {
            let result = try withFile(balanced) { path in
                try CLIRunner.run(["psm", "--data", path, "--treated", "d", "--covariates", "x",
                                   "--outcome", "y", "--method", method, "--format", "json"])
            }
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(abs(((object["att"] as? NSNumber)?.doubleValue ?? .nan) - 4) < 1e-9, "\(method)")
            #expect(abs(((object["naive_difference"] as? NSNumber)?.doubleValue ?? .nan) - 4) < 1e-12)
            #expect(object["method"] as? String == method)
            #expect(object["n_treated"] as? Int == 3 && object["n_controls"] as? Int == 3)
            let balance = try #require(object["balance"] as? [[String: Any]])
            #expect(abs((balance[0]["smd_before"] as? NSNumber)?.doubleValue ?? .nan) < 1e-12)
            let model = try #require(object["propensity_model"] as? [String: Any])
            let coefficients = try #require(model["coefficients"] as? [[String: Any]])
            #expect(coefficients.map { $0["term"] as? String } == ["Intercept", "x"])
            #expect(abs((coefficients[1]["estimate"] as? NSNumber)?.doubleValue ?? .nan) < 1e-12)
        }
    }

    @Test("text output shows the ATT beside the naive difference, and the balance table")
    func text() throws {
        let result = try withFile(balanced) { path in
            try CLIRunner.run(["psm", "--data", path, "--treated", "d", "--covariates", "x", "--outcome", "y",
                               "--lang", "en"])
        }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ATT (causal estimate)"))
        #expect(result.stdout.contains("Unadjusted difference (naive)"))
        #expect(result.stdout.contains("SMD before"))
    }

    @Test("--formula gives the same estimate as --treated with --covariates")
    func formula() throws {
        let result = try withFile(balanced) { path in
            try CLIRunner.run(["psm", "--data", path, "--formula", "d ~ x", "--outcome", "y", "--format", "json"])
        }
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(abs(((object["att"] as? NSNumber)?.doubleValue ?? .nan) - 4) < 1e-9)
    }

    @Test("perfect separation and misused options fail with a message")
    func errors() throws {
        let separated = "firm_id,d,x,y\nA,1,4,5\nB,1,5,7\nC,1,6,9\nD,0,1,1\nE,0,2,2\nF,0,3,6\n"
        let result = try withFile(separated) { path in
            try CLIRunner.run(["psm", "--data", path, "--treated", "d", "--covariates", "x", "--outcome", "y"])
        }
        #expect(result.status != 0)
        #expect(result.stderr.contains("Perfect separation"))
        let caliper = try withFile(balanced) { path in
            try CLIRunner.run(["psm", "--data", path, "--treated", "d", "--covariates", "x", "--outcome", "y",
                               "--caliper", "0.1"])
        }
        #expect(caliper.status != 0)
        #expect(caliper.stderr.contains("--method nn"))
    }
}
