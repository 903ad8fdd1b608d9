/// A form laid out on a grid of columns with merged cells: the one layout of the
/// 绩效自评表 that the HTML, xlsx and docx writers each turn into their own markup.
struct FormGrid {
    /// What a cell shows and how.
    enum Role {
        /// The form's title (above the grid, no border).
        case title
        /// A centred line under the title (the year), no border.
        case subtitle
        /// A bold centred row or block label (项目名称, 绩效指标).
        case label
        /// A column header (bold, shaded).
        case header
        /// Text filled in (wrapped, left).
        case value
        /// A number (right-aligned).
        case number
        /// A line under the grid (sign-off), no border.
        case footer
    }

    /// One placed cell.
    struct Cell {
        /// Column of its top-left corner (0-based).
        let column: Int
        /// Columns and rows it covers (1 = itself).
        let span: Int, rowSpan: Int
        /// The text shown.
        let text: String
        /// The number behind a numeric cell (stored as a number in a workbook).
        let number: Double?
        /// Decimals of ``number``.
        let decimals: Int
        /// How it is shown.
        let role: Role

        /// A text cell.
        static func text(_ text: String, at column: Int, span: Int = 1, rowSpan: Int = 1, role: Role = .value) -> Cell {
            Cell(column: column, span: span, rowSpan: rowSpan, text: text, number: nil, decimals: 0, role: role)
        }

        /// A number cell shown with `decimals` places and `suffix`; empty when `nil`.
        static func number(_ value: Double?, decimals: Int, suffix: String = "", at column: Int, span: Int = 1) -> Cell {
            guard let value, value.isFinite else { return .text("", at: column, span: span, role: .number) }
            return Cell(column: column, span: span, rowSpan: 1, text: ReportNumber.fixed(value, decimals: decimals) + suffix,
                        number: suffix.isEmpty ? value : nil, decimals: decimals, role: .number)
        }
    }

    /// Number of grid columns.
    let columns: Int
    /// Relative widths of the columns (in characters for a workbook).
    let columnWidths: [Double]
    /// Rows of placed cells, each in column order.
    var rows: [[Cell]] = []
    /// Rows (0-based) repeated on every printed page: the indicator header row.
    var repeatedRow: Int?
}
