/// Why the design step (or the fit) dropped rows of the table; the raw value is the suffix
/// of the note code `rows_dropped_<reason>`.
///
/// The reasons after ``missing`` come from transformed values (`log()`, `I(…)`, `sqrt()`,
/// a transformed `--weights`): a row is counted under the first reason that applies to it,
/// missing values first.
public enum RowDropReason: String, Sendable, Hashable, CaseIterable {
    /// A model variable was missing (every row dropped by the design step is counted here,
    /// including the reasons below).
    case missing
    /// `log()` met a zero or negative value (or `log1p()` a value ≤ −1).
    case logOfNonPositive = "log_of_non_positive"
    /// A numeric value was infinite (or a transformation overflowed, as `exp(1000)`).
    case infinite
    /// `sqrt()` met a negative value.
    case sqrtOfNegative = "sqrt_of_negative"
    /// A division by zero in `I(…)`.
    case divisionByZero = "division_by_zero"
    /// A power without a real value in `I(…)`, as a negative number to a fractional power.
    case undefinedValue = "undefined_value"
}
