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

    /// The underlying error's sentence.
    public var description: String {
        switch self {
        case let .reading(error): String(describing: error)
        case let .design(error): String(describing: error)
        case let .estimation(error, formula): "\(formula): \(error.description)"
        }
    }
}
