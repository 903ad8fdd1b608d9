import ArgumentParser
import Foundation
import Impact

extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// Options shared by every command that prints results.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .table

    @Option(help: "Label language: zh (Chinese) or en (English).")
    var lang: Language = .zh

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (written whole or not at all).")
    var output: String?

    /// Renders `item` in `--format` and `--lang` and writes it: the one output path.
    func write(_ item: some Reportable) throws {
        try emit(ReportRenderer.render(item, format: format, language: lang))
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
