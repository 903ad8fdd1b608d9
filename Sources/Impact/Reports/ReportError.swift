/// Why a report could not be assembled.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// A bundled dataset was not found in any of the searched folders.
    case datasetNotFound(name: String, searched: [String])
    /// The dataset folder does not exist or is not a folder.
    case notADirectory(path: String)
    /// A file the report needs is missing from the dataset folder.
    case missingFile(directory: String, file: String)
    /// A data file could not be read (the CSV error names file, line and column).
    case data(CSVError)
    /// A column of a data file is missing or has the wrong type.
    case table(file: String, TableError)
    /// A row of the effect-line file is incomplete (`row` counts data rows from 1).
    case incompleteEffectLine(file: String, row: Int, column: String)
    /// The effect-line file lists no line.
    case noEffectLines(file: String)
    /// The indicator table could not be read or scored.
    case scoring(ScoringError)
    /// The sector accounting failed (a missing value, a zero previous-year total, …).
    case accounting(AccountingError)

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
        case let .data(error):
            error.description
        case let .table(file, error):
            "In \(file): \(error.description)"
        case let .incompleteEffectLine(file, row, column):
            "In \(file), effect line \(row) has no value in column '\(column)'."
        case let .noEffectLines(file):
            "\(file) lists no effect line; the sector effect table needs at least one."
        case let .scoring(error):
            error.description
        case let .accounting(error):
            error.description
        }
    }
}
