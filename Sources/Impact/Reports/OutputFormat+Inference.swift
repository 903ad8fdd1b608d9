import Foundation

extension OutputFormat {
    /// The format to write: `requested` when given, else the one the output file's
    /// extension stands for (``init(fileExtension:)``), else ``table``.
    ///
    /// - Throws: ``OutputFormatMismatch`` when both are given and differ (`--format csv -o
    ///   table.xlsx`), so a file never holds bytes its name does not promise.
    public static func resolve(requested: OutputFormat?, outputPath: String?) throws(OutputFormatMismatch) -> OutputFormat {
        let fileExtension = outputPath.map { URL(fileURLWithPath: $0).pathExtension } ?? ""
        let implied = OutputFormat(fileExtension: fileExtension)
        if let requested, let implied, requested != implied {
            throw OutputFormatMismatch(requested: requested, path: outputPath ?? "", implied: implied)
        }
        return requested ?? implied ?? .table
    }
}

/// `--format` names one format and the `-o` file's extension another.
public struct OutputFormatMismatch: Error, Equatable, CustomStringConvertible {
    /// The format asked for with `--format`.
    public let requested: OutputFormat
    /// The output path.
    public let path: String
    /// The format its extension stands for.
    public let implied: OutputFormat

    /// The message in English and Chinese.
    public var wording: LocalizedText {
        LocalizedText(
            zh: "--format \(requested.rawValue) 与输出文件 '\(path)' 的扩展名（\(implied.rawValue)）不一致；去掉 --format 或更改文件名。",
            en: "--format \(requested.rawValue) does not match the extension of '\(path)' (\(implied.rawValue)); drop --format or rename the file.")
    }

    /// The English message.
    public var description: String { wording.en }
}
