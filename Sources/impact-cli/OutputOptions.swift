import ArgumentParser
import Foundation
import Impact

extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// Options shared by every command that prints results.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")); default: from the -o file's extension, else table.")
    var format: OutputFormat?

    @Option(help: "Label language: zh (Chinese) or en (English).")
    var lang: Language = .zh

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written whole or not at all).")
    var output: String?

    /// The format to write: `--format`, else inferred from `-o` (a mismatch is a usage error).
    var resolvedFormat: OutputFormat {
        get throws { try OutputFormat.resolve(requested: format, outputPath: output) }
    }

    func validate() throws {
        do { _ = try resolvedFormat } catch { throw ValidationError("\(error)") }
    }

    /// Renders `item` in the resolved format and `--lang` and writes it: the one output path.
    func write(_ item: some Reportable) throws {
        try emit(ReportRenderer.render(item, format: try resolvedFormat, language: lang))
    }

    /// Writes `bytes` to standard output, or to `--output` through ``OutputFile/write(_:toPath:)``
    /// (whole or not at all; devices and FIFOs written through, links followed, permissions kept).
    func emit(_ bytes: Data) throws {
        guard let output else {
            FileHandle.standardOutput.write(bytes)
            return
        }
        try OutputFile.write(bytes, toPath: output)
    }
}
