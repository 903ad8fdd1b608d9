import Foundation
import Testing

/// A signal that arrives while `-o` is writing its temporary file removes that file and
/// leaves the target untouched (``TemporaryFileCleanup``, issue 10).
///
/// The child writes a large report (an indicator table of many rows as HTML). The test watches
/// the output folder until the `.out.html.impact-XXXXXX` file appears, stops the child
/// (SIGSTOP) so that it is held mid-write, checks the file is still there, then sends the
/// signal and SIGCONT. The child must end by that signal, the temporary file must be gone and
/// the target must still hold its old bytes. A child that finished before it could be stopped
/// is retried with the same input; at least one interruption must be observed.
@Suite("a signal mid-write leaves no temporary file (issue 10)")
struct InterruptedOutputTests {
    /// An indicator table of `rows` rows (three levels, a target and an actual value).
    static func largeTable(rows: Int) -> String {
        var text = "一级指标,二级指标,三级指标,指标说明,年度指标值,实际完成值,分值\n"
        for row in 0..<rows {
            text += "产出指标,数量指标,指标\(row),说明文字\(row),100家,\(90 + row % 10)家,0.001\n"
        }
        return text
    }

    @Test("SIGTERM and SIGINT mid-write: no .impact- file remains, the target is untouched",
          arguments: [SIGTERM, SIGINT])
    func interrupted(_ signalNumber: Int32) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("interrupted-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = folder.appendingPathComponent("big.csv")
        try Data(Self.largeTable(rows: 40_000).utf8).write(to: table)
        let out = folder.appendingPathComponent("out.html")
        var interruptions = 0
        for _ in 0..<5 where interruptions == 0 {
            try Data("old".utf8).write(to: out)
            let process = Process()
            process.executableURL = CLIRunner.binaryURL
            process.arguments = ["score", table.path, "--format", "html", "-o", out.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let pid = process.processIdentifier
            var caught = false
            while process.isRunning {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if names.contains(where: { $0.hasPrefix(".out.html.impact-") }) {
                    kill(pid, SIGSTOP)
                    let held = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                    caught = held.contains { $0.hasPrefix(".out.html.impact-") }
                    kill(pid, signalNumber)
                    kill(pid, SIGCONT)
                    break
                }
            }
            process.waitUntilExit()
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(!names.contains { $0.contains(".impact-") }, "a temporary file remains: \(names)")
            guard caught else { continue }
            interruptions += 1
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signalNumber,
                    "the child ended with \(process.terminationReason) \(process.terminationStatus)")
            #expect(try Data(contentsOf: out) == Data("old".utf8), "the target was changed")
        }
        #expect(interruptions > 0, "the child was never caught mid-write")
    }
}
