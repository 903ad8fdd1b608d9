extension CSVError {
    /// The messages of the workbook cases and of ``CSVError/problems(_:)``.
    var workbookDescription: String {
        switch self {
        case .legacyExcelWorkbook(let file):
            return "\(file): this is an Excel 97–2003 workbook (.xls), which Impact does not read; "
                + "open it in Excel or LibreOffice and save it as \"Excel Workbook (.xlsx)\" or as \"CSV UTF-8\"."
        case .encryptedWorkbook(let file):
            return "\(file): this workbook is protected by a password, so its cells cannot be read; "
                + "open it, remove the password (Excel: File > Info > Protect Workbook > Encrypt with Password, "
                + "clear the box) and save it again, or save the sheet as \"CSV UTF-8\"."
        case .workbookNotCSV(let file):
            return "\(file): this is an Excel workbook (.xlsx), not CSV text; read it as a workbook "
                + "(name the file with the .xlsx extension), or save the sheet as \"CSV UTF-8\"."
        case .unreadableWorkbook(let file, let reason):
            return "\(file): cannot read the Excel workbook: \(reason); open it in Excel or LibreOffice "
                + "and save it again as .xlsx, or save the sheet as \"CSV UTF-8\"."
        case .unknownSheet(let file, let sheet, let available):
            let nearest = nearestName(to: sheet, among: available)
            return "\(file): the workbook has no sheet \(quoted(sheet))"
                + (nearest.map { "; did you mean \(quoted($0))?" } ?? "")
                + " Its sheets: " + available.map(quoted).joined(separator: ", ")
                + ". Name a sheet as FILE.xlsx#SHEET."
        case .problems(let problems):
            return problems.description
        default:
            return ""
        }
    }

    /// The error with every location moved into sheet `sheet` of a workbook whose CSV text
    /// starts at sheet column `firstColumn`.
    func inSheet(_ sheet: String, firstColumn: Int) -> CSVError {
        let move = { (location: CSVLocation) in location.inSheet(sheet, firstColumn: firstColumn) }
        switch self {
        case .invalidUTF8(let location): return .invalidUTF8(move(location))
        case .invalidEncoding(let location, let encoding): return .invalidEncoding(move(location), encoding: encoding)
        case .unterminatedQuote(let location): return .unterminatedQuote(move(location))
        case .textAfterClosingQuote(let location, let found): return .textAfterClosingQuote(move(location), found: found)
        case .raggedRow(let location, let expected, let found):
            return .raggedRow(move(location), expected: expected, found: found)
        case .duplicateColumnName(let location, let name, let first):
            return .duplicateColumnName(move(location), name: name, firstColumn: first + firstColumn - 1)
        case .emptyColumnName(let location): return .emptyColumnName(move(location))
        case .notANumber(let location, let found, let expected):
            return .notANumber(move(location), found: found, expected: expected)
        case .unitWithoutDeclaredUnit(let location, let found, let unit):
            return .unitWithoutDeclaredUnit(move(location), found: found, unit: unit)
        case .unknownUnit(let location, let found, let columnUnit):
            return .unknownUnit(move(location), found: found, columnUnit: columnUnit)
        case .problems(let problems):
            return .problems(problems.relocated(move))
        case .cannotRead, .missingHeader, .unknownOptionColumn, .conflictingColumnType, .legacyExcelWorkbook,
             .encryptedWorkbook, .workbookNotCSV, .unreadableWorkbook, .unknownSheet:
            return self
        }
    }
}
