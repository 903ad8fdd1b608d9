#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one entry point for reading a data table from a file: CSV (UTF-8 with or without a
/// byte-order mark, or GB18030/GBK) or an Excel workbook (`.xlsx`), told apart by content.
///
/// - `FILE.xlsx` reads the first sheet; `FILE.xlsx#工作表名` reads the sheet of that name (the
///   `#SHEET` suffix is taken off only when `FILE.xlsx` exists and the whole path does not).
/// - A file starting with the ZIP signature `PK\u{3}\u{4}` is read as a workbook whatever its
///   extension (an `.xlsx` saved under a `.csv` name reads as what it is).
/// - A file in the binary OLE2 format (signature `D0 CF 11 E0`) is refused with one sentence
///   saying what to do: an Excel 97–2003 `.xls` is to be re-saved as `.xlsx` or CSV UTF-8;
///   a password-protected workbook (an OLE2 file holding an `EncryptedPackage`) is to be saved
///   again without its password (``CSVError/legacyExcelWorkbook(file:)``,
///   ``CSVError/encryptedWorkbook(file:)``).
/// - Anything else is CSV, read by ``CSVReader/read(path:options:)``.
///
/// A workbook's sheet becomes the same ``Table`` the CSV export of that sheet would give,
/// under the same ``CSVReadOptions`` (units in headers, missing markers, column types,
/// selected columns); `XLSXSheet` says how cells become text (dates under a date format
/// become `2023-12-31`; a percentage keeps its stored fraction, 0.85 for `85%`),
/// `XLSXSheet.csvText()` how the header is found (title rows,
/// merged header cells). The options' ``CSVReadOptions/encoding`` and
/// ``CSVReadOptions/delimiter`` do not apply to workbooks. Errors name the workbook, sheet and
/// cell: `企业数据.xlsx[Sheet1]!E17 (营业收入): found "unknown", …`.
///
/// Cost: the sheet is decompressed into memory and scanned once for cells (no XML tree), then
/// read as CSV text. Measured with `scripts/bench/xlsx-read` (release build, 2 shared cores):
/// 100,000 rows × 12 columns (a 40 MB sheet part, 6.9 MB zipped) take 0.39 s end to end in
/// `impact estimate`, 0.30 s more than the same table as CSV.
public enum TableFile {
    /// The kinds of file told apart by their first bytes.
    public enum Format: String, Sendable, Equatable {
        /// CSV text.
        case csv
        /// An Office Open XML workbook (`.xlsx`, a ZIP archive).
        case xlsx
        /// An Excel 97–2003 workbook (`.xls`, OLE2), not read.
        case legacyExcel
        /// A password-protected Office file (OLE2 holding an `EncryptedPackage`), not read.
        case encryptedWorkbook
    }

    /// Reads the table at `path` (see the type's description for the forms of `path`).
    public static func read(path: String, options: CSVReadOptions = CSVReadOptions()) throws(CSVError) -> Table {
        let (file, sheet) = splitSheet(path)
        switch try format(ofFile: file) {
        case .csv: return try CSVReader.read(path: file, options: options)
        case .xlsx: return try readWorkbook(path: file, sheet: sheet, options: options)
        case .legacyExcel: throw .legacyExcelWorkbook(file: file)
        case .encryptedWorkbook: throw .encryptedWorkbook(file: file)
        }
    }

    /// The sheet of a workbook (first, or `sheet`) as UTF-8 CSV text whose line `k` is the
    /// sheet's row `k`, for readers of small hand-made tables (indicator tables) that parse
    /// records themselves; `name` is `FILE[SHEET]`, for their messages. Unlike
    /// ``read(path:options:)``, numbers under a percentage format are written as shown
    /// (`85%`), since such tables read targets and actuals as text.
    public static func sheetAsCSV(path: String) throws(CSVError) -> (bytes: [UInt8], name: String) {
        let (file, sheet) = splitSheet(path)
        switch try format(ofFile: file) {
        case .xlsx:
            let workbook = try XLSXWorkbook(path: file)
            let part = try workbook.sheetPart(sheet)
            let text = try XLSXSheet(name: part.name, bytes: part.bytes, workbook: workbook, writesPercentages: true)
                .checkedWithinLimits(file: file).csvText()
            return (text.csv, "\(file)[\(text.sheet)]")
        case .legacyExcel: throw .legacyExcelWorkbook(file: file)
        case .encryptedWorkbook: throw .encryptedWorkbook(file: file)
        case .csv: throw .unreadableWorkbook(file: file, reason: "it is not an .xlsx workbook")
        }
    }

    /// Whether the file at `path` (a `#SHEET` suffix allowed) is an `.xlsx` workbook.
    public static func isWorkbook(path: String) -> Bool {
        (try? format(ofFile: splitSheet(path).file)) == .xlsx
    }

    /// The file's format, from its first bytes.
    public static func format(ofFile path: String) throws(CSVError) -> Format {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .csv }  // CSVReader reports the reason.
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: 8)
        let count = head.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, 8) }
        guard count >= 4 else { return .csv }
        if head[0] == 0x50, head[1] == 0x4B, head[2] == 0x03, head[3] == 0x04 { return .xlsx }
        guard count == 8, head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] else { return .csv }
        return oleHoldsEncryptedPackage(descriptor) ? .encryptedWorkbook : .legacyExcel
    }

    /// Whether an OLE2 file's directory names the stream `EncryptedPackage` (UTF-16LE), which
    /// is how Office stores a password-protected `.xlsx`.
    private static func oleHoldsEncryptedPackage(_ descriptor: Int32) -> Bool {
        let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var carried: [UInt8] = []
        _ = lseek(descriptor, 0, SEEK_SET)
        var total = 0
        while total < 64 << 20 {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, 1 << 16) }
            guard count > 0 else { return false }
            total += count
            let window = carried + buffer[0..<count]
            if window.count >= name.count {
                for start in 0...(window.count - name.count) where window[start] == name[0]
                    && window[start..<(start + name.count)].elementsEqual(name) { return true }
            }
            carried = Array(window.suffix(name.count - 1))
        }
        return false
    }

    /// `FILE.xlsx#SHEET` split into the file and the sheet, when `FILE.xlsx` exists and the
    /// whole path does not.
    static func splitSheet(_ path: String) -> (file: String, sheet: String?) {
        guard let hash = path.lastIndex(of: "#"), access(path, F_OK) != 0 else { return (path, nil) }
        let file = String(path[..<hash])
        guard access(file, F_OK) == 0 else { return (path, nil) }
        return (file, String(path[path.index(after: hash)...]))
    }

    /// Reads sheet `sheet` (or the first) of the workbook at `path`.
    private static func readWorkbook(path: String, sheet: String?, options: CSVReadOptions) throws(CSVError) -> Table {
        let workbook = try XLSXWorkbook(path: path)
        let part = try workbook.sheetPart(sheet)
        let text = try XLSXSheet(name: part.name, bytes: part.bytes, workbook: workbook)
            .checkedWithinLimits(file: path).csvText()
        var options = options
        options.encoding = .utf8
        options.delimiter = .comma
        do {
            let table = try CSVReader.read(bytes: text.csv, fileName: path, options: options)
            return table.withCellLocations { $0.inSheet(text.sheet, firstColumn: text.firstColumn) }
        } catch {
            throw error.inSheet(text.sheet, firstColumn: text.firstColumn)
        }
    }
}

/// The C library's `read`, under a name the enum's own `read` does not hide.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
