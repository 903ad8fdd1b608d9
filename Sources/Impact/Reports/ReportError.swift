/// Why a report could not be assembled.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// A bundled dataset was not found in any of the searched folders.
    case datasetNotFound(name: String, searched: [String])
    /// The dataset folder does not exist or is not a folder.
    case notADirectory(path: String)
    /// A file the report needs is missing from the dataset folder.
    case missingFile(directory: String, file: String)

    public var description: String {
        switch self {
        case let .datasetNotFound(name, searched):
            "The bundled dataset '\(name)' was not found; looked in "
                + searched.joined(separator: ", ")
                + ". Run impact from the repository folder or give the dataset folder as an argument."
        case let .notADirectory(path):
            "The dataset folder '\(path)' does not exist or is not a folder."
        case let .missingFile(directory, file):
            "The dataset folder '\(directory)' has no file '\(file)'."
        }
    }
}
