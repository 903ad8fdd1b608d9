/// Why the design step (or the fit) dropped rows of the table; the raw value is the suffix
/// of the note code `rows_dropped_<reason>`.
public enum RowDropReason: String, Sendable, Hashable, CaseIterable {
    /// A model variable was missing (every row dropped by the design step is counted here,
    /// including the two reasons below).
    case missing
    /// `log()` met a zero or negative value.
    case logOfNonPositive = "log_of_non_positive"
    /// A numeric value was infinite.
    case infinite
}
