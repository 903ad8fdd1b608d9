import Foundation
import Testing

@Suite("impact report (binary)")
struct ReportCommandTests {
    @Test("the runner starts the built binary and captures output and status")
    func help() throws {
        let result = try CLIRunner.run(["report", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--format"))
        #expect(result.stdout.contains("--lang"))
    }

    @Test("an unknown option exits non-zero with a message on standard error")
    func unknownOption() throws {
        let result = try CLIRunner.run(["report", "--no-such-option"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--no-such-option"))
        #expect(result.stdout.isEmpty)
    }
}
