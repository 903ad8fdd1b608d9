/// Why a project file (`impact.toml`) could not be read, or a project not written; every
/// case names the file and, where there is one, the line and the key.
///
/// Messages follow the compilers' `FILE:LINE: what` form, e.g.
/// `impact.toml:12: unknown key 'reveune' in [columns] (did you mean 'revenue'?)`.
public enum ProjectFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be read (missing, unreadable, not UTF-8).
    case unreadable(file: String, reason: String)
    /// The text is not TOML of the subset the project file uses; `expected` says what
    /// was expected at that point.
    case syntax(file: String, line: Int, expected: String)
    /// A key the project file does not know, in `table` (`[columns]`; empty for the top
    /// level), with the nearest known key when one is close.
    case unknownKey(file: String, line: Int, key: String, table: String, suggestion: String?)
    /// A key written twice, or a table header written twice.
    case duplicateKey(file: String, line: Int, key: String)
    /// A value of the wrong TOML type: `expected` (`string`, `integer`, …), `found`.
    case wrongType(file: String, line: Int, key: String, expected: String, found: String)
    /// A value of the right type that is not allowed (`reason` says which values are).
    case invalidValue(file: String, line: Int, key: String, reason: String)
    /// A required key is absent from `table`.
    case missingKey(file: String, table: String, key: String)
    /// A file named in `[data]` does not exist.
    case missingDataFile(file: String, line: Int, key: String, path: String)
    /// `impact init` found an existing project file in the folder and wrote nothing.
    case projectExists(directory: String, file: String)
    /// `impact init` could not write `path`.
    case unwritable(path: String, reason: String)

    /// The message as one sentence, starting with `FILE:LINE:` where a line is known.
    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            "\(file): cannot read the project file: \(reason)."
        case let .syntax(file, line, expected):
            "\(file):\(line): \(expected)."
        case let .unknownKey(file, line, key, table, suggestion):
            "\(file):\(line): unknown key '\(key)' in \(table.isEmpty ? "the top level" : "[\(table)]")"
                + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
        case let .duplicateKey(file, line, key):
            "\(file):\(line): '\(key)' is defined twice; keep one."
        case let .wrongType(file, line, key, expected, found):
            "\(file):\(line): '\(key)' must be \(Self.article(expected)) \(expected), not \(Self.article(found)) \(found)."
        case let .invalidValue(file, line, key, reason):
            "\(file):\(line): '\(key)': \(reason)."
        case let .missingKey(file, table, key):
            "\(file): [\(table)] needs the key '\(key)'."
        case let .missingDataFile(file, line, key, path):
            "\(file):\(line): '\(key)' names the file '\(path)', which does not exist."
        case let .projectExists(directory, file):
            "'\(directory)' already holds a project (\(file)); nothing was written. "
                + "Choose a new folder, or remove \(file) first."
        case let .unwritable(path, reason):
            "Cannot write '\(path)': \(reason)."
        }
    }

    private static func article(_ word: String) -> String {
        word.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }
}
