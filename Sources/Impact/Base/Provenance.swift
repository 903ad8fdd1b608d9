import Foundation

/// What a report was made from, for its reproducibility footer: the Impact version, the
/// command line as typed, and the SHA-256 of every input file.
///
/// Deterministic by design: no date, no host name, no absolute path the user did not type.
/// Input files are named as the project names them (relative to the project folder), so
/// the same folder run by the same command gives the same footer wherever it lies.
public struct Provenance: Sendable, Equatable {
    /// One input file: its name as shown and the SHA-256 of its bytes.
    public struct InputFile: Sendable, Equatable {
        /// The name as shown (as the project file or the user wrote it).
        public let name: String
        /// The file's SHA-256 as 64 lowercase hexadecimal digits (``SHA256/hexDigest(_:)``),
        /// or `nil` when the file could not be read when the provenance was recorded.
        public let sha256: String?

        /// Creates an entry from a name and a digest already computed.
        public init(name: String, sha256: String?) {
            self.name = name
            self.sha256 = sha256
        }

        /// Reads the file at `path` and hashes it; shown as `name`.
        public init(name: String, hashingFileAt path: String) {
            let bytes = try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            self.init(name: name, sha256: bytes.map(SHA256.hexDigest))
        }
    }

    /// The Impact version these sources are: `0.11.0`.
    public static let impactVersion = "0.11.0"

    /// The Impact version that wrote the report (default ``impactVersion``).
    public let version: String
    /// The command line as typed, program name first (`impact report datasets/…`).
    public let commandLine: [String]
    /// Every input file, in the order read.
    public let inputs: [InputFile]

    /// Creates a provenance record; `version` defaults to ``impactVersion``.
    public init(version: String = Provenance.impactVersion, commandLine: [String], inputs: [InputFile]) {
        self.version = version
        self.commandLine = commandLine
        self.inputs = inputs
    }

    /// The command line as one line a POSIX shell reads back to the same arguments:
    /// arguments with characters other than letters, digits and `-_./=:,+%@` are single-quoted
    /// (an inner `'` written `'\''`); an empty argument is `''`.
    public var commandLineText: String {
        commandLine.map(Self.shellQuoted).joined(separator: " ")
    }

    /// `argument` quoted for a POSIX shell when it needs to be.
    static func shellQuoted(_ argument: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+%@")
        if !argument.isEmpty, argument.allSatisfy({ plain.contains($0) || !$0.isASCII }) { return argument }
        return "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The record as JSON: `{"version", "command_line": [..], "inputs": [{"file", "sha256"}]}`.
    public var jsonValue: JSONValue {
        .object([
            JSONValue.Member("version", .string(version)),
            JSONValue.Member("command_line", .array(commandLine.map(JSONValue.string))),
            JSONValue.Member("inputs", .array(inputs.map { input in
                .object([JSONValue.Member("file", .string(input.name)),
                         JSONValue.Member("sha256", input.sha256.map(JSONValue.string) ?? .null)])
            })),
        ])
    }
}
