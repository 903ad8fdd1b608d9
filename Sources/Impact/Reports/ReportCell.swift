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

extension ReportCell {
    /// The unit of ``percentagePoints(_:decimals:)``: 个百分点 / pp.
    public static let percentagePointUnit = LocalizedText(zh: "个百分点", en: " pp")

    /// A difference of percentages in percentage points (个百分点), e.g. a growth pull;
    /// shown as `8.20个百分点` / `8.20 pp`, default 2 decimals.
    public static func percentagePoints(_ value: Double, decimals: Int = 2) -> ReportCell {
        .quantity(value, decimals: decimals, unit: percentagePointUnit)
    }
}
