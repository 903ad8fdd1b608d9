/// A cell of a ``ReportTable``.
public enum ReportCell: Sendable, Equatable {
    /// Text, left-aligned in terminal output.
    case text(String)
    /// Localized text.
    case label(LocalizedText)
    /// An integer count.
    case integer(Int)
    /// A number shown with `decimals` places (full precision in CSV and JSON); `suffix`
    /// is a unit printed after it in text outputs, e.g. `%` or `亿元`.
    case number(Double, decimals: Int, suffix: String = "")
    /// A number shown with `decimals` places followed by a unit in the output language
    /// (appended as is, so an English unit usually starts with a space, e.g. `" pp"`);
    /// full precision and no unit in CSV and JSON.
    case quantity(Double, decimals: Int, unit: LocalizedText)
    /// No value (missing, not applicable); printed as `—` and as `null` in JSON.
    case empty
}
