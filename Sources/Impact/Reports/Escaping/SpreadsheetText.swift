/// Text made safe for a spreadsheet cell: the guard against formula injection.
///
/// A spreadsheet program (Excel, LibreOffice, WPS, Numbers) treats a cell that begins with
/// `=`, `+`, `-` or `@` as a formula, and some also after a leading tab (U+0009) or
/// carriage return (U+000D). A name taken from data, such as `=HYPERLINK("http://…")` or
/// `@SUM(A1)`, would then run when the office opens the CSV or xlsx file. Following the
/// OWASP recommendation ("CSV Injection"), such a **text** cell is written with a leading
/// apostrophe `'`, which every spreadsheet program shows as text and does not evaluate.
///
/// Conventions: only text cells are guarded. Numbers are never passed here: a negative
/// number such as `-1.5` is written as a number and stays a number. Text that does not
/// start with one of the six characters is returned unchanged, so ordinary names (企业, 制造业,
/// `firm_1`) are never altered. The test is made on the first Unicode scalar, so a name
/// cannot hide the trigger behind a combining or format character that would merge with it
/// into one `Character`.
public enum SpreadsheetText {
    /// The first scalars that make a spreadsheet read a cell as a formula: `=`, `+`, `-`,
    /// `@`, tab (U+0009) and carriage return (U+000D).
    public static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `text` for a text cell of a CSV or xlsx file: prefixed with `'` when its first Unicode
    /// scalar is one of ``formulaTriggers``, otherwise unchanged.
    ///
    /// ```swift
    /// SpreadsheetText.guarded("=1+1")   // "'=1+1"
    /// SpreadsheetText.guarded("-abc")   // "'-abc"
    /// SpreadsheetText.guarded("制造业")  // "制造业"
    /// ```
    public static func guarded(_ text: String) -> String {
        needsGuard(text) ? "'" + text : text
    }

    /// Whether `text` starts with one of ``formulaTriggers`` (and so would be evaluated).
    public static func needsGuard(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return formulaTriggers.contains(first)
    }
}
