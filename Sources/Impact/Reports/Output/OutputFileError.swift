/// Why `-o FILE` could not be written. Each message is one plain sentence naming the path
/// and what to do; none is a usage error (the CLI exits with status 1).
public enum OutputFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path is empty (`-o ""`).
    case emptyPath
    /// The path names a folder.
    case isDirectory(path: String)
    /// The folder that would hold the file does not exist.
    case missingFolder(path: String, folder: String)
    /// The path is a symbolic link whose target does not exist.
    case danglingLink(path: String, target: String)
    /// The path names a socket or a block device, which a report cannot be written to.
    case unsupportedFileType(path: String, kind: String)
    /// The system refused to create, write or rename the file; `reason` is its explanation.
    case cannotWrite(path: String, reason: String)

    /// One sentence: the path, the cause and what to do.
    public var description: String {
        switch self {
        case .emptyPath:
            "The output path is empty: give a file name after -o, or leave -o out to print to standard output."
        case let .isDirectory(path):
            "Cannot write '\(path)': it is a folder; give a file name inside it, e.g. '\(path)/report.html'."
        case let .missingFolder(path, folder):
            "Cannot write '\(path)': the folder '\(folder)' does not exist; create it first or choose another path."
        case let .danglingLink(path, target):
            "Cannot write '\(path)': it is a symbolic link to '\(target)', which does not exist; "
                + "remove the link or create its target."
        case let .unsupportedFileType(path, kind):
            "Cannot write '\(path)': it is a \(kind), not a file; choose a file path."
        case let .cannotWrite(path, reason):
            "Cannot write '\(path)': \(reason)."
        }
    }
}
