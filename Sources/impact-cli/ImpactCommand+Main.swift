import ArgumentParser
import Foundation
import Impact

extension ImpactCommand {
    /// Runs the command like ArgumentParser's `main()`, but every message it prints passes
    /// through ``TerminalText/visible(_:keeping:)``: a column, file or level name holding ESC
    /// or NUL is shown as `\u{1B}`, never obeyed by the terminal. Exit codes are ArgumentParser's
    /// (0 help, 64 usage, 1 run-time failure).
    static func main() {
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = TerminalText.visible(fullMessage(for: error), keeping: ["\n", "\t"])
            if !text.isEmpty {
                let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                handle.write(Data((text + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Writes a warning line to standard error, control characters shown visibly.
func printWarning(_ text: String, prefix: String = "warning: ") {
    FileHandle.standardError.write(Data((prefix + TerminalText.visible(text, keeping: []) + "\n").utf8))
}
