/// A spreadsheet workbook as values, written as a .xlsx file by ``xlsxData()``.
///
/// The model holds what the writer supports and nothing more: text and numbers (numbers stay
/// numbers, shown with a number format), a closed set of cell styles, merged ranges, column
/// widths, A4 print setup and native column charts.
struct Workbook {
    /// The sheets, in tab order; names are unique, at most 31 characters, without `[]:*?/\`.
    let sheets: [Worksheet]
}

/// One sheet of a ``Workbook``.
struct Worksheet {
    /// The tab name (made valid and unique when written).
    var name: String
    /// Rows of cells from the top-left corner (A1); rows may differ in length.
    var rows: [[SheetCell]] = []
    /// Merged ranges.
    var merges: [CellRange] = []
    /// Widths of the columns from A, in characters (Excel's unit).
    var columnWidths: [Double] = []
    /// Rows (0-based, inclusive) repeated at the top of every printed page.
    var printTitleRows: ClosedRange<Int>?
    /// Whether the sheet prints in landscape (wide tables).
    var landscape = false
    /// Native charts drawn on the sheet.
    var charts: [OfficeChart] = []
    /// Row heights in points, by 0-based row; rows not listed keep the default height.
    var rowHeights: [Int: Double] = [:]

    /// An empty sheet named `name`.
    init(name: String) { self.name = name }

    /// Appends a row and returns its index.
    @discardableResult
    mutating func append(_ row: [SheetCell]) -> Int {
        rows.append(row)
        return rows.count - 1
    }
}

/// A cell: its value and style.
struct SheetCell {
    /// What the cell holds.
    enum Value {
        case text(String)
        case number(Double)
        case empty
    }

    let value: Value
    let style: SheetCellStyle

    /// A text cell.
    static func text(_ text: String, _ style: SheetCellStyle = .text) -> SheetCell {
        SheetCell(value: .text(text), style: style)
    }

    /// A number cell shown with `decimals` places (0–4; more show as General).
    static func number(_ value: Double?, decimals: Int) -> SheetCell {
        guard let value, value.isFinite else { return SheetCell(value: .empty, style: .text) }
        return SheetCell(value: .number(value), style: SheetCellStyle.number(decimals: decimals))
    }

    /// An empty cell with `style` (borders of a form stay drawn).
    static func empty(_ style: SheetCellStyle = .text) -> SheetCell {
        SheetCell(value: .empty, style: style)
    }
}

/// The closed set of cell styles; the raw value is the cell format's index in `styles.xml`.
enum SheetCellStyle: Int, CaseIterable {
    /// No border (notes, sign-off lines).
    case plain
    /// The sheet's title: bold, 14 pt, centred.
    case title
    /// A column header: bold, grey fill, bordered, centred, wrapped.
    case header
    /// Text: bordered, wrapped, top-aligned.
    case text
    /// Text centred both ways, bordered, wrapped (merged category cells).
    case centered
    /// Text centred, without border (the line under a title).
    case caption
    /// Bold text, bordered.
    case bold
    /// Numbers with 0, 1, 2, 3, 4 decimals, bordered.
    case number0, number1, number2, number3, number4
    /// Numbers in Excel's General format, bordered.
    case numberGeneral

    /// The number style for `decimals` places.
    static func number(decimals: Int) -> SheetCellStyle {
        switch decimals {
        case ...0: .number0
        case 1: .number1
        case 2: .number2
        case 3: .number3
        case 4: .number4
        default: .numberGeneral
        }
    }
}

/// A rectangle of cells, 0-based, inclusive.
struct CellRange: Equatable {
    let firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int

    /// `A1:B2` notation.
    var reference: String {
        CellRange.name(row: firstRow, column: firstColumn) + ":" + CellRange.name(row: lastRow, column: lastColumn)
    }

    /// The A1 name of a cell (0-based row and column).
    static func name(row: Int, column: Int) -> String {
        columnName(column) + String(row + 1)
    }

    /// The letters of a column (0 → A, 25 → Z, 26 → AA).
    static func columnName(_ column: Int) -> String {
        var index = column + 1, letters = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            index = (index - 1) / 26
        }
        return letters
    }
}
