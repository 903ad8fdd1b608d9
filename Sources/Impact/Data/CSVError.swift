/// Where in a data file something was found: file, 1-based line and 1-based column, and the
/// column's header name when the header has been read. For a worksheet of an Excel workbook
/// ``sheet`` names the sheet, ``line`` is the sheet's row and ``column`` the sheet's column
/// (1 = `A`), and the description is the cell reference `企业数据.xlsx[Sheet1]!E17`.
public struct CSVLocation: Sendable, Equatable, CustomStringConvertible {
    /// File name as given to the reader (a path, or the name passed with in-memory bytes).
    public let file: String
    /// 1-based physical line (lines inside quoted fields count).
    public let line: Int
    /// 1-based field number within the record, or `nil` when the problem concerns a whole line.
    public let column: Int?
    /// Header name of the column, when known.
    public let columnName: String?
    /// The worksheet, when the file is an Excel workbook; `nil` for CSV.
    public let sheet: String?

    /// Creates a location.
    public init(file: String, line: Int, column: Int? = nil, columnName: String? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.sheet = sheet
    }

    /// `file:line:column (name)`, the form compilers use, e.g. `data.csv:14:3 (revenue)`; in
    /// a workbook `file[sheet]!E17 (name)` (or `file[sheet]!row 17` for a whole row).
    public var description: String {
        var text: String
        if let sheet {
            text = "\(file)[\(sheet)]!" + (column.map { XLSXSheet.columnLetters($0) + "\(line)" } ?? "row \(line)")
        } else {
            text = "\(file):\(line)"
            if let column { text += ":\(column)" }
        }
        if let columnName { text += " (\(columnName))" }
        return text
    }

    /// This location in sheet `sheet` of a workbook whose CSV text starts at sheet column
    /// `firstColumn`.
    func inSheet(_ sheet: String, firstColumn: Int) -> CSVLocation {
        CSVLocation(file: file, line: line, column: column.map { $0 + firstColumn - 1 }, columnName: columnName,
                    sheet: sheet)
    }
}

/// Errors in reading a CSV file. Each message is a whole sentence naming the file, line and
/// column, the text found and what was expected.
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or read; `reason` is the system's explanation.
    case cannotRead(file: String, reason: String)
    /// The file holds no header row (it is empty or only blank lines).
    case missingHeader(file: String)
    /// Bytes that are not valid UTF-8.
    case invalidUTF8(CSVLocation)
    /// Bytes that are not valid in the encoding the options name.
    case invalidEncoding(CSVLocation, encoding: CSVEncoding)
    /// A quoted field opened at `location` never closes before the end of the file.
    case unterminatedQuote(CSVLocation)
    /// Text follows a closing quote before the next comma or line end (`"abc"x`).
    case textAfterClosingQuote(CSVLocation, found: String)
    /// A record has `found` fields where the header has `expected`; the location is the first
    /// column the record lacks (with its header name) or the first extra one.
    case raggedRow(CSVLocation, expected: Int, found: Int)
    /// Two header cells give the same column name.
    case duplicateColumnName(CSVLocation, name: String, firstColumn: Int)
    /// A header cell is empty.
    case emptyColumnName(CSVLocation)
    /// A cell that must be a number is not one; `expected` says what was wanted.
    case notANumber(CSVLocation, found: String, expected: String)
    /// A cell carries a money unit (`208.7亿`) in a column whose unit was not declared.
    case unitWithoutDeclaredUnit(CSVLocation, found: String, unit: MoneyUnit)
    /// A cell ends in text that is not a known unit (`12千元`, `3吨`): in a column with a
    /// declared unit (`columnUnit`), or in an undeclared column (`columnUnit == nil`) whose
    /// other non-missing cells are all numbers.
    case unknownUnit(CSVLocation, found: String, columnUnit: MoneyUnit?)
    /// The reading options name a column the header does not have.
    case unknownOptionColumn(file: String, name: String, nearest: String?)
    /// The reading options ask for a column to be both numeric and categorical.
    case conflictingColumnType(file: String, name: String)
    /// The file is an Excel 97–2003 workbook (`.xls`, the binary OLE2 format), which is not read.
    case legacyExcelWorkbook(file: String)
    /// The file is a password-protected (encrypted) Office workbook.
    case encryptedWorkbook(file: String)
    /// The file is an Excel workbook (`.xlsx`, a ZIP archive) given to the CSV-only reader.
    case workbookNotCSV(file: String)
    /// The `.xlsx` file cannot be read as a workbook; `reason` says what is wrong.
    case unreadableWorkbook(file: String, reason: String)
    /// The workbook has no sheet called `sheet`; `available` lists its sheets.
    case unknownSheet(file: String, sheet: String, available: [String])
    /// Several problems in the data, all found in one pass (see ``DataProblems``).
    case problems(DataProblems)

    /// The message as one sentence naming file, line, column, the text found and what was expected.
    public var description: String {
        switch self {
        case .cannotRead(let file, let reason):
            return "\(file): cannot read the file: \(reason)."
        case .missingHeader(let file):
            return "\(file): the file is empty, expected a header row with column names."
        case .invalidUTF8(let location):
            return "\(location): found bytes that are not valid UTF-8, expected UTF-8 text "
                + "(or GB18030/GBK, which the automatic encoding tries when a file is not UTF-8; "
                + "re-save the file as \"CSV UTF-8\")."
        case .invalidEncoding(let location, let encoding):
            return "\(location): found bytes that are not valid \(encoding.rawValue.uppercased()), "
                + "expected text in that encoding (or choose another encoding in the reading options)."
        case .unterminatedQuote(let location):
            return "\(location): found a quoted field that is never closed, expected a "
                + "closing double quote before the end of the file."
        case .textAfterClosingQuote(let location, let found):
            return "\(location): found \(quoted(found)) after a closing quote, expected a "
                + "comma or the end of the line (write a quote inside a quoted field as \"\")."
        case .raggedRow(let location, let expected, let found):
            return "\(location): found \(found) field\(found == 1 ? "" : "s") in this row, expected "
                + "\(expected) as in the header row" + (found > expected ? " (is a comma in a number or "
                + "text missing its quotes?)." : ".")
        case .duplicateColumnName(let location, let name, let firstColumn):
            return "\(location): found the column name \(quoted(name)) a second time (first in "
                + "column \(firstColumn)), expected unique column names."
        case .emptyColumnName(let location):
            return "\(location): found an empty column name, expected a name in every header cell."
        case .notANumber(let location, let found, let expected):
            return "\(location): found \(quoted(found)), expected \(expected)."
        case .unitWithoutDeclaredUnit(let location, let found, let unit):
            return "\(location): found \(quoted(found)) with the unit \(unit.symbol), but the "
                + "column declares no unit; expected a plain number, or declare the column's "
                + "unit in its header (e.g. 营收(万元)) or in the reading options."
        case .unknownUnit(let location, let found, let columnUnit?):
            return "\(location): found \(quoted(found)), expected a number in \(columnUnit.symbol), "
                + "optionally followed by one of the units 元, 万, 万元, 亿, 亿元."
        case .unknownUnit(let location, let found, nil):
            return "\(location): found \(quoted(found)), expected a number as in the column's other "
                + "cells, optionally with a unit 元/万元/亿元 once the column's unit is declared "
                + "(e.g. in its header: 营收(万元))."
        case .unknownOptionColumn(let file, let name, let nearest):
            return "\(file): the reading options name the column \(quoted(name)), but the header "
                + "has no such column" + (nearest.map { "; did you mean \(quoted($0))?" } ?? ".")
        case .conflictingColumnType(let file, let name):
            return "\(file): the reading options ask for column \(quoted(name)) to be both "
                + "numeric and categorical, expected one of the two."
        default:
            return workbookDescription
        }
    }

    /// Where the problem is, when it concerns a place in the file.
    public var location: CSVLocation? {
        switch self {
        case .invalidUTF8(let location), .unterminatedQuote(let location), .invalidEncoding(let location, _),
             .textAfterClosingQuote(let location, _), .raggedRow(let location, _, _),
             .duplicateColumnName(let location, _, _), .emptyColumnName(let location),
             .notANumber(let location, _, _), .unitWithoutDeclaredUnit(let location, _, _),
             .unknownUnit(let location, _, _):
            return location
        case .cannotRead, .missingHeader, .unknownOptionColumn, .conflictingColumnType, .legacyExcelWorkbook,
             .encryptedWorkbook, .workbookNotCSV, .unreadableWorkbook, .unknownSheet:
            return nil
        case .problems(let problems):
            return problems.problems.first?.location
        }
    }
}

/// `text` in double quotes, shortened to 60 characters.
func quoted(_ text: String) -> String {
    let shown = text.count > 60 ? String(text.prefix(57)) + "..." : text
    return "\"\(shown)\""
}
