import Foundation
import Testing

/// A signal that arrives while `-o` is writing its temporary file removes that file and
/// leaves the target untouched (``TemporaryFileCleanup``, issue 10).
///
/// The child writes a large report (an indicator table of many rows as HTML). The test watches
/// the output folder until the `.out.html.impact-XXXXXX` file appears, stops the child
/// (SIGSTOP; started by `posix_spawn` with no signal blocked) so that it is held mid-write, checks the file is still there, then sends the
/// signal and SIGCONT. The child must end by that signal, the temporary file must be gone and
/// the target must still hold its old bytes. A child that finished before it could be stopped
/// is retried with the same input; at least one interruption must be observed.
@Suite("a signal mid-write leaves no temporary file (issue 10)")
struct InterruptedOutputTests {
    /// An indicator table of `rows` rows (three levels, a target and an actual value).
    static func largeTable(rows: Int) -> String {
        var text = "一级指标,二级指标,三级指标,指标说明,年度指标值,实际完成值,分值\n"
        for row in 0..<rows {
            text += "产出指标,数量指标,指标\(row),说明文字\(row),100家,100家,0.0025\n"
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
            let pid = try Self.spawn([CLIRunner.binaryURL.path, "score", table.path, "--format", "html", "-o", out.path])
            var caught = false
            var status: Int32 = 0
            while waitpid(pid, &status, WNOHANG) == 0 {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                if names.contains(where: { $0.hasPrefix(".out.html.impact-") }) {
                    kill(pid, SIGSTOP)
                    usleep(50_000)
                    let held = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                    caught = held.contains { $0.hasPrefix(".out.html.impact-") }
                    kill(pid, signalNumber)
                    kill(pid, SIGCONT)
                    waitpid(pid, &status, 0)
                    break
                }
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(!names.contains { $0.contains(".impact-") }, "a temporary file remains: \(names)")
            guard caught else { continue }
            interruptions += 1
            // Killed by the signal (WIFSIGNALED, WTERMSIG == signalNumber).
            #expect(status & 0x7F == signalNumber, "the child ended with wait status \(status)")
            #expect(try Data(contentsOf: out) == Data("old".utf8), "the target was changed")
        }
        #expect(interruptions > 0, "the child was never caught mid-write")
    }

    /// Starts `arguments` with no signal blocked and default actions (Foundation's `Process`
    /// passes on the test thread's signal mask, which may block SIGTERM), output discarded.
    static func spawn(_ arguments: [String]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
        return pid
    }
}
