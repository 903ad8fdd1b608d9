import Foundation
import Testing

/// The README's Callaway–Sant'Anna examples, run as written: every line the README prints
/// (except `…`) must be a line of the command's output.
@Suite("README tour: staggered adoption and sensitivity to parallel trends")
struct ReadmeStaggeredTourTests {
    static let mpdta = "Tests/ImpactTests/Fixtures/reference/staggered_covariates/mpdta.csv"

    /// The output lines the README shows after the command that starts with `command`
    /// (which spans `commandLines` lines).
    static func shownLines(after command: String, commandLines: Int) throws -> [String] {
        let readme = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: command))
        let block = readme[start.upperBound...]
        let end = try #require(block.range(of: "```"))
        return block[..<end.lowerBound].split(separator: "\n").dropFirst(commandLines)
            .map(String.init).filter { $0 != "…" }
    }

    @Test("the doubly robust example prints the summary the README shows")
    func covariates() throws {
        let shown = try Self.shownLines(after: "$ impact staggered --data \(Self.mpdta) \\\n    --id countyreal --time year --cohort first.treat --outcome lemp --covariates lpop --lang en",
                                        commandLines: 1)
        #expect(shown.count == 6)
        let run = try CLIRunner.run(["staggered", "--data", Self.mpdta, "--id", "countyreal", "--time", "year",
                                     "--cohort", "first.treat", "--outcome", "lemp", "--covariates", "lpop", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = Set(run.stdout.split(separator: "\n").map(String.init))
        for line in shown { #expect(lines.contains(line), "README line not in the output: \(line)") }
    }

    @Test("the relative-magnitudes example prints the robust sets the README shows")
    func honest() throws {
        let shown = try Self.shownLines(after: "--base-period universal --honest-mbar 0,0.5,1,1.5,2 --lang en", commandLines: 1)
        #expect(shown.count == 8)
        let run = try CLIRunner.run(["staggered", "--data", Self.mpdta, "--id", "countyreal", "--time", "year",
                                     "--cohort", "first.treat", "--outcome", "lemp", "--base-period", "universal",
                                     "--honest-mbar", "0,0.5,1,1.5,2", "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = Set(run.stdout.split(separator: "\n").map(String.init))
        for line in shown { #expect(lines.contains(line), "README line not in the output: \(line)") }
    }
}
