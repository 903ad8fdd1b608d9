/// Comma-separated values (``OutputFormat/csv``) that Excel opens correctly with Chinese text.
///
/// The output starts with a UTF-8 byte-order mark (U+FEFF), which Excel needs to read the
/// file as UTF-8. Each table is a header row (column headers in the chosen language) and its
/// data rows; several tables are separated by one empty line. Titles and notes are not
/// written, so each block is a clean rectangular CSV. Fields follow RFC 4180: a field that
/// contains a comma, a double quote, a CR or LF, or that starts or ends with a space, is
/// enclosed in double quotes with inner quotes doubled; records end with CRLF. Numbers are
/// rounded to the decimals the table shows, without units (``ReportCell/csvText(_:)``; JSON
/// keeps full precision); missing values are empty fields. A text cell or header that starts
/// with `=`, `+`, `-`, `@`, tab or CR gets a leading `'` (``SpreadsheetText/guarded(_:)``) so
/// that no spreadsheet evaluates it. Other control characters in text (ESC, NUL, BEL, the
/// bidirectional overrides; not tab, CR or LF) are shown as `\u{1B}` and the like
/// (``TerminalText/visible(_:keeping:)``), since a CSV on standard output reaches a terminal.
public enum CSVRenderer {
    /// The byte-order mark that starts every CSV output.
    public static let byteOrderMark = "\u{FEFF}"
    /// The record separator (RFC 4180).
    public static let lineEnding = "\r\n"

    /// Renders `tables` with headers in `language`.
    public static func render(_ tables: [ReportTable], language: Language) -> String {
        byteOrderMark + tables.map { render($0, language: language) }.joined(separator: lineEnding)
    }

    /// Renders one table without byte-order mark: header record and data records, each
    /// ended by CRLF.
    public static func render(_ table: ReportTable, language: Language) -> String {
        var records = [table.columns.map { field(safeText($0.header.text(language))) }]
        records += table.rows.map { $0.map { field(cellText($0, language: language)) } }
        return records.map { $0.joined(separator: ",") + lineEnding }.joined()
    }

    /// A cell's machine text; text cells are guarded against formula injection
    /// (``SpreadsheetText/guarded(_:)``), numbers never are.
    static func cellText(_ cell: ReportCell, language: Language) -> String {
        let text = cell.csvText(language)
        return cell.isNumeric ? text : safeText(text)
    }

    /// Text of a header or text cell: controls other than tab, CR and LF shown visibly, then
    /// guarded against formula injection.
    static func safeText(_ text: String) -> String {
        SpreadsheetText.guarded(TerminalText.visible(text, keeping: ["\n", "\r", "\t"]))
    }

    /// `text` as one RFC 4180 field, quoted when needed.
    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || text.hasPrefix(" ") || text.hasSuffix(" ")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
