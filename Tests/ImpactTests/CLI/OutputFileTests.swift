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

/// `-o FILE.xlsx` without `--format` writes a workbook; a mismatch is a usage error.
@Suite("Output format from the file name (binary)")
struct OutputFormatInferenceTests {
    @Test("-o 自评表.xlsx writes a ZIP package; --format csv -o x.xlsx exits 64")
    func inferred() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-h11-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("自评表.xlsx").path
        let result = try CLIRunner.run(["score", "datasets/chaoyang-2024/indicators.csv", "-o", path])
        #expect(result.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let wrong = folder.appendingPathComponent("t.xlsx").path
        let mismatch = try CLIRunner.run(["score", "datasets/chaoyang-2024/indicators.csv", "--format", "csv", "-o", wrong])
        #expect(mismatch.status == 64)
        #expect(mismatch.stderr.contains("does not match"))
        #expect(!FileManager.default.fileExists(atPath: wrong))
    }
}
