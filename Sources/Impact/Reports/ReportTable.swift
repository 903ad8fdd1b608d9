/// A table ready to print: localized headers, typed cells and notes.
///
/// Every command's result converts to one or more `ReportTable`s; the renderers
/// (terminal text, Markdown, CSV, JSON, HTML) turn them into output. Cells keep their
/// numbers, so CSV and JSON carry full precision while text shows the stated decimals.
public struct ReportTable: Sendable, Equatable {
    /// Heading printed above the table.
    public let title: LocalizedText
    /// Column definitions, left to right.
    public let columns: [ReportColumn]
    /// Rows of cells, each as long as `columns`.
    public let rows: [[ReportCell]]
    /// Lines printed under the table (sources, conventions, warnings).
    public let notes: [LocalizedText]

    /// Creates a table; every row must have one cell per column.
    public init(title: LocalizedText, columns: [ReportColumn], rows: [[ReportCell]],
                notes: [LocalizedText] = []) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "row width differs from columns")
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }
}

/// One column of a ``ReportTable``.
public struct ReportColumn: Sendable, Equatable {
    /// Stable machine key, used as the JSON field name (`snake_case`, English).
    public let key: String
    /// Header shown to people.
    public let header: LocalizedText

    /// Creates a column with a machine key and a localized header.
    public init(key: String, header: LocalizedText) {
        self.key = key
        self.header = header
    }
}

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
    /// No value (missing, not applicable); printed as `—` and as `null` in JSON.
    case empty
}
