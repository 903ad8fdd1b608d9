/// Why a ``RegressionRequest`` failed: the file could not be read, a formula could not be
/// applied to it, or a model could not be estimated. The message is the underlying error's.
public enum RegressionRequestError: Error, Sendable, CustomStringConvertible {
    /// The CSV file could not be read (file, line and column in the error).
    case reading(CSVError)
    /// A formula does not fit the data (unknown column with the nearest name, text where
    /// numbers are needed, …).
    case design(FormulaError)
    /// The model written as `formula` could not be estimated.
    case estimation(EstimationError, formula: String)
    /// The subset could not be parsed or applied (position in the condition in the error).
    case subset(RowSubsetError)
    /// The split variable is not a column of the data; `nearest` is the closest one.
    case unknownSplitColumn(String, nearest: String?)

    /// The underlying error's sentence.
    public var description: String {
        switch self {
        case let .reading(error): String(describing: error)
        case let .design(error): String(describing: error)
        case let .estimation(error, formula): "\(formula): \(error.description)"
        case let .subset(error): error.description
        case let .unknownSplitColumn(name, nearest):
            "There is no column named '\(name)' to split by" + (nearest.map { "; did you mean '\($0)'?" } ?? ".")
        }
    }
}
