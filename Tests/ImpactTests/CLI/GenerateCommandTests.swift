import Foundation
import Testing

@Suite("impact generate (binary)")
struct GenerateCommandTests {
    @Test("the README's command writes the committed files byte for byte")
    func regenerates() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["generate", "chaoyang-2024", "--out", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["panel.csv", "sector_totals.csv", "support_lines.csv", "budget.csv"] {
            let written = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(written == (try ChaoyangFiles.bytes(name)), "\(name)")
        }
    }

    @Test("an unknown dataset name is refused")
    func unknownDataset() throws {
        let result = try CLIRunner.run(["generate", "chaoyang-2025", "--out", "/tmp/never-written"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("chaoyang-2024"))
    }
}
