import ArgumentParser
import Foundation
import Impact

extension ImpactCommand {
    /// Runs the command like ArgumentParser's `main()`, with two differences: every message
    /// passes through ``TerminalText/visible(_:keeping:)`` (a name holding ESC or NUL is shown
    /// as `\u{1B}`, never obeyed by the terminal), and a negative number after an option
    /// (`--bootstrap -5`) is read as that option's value, so that the option's own check
    /// explains what is allowed instead of "Missing value". Exit codes are ArgumentParser's
    /// (0 help, 64 usage, 1 run-time failure).
    static func main() {
        BLASThreads.configure()   // before OpenBLAS's idle workers spin on the reader's cores
        do {
            var command = try parseAsRoot(joiningNegativeValues(Array(CommandLine.arguments.dropFirst())))
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

    /// `--name -5` becomes `--name=-5` when the value looks like a negative number.
    static func joiningNegativeValues(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--"), !argument.contains("="), argument != "--", index + 1 < arguments.count,
               arguments[index + 1].wholeMatch(of: /-[0-9][0-9.eE+-]*|-\.[0-9]+/) != nil {
                result.append(argument + "=" + arguments[index + 1])
                index += 2
            } else {
                result.append(argument)
                index += 1
            }
        }
        return result
    }
}

/// Writes a warning line to standard error, control characters shown visibly.
func printWarning(_ text: String, prefix: String = "warning: ") {
    FileHandle.standardError.write(Data((prefix + TerminalText.visible(text, keeping: []) + "\n").utf8))
}
