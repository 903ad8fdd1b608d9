/// Why an evaluation (a dataset folder, its files and its computations) could not be assembled.
public enum EvaluationError: Error, Equatable, CustomStringConvertible {
    /// A bundled dataset was not found in any of the searched folders.
    case datasetNotFound(name: String, searched: [String])
    /// The dataset folder does not exist or is not a folder.
    case notADirectory(path: String)
    /// A file the report needs is missing from the dataset folder.
    case missingFile(directory: String, file: String)
    /// A data file could not be read (the CSV error names file, line and column).
    case data(CSVError)
    /// The effect lines listed in `file` could not be measured on the panel (a missing
    /// column or cell of the lines file, a panel column it names, a zero previous-year total, …).
    case effectLines(file: String, AccountingError)
    /// The effect-line file lists no line.
    case noEffectLines(file: String)
    /// The indicator table could not be read or scored.
    case scoring(ScoringError)
    /// The sector accounting failed (a missing value, a zero previous-year total, …).
    case accounting(AccountingError)
    /// The project file (`impact.toml`) could not be read; the error names key and line.
    case project(ProjectFileError)
    /// Problems found in a whole pass over a data file, all of them (e.g. every cell of the
    /// panel's flag column that is neither a yes nor a no word of the project's `[values]`),
    /// each with its file and row.
    case problems(DataProblems)

    /// The message as a whole sentence saying what went wrong and where.
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
        case let .effectLines(file, error):
            "In the effect lines of \(file): \(error.description)"
        case let .noEffectLines(file):
            "\(file) lists no effect line; the sector effect table needs at least one."
        case let .scoring(error):
            error.description
        case let .accounting(error):
            error.description
        case let .project(error):
            error.description
        case let .problems(problems):
            problems.description
        }
    }
}
