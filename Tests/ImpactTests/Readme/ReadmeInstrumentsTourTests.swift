import Foundation
import Testing

/// The README's instrumental-variables example, run as written: every line the README
/// prints (except `…`) must be a line of the command's output.
@Suite("README tour: instrumental variables")
struct ReadmeInstrumentsTourTests {
    @Test("the 2SLS example prints the lines the README shows")
    func instrumentalVariables() throws {
        let readme = try String(contentsOf: CLIRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "$ impact estimate --data Tests/ImpactTests/Fixtures/reference/iv/data.csv"))
        let block = readme[start.upperBound...]
        let end = try #require(block.range(of: "```"))
        // The rest of the command's first line and its second line, then the output.
        let shown = block[..<end.lowerBound].split(separator: "\n").dropFirst(2)
            .map(String.init).filter { $0 != "…" }
        #expect(shown.count == 11)
        let run = try CLIRunner.run(["estimate", "--data", "Tests/ImpactTests/Fixtures/reference/iv/data.csv",
                                     "--formula", "y ~ x1 | firm + year | x2 ~ z1 + z2", "--vcov", "cluster:firm",
                                     "--lang", "en"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = Set(run.stdout.split(separator: "\n").map(String.init))
        for line in shown { #expect(lines.contains(line), "README line not in the output: \(line)") }
    }
}
