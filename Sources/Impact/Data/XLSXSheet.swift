#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The non-empty cells of one worksheet, as text, and its merged ranges.
///
/// Cell values become the text a CSV export would hold, so that `XLSXSheet.csvText()` can
/// hand the sheet to the same reader as a CSV file: shared and inline strings as written;
/// numbers as stored (`1234.5`, `1.5E-3`; Excel stores the shortest text that reads back to
/// the same double, so parsing it gives the same number); booleans `TRUE`/`FALSE`; error
/// values as shown (`#N/A`, `#DIV/0!`); a number whose style has a date format as
/// `2023-12-31` (with ` hh:mm:ss` when it has a time of day), or as the year `2023` when the
/// format shows only the year (see ``XLSXNumberFormat``); a formula's cached value. Cells
/// without a value (styled blanks) are left out.
struct XLSXSheet {
    /// One cell: 1-based row and column, and its text (`text >= 0`: a range of ``arena``;
    /// otherwise shared string `-text - 1`).
    struct Cell {
        var row: Int32
        var column: Int32
        var start: Int32
        var length: Int32
    }

    /// A merged range, 1-based and inclusive.
    struct Merge {
        var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int
    }

    /// The sheet's name.
    let name: String
    private(set) var cells: [Cell] = []
    private(set) var merges: [Merge] = []
    /// Whether a row, cell or merged range lies beyond Excel's limits (``maxRows`` ×
    /// ``maxColumns``); such a sheet is refused by ``checkedWithinLimits()``, never read in part.
    private(set) var beyondLimits = false
    /// Excel's limits: 1,048,576 rows and 16,384 columns (XFD).
    static let maxRows = 1_048_576, maxColumns = 16_384
    /// Text of cells other than shared strings.
    private(set) var arena: [UInt8] = []
    let sharedStrings: [[UInt8]]

    /// Whether numbers under a percentage format are written as shown (`85%`) rather than as
    /// stored (`0.85`).
    let writesPercentages: Bool

    /// Reads the cells of sheet part `bytes` with the workbook's strings, styles and date
    /// system; `writesPercentages` (default `false`: data tables keep the stored fraction)
    /// writes percentage-formatted numbers as shown, for tables whose cells are read as
    /// text (indicator tables: `85%`).
    init(name: String, bytes: [UInt8], workbook: XLSXWorkbook, writesPercentages: Bool = false) {
        self.name = name
        self.writesPercentages = writesPercentages
        sharedStrings = workbook.sharedStrings
        // About 30 bytes of XML per cell, a third of them the value's text.
        cells.reserveCapacity(bytes.count / 32)
        arena.reserveCapacity(bytes.count / 3)
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = XMLByteScanner(buffer)
            var row = 0
            var column = 0
            while let tag = scanner.nextTag() {
                guard !tag.isEnd else { continue }
                if scanner.tag(tag, is: "c") {
                    let attributes = Self.cellAttributes(buffer, tag)
                    column = attributes.reference.map { Self.reference(buffer, $0).column } ?? column &+ 1
                    guard (1...Self.maxRows).contains(row), (1...Self.maxColumns).contains(column) else {
                        beyondLimits = true
                        continue
                    }
                    if !tag.isEmpty, !readPlainCell(&scanner, attributes, row: row, column: column, workbook: workbook) {
                        readCell(&scanner, tag, row: row, column: column, workbook: workbook)
                    }
                } else if scanner.tag(tag, is: "row") {
                    row = scanner.attribute("r", of: tag).map { Self.number(buffer, $0) } ?? row &+ 1
                    column = 0
                } else if scanner.tag(tag, is: "mergeCell"), let range = scanner.attribute("ref", of: tag) {
                    if let merge = Self.merge(buffer, range) {
                        guard merge.lastRow <= Self.maxRows, merge.lastColumn <= Self.maxColumns else {
                            beyondLimits = true
                            continue
                        }
                        merges.append(merge)
                    }
                }
            }
        }
        if zip(cells, cells.dropFirst()).contains(where: { ($0.row, $0.column) >= ($1.row, $1.column) }) {
            cells.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        }
    }

    /// The text of `cell`.
    func text(_ cell: Cell) -> ArraySlice<UInt8> {
        if cell.start < 0 {
            let index = Int(-cell.start - 1)
            return index < sharedStrings.count ? sharedStrings[index][...] : []
        }
        return arena[Int(cell.start)..<Int(cell.start + cell.length)]
    }

    // MARK: - Cells

    /// The `r`, `s` and `t` attributes of a `<c>` tag, read in one pass.
    @inline(__always)
    private static func cellAttributes(_ bytes: UnsafeBufferPointer<UInt8>, _ tag: XMLByteScanner.Tag)
        -> (reference: Range<Int>?, style: Range<Int>?, type: Range<Int>?) {
        var result: (reference: Range<Int>?, style: Range<Int>?, type: Range<Int>?) = (nil, nil, nil)
        var p = tag.attributes.lowerBound
        let end = tag.attributes.upperBound
        while p < end {
            while p < end, XMLByteScanner.isSpace(bytes[p]) { p += 1 }
            let nameStart = p
            while p < end, bytes[p] != UInt8(ascii: "=") { p += 1 }
            let name = nameStart..<p
            while p < end, bytes[p] != 0x22, bytes[p] != 0x27 { p += 1 }
            guard p < end else { break }
            let quote = bytes[p]
            let valueStart = p + 1
            p = valueStart
            while p < end, bytes[p] != quote { p += 1 }
            let value = valueStart..<p
            p += 1
            guard name.count == 1 else { continue }
            switch bytes[name.lowerBound] {
            case UInt8(ascii: "r"): result.reference = value
            case UInt8(ascii: "s"): result.style = value
            case UInt8(ascii: "t"): result.type = value
            default: break
            }
        }
        return result
    }

    /// The common cell `<c …><v>text</v></c>` (a number or a shared string) read without the
    /// general tag loop; `false`, with the scanner unmoved, for any other content.
    @inline(__always)
    private mutating func readPlainCell(_ scanner: inout XMLByteScanner,
                                        _ attributes: (reference: Range<Int>?, style: Range<Int>?, type: Range<Int>?),
                                        row: Int, column: Int, workbook: XLSXWorkbook) -> Bool {
        let bytes = scanner.bytes
        let start = scanner.position
        guard start + 3 < bytes.count, bytes[start] == UInt8(ascii: "<"), bytes[start + 1] == UInt8(ascii: "v"),
              bytes[start + 2] == UInt8(ascii: ">") else { return false }
        let type = attributes.type.map { Self.cellType(bytes, $0) } ?? .number
        guard type == .number || type == .shared else { return false }
        scanner.position = start + 3
        let value = scanner.text()
        let close = scanner.position
        guard close + 8 <= bytes.count, bytes[close + 1] == UInt8(ascii: "/"), bytes[close + 2] == UInt8(ascii: "v"),
              bytes[close + 3] == UInt8(ascii: ">"), bytes[close + 4] == UInt8(ascii: "<"),
              bytes[close + 5] == UInt8(ascii: "/"), bytes[close + 6] == UInt8(ascii: "c"),
              bytes[close + 7] == UInt8(ascii: ">") else {
            scanner.position = start
            return false
        }
        scanner.position = close + 8
        if type == .shared {
            let index = Self.number(bytes, value)
            cells.append(Cell(row: Int32(row), column: Int32(column), start: Int32(-index - 1), length: 0))
            return true
        }
        guard !value.isEmpty else { return true }
        let style = attributes.style.map { Self.number(bytes, $0) } ?? 0
        let format = style < workbook.styles.count ? workbook.styles[style] : .number
        let arenaStart = arena.count
        appendNumber(bytes, value, format: format, date1904: workbook.date1904)
        cells.append(Cell(row: Int32(row), column: Int32(column), start: Int32(arenaStart),
                          length: Int32(arena.count - arenaStart)))
        return true
    }

    /// Reads the content of a `<c>` element (its value, inline string or formula) and records
    /// the cell when it has a value.
    private mutating func readCell(_ scanner: inout XMLByteScanner, _ tag: XMLByteScanner.Tag,
                                   row: Int, column: Int, workbook: XLSXWorkbook) {
        let type = scanner.attribute("t", of: tag).map { Self.cellType(scanner.bytes, $0) } ?? .number
        let style = scanner.attribute("s", of: tag).map { Self.number(scanner.bytes, $0) } ?? 0
        var value: Range<Int>?
        var inline: [UInt8]?
        while let inner = scanner.nextTag() {
            if inner.isEnd {
                if scanner.tag(inner, is: "c") { break }
                continue
            }
            if scanner.tag(inner, is: "v"), !inner.isEmpty {
                value = scanner.text()
            } else if scanner.tag(inner, is: "t"), !inner.isEmpty {
                scanner.appendDecoded(scanner.text(), to: &inline, default: [])
            } else if scanner.tag(inner, is: "rPh"), !inner.isEmpty {
                scanner.skipElement(named: "rPh")
            } else if scanner.tag(inner, is: "f"), !inner.isEmpty {
                scanner.skipElement(named: "f")
            }
        }
        let start = arena.count
        switch type {
        case .shared:
            guard let value else { return }
            let index = Self.number(scanner.bytes, value)
            cells.append(Cell(row: Int32(row), column: Int32(column), start: Int32(-index - 1), length: 0))
            return
        case .inline:
            guard let inline else { return }
            arena.append(contentsOf: inline)
        case .boolean:
            guard let value else { return }
            arena.append(contentsOf: Array((scanner.bytes[value.lowerBound] == UInt8(ascii: "1") ? "TRUE" : "FALSE").utf8))
        case .text:
            guard let value else { return }
            scanner.appendDecoded(value, to: &arena)
        case .number:
            guard let value, !value.isEmpty else { return }
            let format = style < workbook.styles.count ? workbook.styles[style] : .number
            appendNumber(scanner.bytes, value, format: format, date1904: workbook.date1904)
        }
        guard arena.count > start else { return }
        cells.append(Cell(row: Int32(row), column: Int32(column), start: Int32(start), length: Int32(arena.count - start)))
    }

    /// Appends a stored number: as written, or as a date or year under a date format.
    private mutating func appendNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>,
                                       format: XLSXNumberFormat, date1904: Bool) {
        if format == .percent {
            guard writesPercentages,
                  let stored = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[value]), as: UTF8.self)) else {
                arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[value]))
                return
            }
            // × 100 rounded to 10 decimals, so 0.855 shows as 85.5%, not 85.49999999999999%.
            let shown = (stored * 100 * 1e10).rounded() / 1e10
            let text = shown == shown.rounded() && abs(shown) < 1e15 ? String(Int64(shown)) : String(shown)
            arena.append(contentsOf: Array((text + "%").utf8))
            return
        }
        guard format != .number,
              let serial = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[value]), as: UTF8.self)),
              serial >= 0, serial < 2_958_466 else {
            arena.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[value]))
            return
        }
        if format == .yearOnly {
            arena.append(contentsOf: Array(String(ExcelSerialDate.components(serial, date1904: date1904).year).utf8))
        } else {
            arena.append(contentsOf: Array(ExcelSerialDate.text(serial, date1904: date1904).utf8))
        }
    }

    /// A cell's `t` attribute: `s` shared string, `inlineStr`, `b` boolean, `str` (formula
    /// text), `e` (error) and `d` (ISO date) as text, `n` or none a number.
    private enum CellType: Equatable {
        case number, shared, inline, boolean, text
    }

    private static func cellType(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> CellType {
        guard let first = range.first.map({ bytes[$0] }) else { return .number }
        switch first {
        case UInt8(ascii: "s"): return range.count == 1 ? .shared : .text
        case UInt8(ascii: "i"): return .inline
        case UInt8(ascii: "b"): return .boolean
        case UInt8(ascii: "e"), UInt8(ascii: "d"): return .text
        default: return .number
        }
    }

    // MARK: - References

    /// The non-negative integer written in `range` (0 when none).
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { break }
            value = value &* 10 &+ Int(byte - 0x30)
        }
        return value
    }

    /// Row and column (1-based) of a cell reference such as `AB12` (`$` signs ignored).
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (row: Int, column: Int) {
        var column = 0
        var row = 0
        for index in range {
            let byte = bytes[index] & 0xDF
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") {
                column = column &* 26 &+ Int(byte - UInt8(ascii: "A") + 1)
            } else if bytes[index] >= 0x30, bytes[index] <= 0x39 {
                row = row &* 10 &+ Int(bytes[index] - 0x30)
            }
        }
        return (row, column)
    }

    /// A merged range `A1:C2`.
    private static func merge(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Merge? {
        guard let colon = range.first(where: { bytes[$0] == UInt8(ascii: ":") }) else { return nil }
        let first = reference(bytes, range.lowerBound..<colon)
        let last = reference(bytes, (colon + 1)..<range.upperBound)
        guard first.row > 0, first.column > 0, last.row >= first.row, last.column >= first.column else { return nil }
        return Merge(firstRow: first.row, firstColumn: first.column, lastRow: last.row, lastColumn: last.column)
    }

    /// This sheet, or an error when a cell or merged range lies beyond Excel's limits (a
    /// damaged or hostile file: its references cannot be trusted).
    func checkedWithinLimits(file: String) throws(CSVError) -> XLSXSheet {
        guard !beyondLimits else {
            throw .unreadableWorkbook(file: file, reason: "sheet '\(name)' refers to a cell beyond Excel's limits (1,048,576 rows × 16,384 columns)")
        }
        return self
    }

    /// The column letters of 1-based column `column` (`1` → `A`, `28` → `AB`).
    static func columnLetters(_ column: Int) -> String {
        var column = column
        var letters: [Character] = []
        while column > 0 {
            let remainder = (column - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            column = (column - 1) / 26
        }
        return String(letters.reversed())
    }
}

extension XMLByteScanner {
    /// Appends the decoded bytes of `range` to an optional buffer, creating it from `default`.
    func appendDecoded(_ range: Range<Int>, to out: inout [UInt8]?, default: [UInt8]) {
        var buffer = out ?? `default`
        appendDecoded(range, to: &buffer)
        out = buffer
    }
}
