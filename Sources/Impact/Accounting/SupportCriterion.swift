/// How a firm is recognised as supported (被支持企业) in a panel.
///
/// Conventions: the criterion is read on the firm's row of the evaluated year `t` (the year
/// whose increment over `t − 1` is measured), so a firm's status, support line and subsidy
/// are those recorded with its `t` figures.
public enum SupportCriterion: Sendable, Equatable, Hashable {
    /// A 0/1 column; 1 marks a supported firm. Any other value is an error.
    case flag(column: String)
    /// A subsidy amount column; an amount above zero marks a supported firm, zero or missing
    /// an unsupported one.
    case subsidy(column: String)
    /// A categorical column equal to `value`, e.g. `support_line` = `软件规模化`, for the
    /// firms of one support line.
    case category(column: String, value: String)

    /// The criterion used when none is named: the 0/1 column `supported`.
    public static let standard = SupportCriterion.flag(column: "supported")

    /// The column the criterion reads.
    public var column: String {
        switch self {
        case .flag(let column), .subsidy(let column), .category(let column, _): column
        }
    }

    /// A short description for notes: `supported = 1`, `subsidy_wan > 0`,
    /// `support_line = 软件规模化`.
    public var summary: String {
        switch self {
        case .flag(let column): "\(column) = 1"
        case .subsidy(let column): "\(column) > 0"
        case .category(let column, let value): "\(column) = \(value)"
        }
    }
}
