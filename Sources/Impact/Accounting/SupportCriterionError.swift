/// Why a written support criterion (``SupportCriterion/init(parsing:)``) cannot be read.
public enum SupportCriterionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing was written.
    case empty
    /// `COLUMN=VALUE` with one side missing, as written.
    case incompleteCategory(String)

    /// The message as a whole sentence.
    public var description: String {
        switch self {
        case .empty:
            "The supported firms need a column name, or COLUMN=VALUE for one support line; nothing was given."
        case .incompleteCategory(let text):
            "The supported firms are given as '\(text)', but COLUMN=VALUE needs both a column and a value (e.g. support_line=研发投入)."
        }
    }
}
