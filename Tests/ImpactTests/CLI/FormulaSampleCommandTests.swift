import Foundation
import Testing

/// `--subset`, `--split`, `I()` and `--weights "I(…)"` through the binary, on the `formulas`
/// reference fixture (pyfixest 0.60.0 values in its `expected.json`).
@Suite("impact: I(), --subset, --split and pooled did (binary)")
struct FormulaSampleCommandTests {
    static let folder = "Tests/ImpactTests/Fixtures/reference/formulas/"
    static let wages = folder + "wages.csv"
    static let houses = folder + "houses.csv"

    private func json(_ arguments: [String]) throws -> Any {
        let result = try CLIRunner.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    private func expected(_ model: String) throws -> [String: Any] {
        let url = CLIRunner.repositoryRoot.appendingPathComponent(Self.folder + "expected.json")
        let all = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        return try #require((all["models"] as? [String: Any])?[model] as? [String: Any])
    }

    private func estimates(_ document: Any) -> [Double] {
        ((document as? [String: Any])?["coefficients"] as? [[String: Any]] ?? []).map { ($0["estimate"] as? NSNumber)?.doubleValue ?? .nan }
    }

    private func expectClose(_ actual: [Double], _ expected: [Double], _ what: String) {
        #expect(actual.count == expected.count, "\(what)")
        for (a, e) in zip(actual, expected) { #expect(abs(a - e) <= 1e-8 * abs(e), "\(what): \(a) vs \(e)") }
    }

    @Test("estimate --subset --weights I(1/inc): JSON records the subset after the contract's keys")
    func subsetJSON() throws {
        let document = try json(["estimate", "--data", Self.wages, "--formula", "y ~ I((age-25)^2) + age + log(inc)",
                                 "--vcov", "hc1", "--subset", "state == 'KY' & year >= 2015"])
        let object = try #require(document as? [String: Any])
        let subset = try #require(object["subset"] as? [String: Any])
        #expect(subset["expression"] as? String == "state == 'KY' & year >= 2015")
        #expect(subset["rows_kept"] as? Int == 64)
        #expect(subset["rows_total"] as? Int == 300)
        expectClose(estimates(document), try expected("subset_ky")["coef"] as? [Double] ?? [], "subset coef")
        let weighted = try json(["estimate", "--data", Self.wages, "--formula", "y ~ age + I(age^2)", "--weights", "I(1/inc)",
                                 "--vcov", "hc1"])
        expectClose(estimates(weighted), try expected("weights_inverse")["coef"] as? [Double] ?? [], "weights coef")
    }

    @Test("estimate --split sector: one column per level beside the full sample, titled by level")
    func split() throws {
        let result = try CLIRunner.run(["estimate", "--data", Self.wages, "--formula", "y ~ age + sqrt(inc - 10)",
                                        "--vcov", "hc1", "--split", "sector", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let sampleLine = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Sample (sector)") })
        #expect(sampleLine.split(separator: " ", omittingEmptySubsequences: true).suffix(5) == ["Full", "sample", "manu", "serv", "tech"])
        #expect(result.stdout.contains("(1) 24 rows dropped because sqrt() of a negative value is undefined."))
        let document = try #require(try json(["estimate", "--data", Self.wages, "--formula", "y ~ age + sqrt(inc - 10)",
                                              "--vcov", "hc1", "--split", "sector"]) as? [[String: Any]])
        #expect(document.count == 4)
        #expect(document.map { ($0["sample"] as? [String: Any])?["level"] as? String } == [nil, "manu", "serv", "tech"])
        #expect(document.map { $0["nobs"] as? Int } == [276, 90, 107, 79])
    }

    @Test("estimate --split on a text column with a blank cell: the blank row is in the full sample only")
    func splitWithMissingLevel() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("impact-split-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("firms.csv").path
        try """
            行业,x,y
            制造,1,2.0
            制造,2,4.5
            制造,3,5.5
            ,4,9.0
            服务,1,1.0
            服务,2,2.5
            服务,3,2.5
            服务,4,4.0

            """.write(toFile: path, atomically: true, encoding: .utf8)
        let document = try #require(try json(["estimate", "--data", path, "--formula", "y ~ x", "--vcov", "hc1",
                                              "--split", "行业"]) as? [[String: Any]])
        #expect(document.map { ($0["sample"] as? [String: Any])?["level"] as? String } == [nil, "制造", "服务"])
        #expect(document.map { $0["nobs"] as? Int } == [8, 3, 4])
        // 服务: x̄ = 2.5, ȳ = 2.5, Sxy = 4.5, Sxx = 5: slope 0.9.
        let slopes = document.map { (($0["coefficients"] as? [[String: Any]])?.last?["estimate"] as? NSNumber)?.doubleValue }
        #expect(abs((slopes[2] ?? 0) - 0.9) < 1e-12)
    }

    @Test("did without --id on a pooled cross-section: HC1 and a note on standard error; a transformed outcome")
    func pooledDiD() throws {
        let result = try CLIRunner.run(["did", "--data", Self.houses, "--outcome", "price", "--treated", "nearinc",
                                        "--post", "y81", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("pooled cross-section"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["vcov"] as? String == "hc1")
        let model = try expected("did_pooled_hc1")
        let att = try #require((object["att"] as? NSNumber)?.doubleValue)
        expectClose([att], [(model["coef"] as? [Double] ?? [])[3]], "att")
        let logged = try #require(try json(["did", "--data", Self.houses, "--outcome", "I(log(price))", "--treated", "nearinc",
                                            "--post", "y81", "--vcov", "iid", "--subset", "rooms >= 5"]) as? [String: Any])
        #expect((logged["subset"] as? [String: Any])?["rows_kept"] as? Int == 254)
        #expect(logged["term"] as? String == "nearinc:y81")
    }

    @Test("a bad --subset is a usage error pointing at the column of the condition")
    func badSubset() throws {
        let result = try CLIRunner.run(["estimate", "--data", Self.wages, "--formula", "y ~ age", "--subset", "state = 'KY'"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("write '==' to compare"))
        #expect(result.stderr.contains("        ^"))
        let unknown = try CLIRunner.run(["psm", "--data", Self.houses, "--treated", "nearinc", "--covariates", "age",
                                         "--outcome", "price", "--subset", "room >= 5"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("did you mean 'rooms'?"), "\(unknown.stderr)")
        let number = try CLIRunner.run(["estimate", "--data", Self.wages, "--formula", "y ~ age", "--subset", "year > 1.2.3"])
        #expect(number.status != 0)
        #expect(number.stderr.contains("'1.2.3' at position 8 of the subset is not a number"), "\(number.stderr)")
        #expect(number.stderr.contains("  year > 1.2.3\n         ^^^^^"), "\(number.stderr)")
    }

    @Test("the help of every estimating command shows I() and --subset",
          arguments: ["estimate", "did", "event-study", "staggered", "psm", "cost-effect"])
    func help(command: String) throws {
        let result = try CLIRunner.run([command, "--help"])
        #expect(result.stdout.contains("I("), "\(command) --help shows no I() example")
        #expect(result.stdout.contains("--subset"), "\(command) --help shows no --subset")
    }
}
