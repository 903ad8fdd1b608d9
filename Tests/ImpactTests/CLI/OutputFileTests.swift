import Foundation
import Testing

@Suite("impact -o FILE (binary)")
struct OutputFileTests {
    @Test("a file that cannot be written is a run-time error (exit 1) naming the path, not a usage error")
    func unwritable() throws {
        let path = "/nonexistent-\(UUID().uuidString)/table.json"
        let run = try CLIRunner.run(["score", "datasets/chaoyang-2024/indicators.csv", "--format", "json", "-o", path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("Cannot write '\(path)'"))
        #expect(!run.stderr.contains("Usage:"))
        #expect(run.stdout.isEmpty && !FileManager.default.fileExists(atPath: path))
    }
}
