/// The byte-level RFC 4180 scanner shared by ``CSVParser`` and ``CSVReader``.
///
/// It walks a UTF-8 buffer one record at a time and reports each field as a byte range, so no
/// `String` is made per cell. Rules (RFC 4180 plus what spreadsheet exports do):
/// - fields are separated by `,` (or the chosen delimiter); records end at `\r\n`, `\n` or a lone `\r`;
/// - a field that starts with `"` is quoted: it may hold commas, line breaks and `""` (one
///   quote), and must be followed by `,`, a line end or the end of the file;
/// - a `"` inside an unquoted field is kept as an ordinary character;
/// - a UTF-8 byte-order mark at the start is skipped; empty lines are skipped;
/// - the last record need not end with a line break.
///
/// Line numbers are 1-based physical lines; a record's line is the line it starts on.
struct CSVScanner {
    /// One field of the current record: bytes `start..<end` of the buffer (inside the quotes
    /// for a quoted field); `hasDoubledQuotes` means `""` pairs must be collapsed.
    struct Field {
        var start: Int
        var end: Int
        var isQuoted: Bool
        var hasDoubledQuotes: Bool
    }

    let base: UnsafePointer<UInt8>
    let count: Int
    let fileName: String
    /// The field separator (`,` unless the caller chose another ASCII character).
    let delimiter: UInt8
    /// Offset of the next unread byte.
    private(set) var position: Int
    /// Physical line of `position`.
    private(set) var line: Int = 1
    /// Fields of the current record: `fieldCount` entries at `fieldBase` (reused between
    /// records; the memory belongs to `fieldStorage`).
    private(set) var fieldCount = 0
    private var fieldBase: UnsafeMutablePointer<Field>
    private var fieldCapacity: Int
    private let fieldStorage: FieldStorage
    /// Line and byte offset where the current record starts.
    private(set) var recordLine: Int = 1
    private(set) var recordStart: Int = 0

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(bytes: UnsafeBufferPointer<UInt8>, fileName: String, delimiter: CSVDelimiter = .comma) {
        self.delimiter = delimiter.byte
        // An empty buffer may have no base address; point at a static byte instead.
        base = bytes.baseAddress.map { UnsafePointer($0) } ?? CSVScanner.emptyBase
        count = bytes.count
        self.fileName = fileName
        var start = 0
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { start = 3 }
        position = start
        fieldStorage = FieldStorage()
        fieldBase = fieldStorage.pointer
        fieldCapacity = fieldStorage.capacity
    }

    /// Owner of the field array's memory, so it is freed however the scanner's user exits.
    final class FieldStorage {
        private(set) var pointer: UnsafeMutablePointer<Field>
        private(set) var capacity: Int

        init() {
            capacity = 64
            pointer = .allocate(capacity: capacity)
        }

        func grow() {
            let larger = UnsafeMutablePointer<Field>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: pointer, count: capacity)
            pointer.deallocate()
            pointer = larger
            capacity *= 2
        }

        deinit { pointer.deallocate() }
    }

    /// Field `index` of the current record.
    @inline(__always)
    func field(_ index: Int) -> Field {
        precondition(index < fieldCount, "field index out of range")
        return fieldBase[index]
    }

    @inline(__always)
    private mutating func appendField(_ field: Field) {
        if fieldCount == fieldCapacity {
            fieldStorage.grow()
            fieldBase = fieldStorage.pointer
            fieldCapacity = fieldStorage.capacity
        }
        (fieldBase + fieldCount).initialize(to: field)
        fieldCount += 1
    }

    nonisolated(unsafe) private static let emptyBase: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    /// Moves to the start of a record previously reported at (`offset`, `line`).
    mutating func rewind(to offset: Int, line: Int) {
        position = offset
        self.line = line
    }

    /// Reads the next non-empty record into ``fields``; returns `false` at the end of input.
    mutating func nextRecord() throws(CSVError) -> Bool {
        var p = skipEmptyLines(from: position)
        guard p < count else {
            position = p
            return false
        }
        recordLine = line
        recordStart = p
        fieldCount = 0
        while true {
            let isQuoted = p < count && base[p] == Self.quote
            p = isQuoted ? try scanQuotedField(from: p) : scanUnquotedField(from: p)
            if p >= count { break }
            let byte = base[p]
            if byte == delimiter {
                p += 1
                if fieldCount >= CSVInputLimits.maximumFields { throw CSVInputLimits.tooManyFields(self) }
                continue
            }
            if byte == Self.lineFeed || byte == Self.carriageReturn { break }
            // Only a quoted field can stop before a delimiter or a line end.
            throw textAfterClosingQuote(at: p)
        }
        position = consumeLineEnd(at: p)
        return true
    }

    /// The offset of the first byte at or after `p` that is not part of an empty line,
    /// counting the lines skipped.
    @inline(__always)
    private mutating func skipEmptyLines(from start: Int) -> Int {
        var p = start
        while p < count {
            let byte = base[p]
            if byte == Self.lineFeed {
                p += 1
                line += 1
            } else if byte == Self.carriageReturn {
                p += 1
                if p < count, base[p] == Self.lineFeed { p += 1 }
                line += 1
            } else {
                break
            }
        }
        return p
    }

    /// Appends the quoted field whose opening `"` is at `open` and returns the offset just
    /// after its closing quote, counting the line breaks inside it.
    @inline(__always)
    private mutating func scanQuotedField(from open: Int) throws(CSVError) -> Int {
        let openLine = line
        let start = open + 1
        var q = start
        var doubled = false
        while true {
            guard q < count else {
                throw .unterminatedQuote(CSVLocation(file: fileName, line: openLine, column: fieldCount + 1))
            }
            let byte = base[q]
            if byte == Self.quote {
                if q + 1 < count, base[q + 1] == Self.quote {
                    doubled = true
                    q += 2
                    continue
                }
                break
            }
            if byte == Self.lineFeed {
                line += 1
            } else if byte == Self.carriageReturn, !(q + 1 < count && base[q + 1] == Self.lineFeed) {
                line += 1
            }
            q += 1
        }
        appendField(Field(start: start, end: q, isQuoted: true, hasDoubledQuotes: doubled))
        return q + 1
    }

    /// Appends the unquoted field starting at `start` and returns the offset of the
    /// delimiter or line end after it (or the end of the input).
    @inline(__always)
    private mutating func scanUnquotedField(from start: Int) -> Int {
        let p = CSVFieldEnd.unquoted(base, from: start, end: count, delimiter: delimiter)
        appendField(Field(start: start, end: p, isQuoted: false, hasDoubledQuotes: false))
        return p
    }

    /// The error for text between a closing quote at `p - 1` and the next delimiter or line end.
    private func textAfterClosingQuote(at p: Int) -> CSVError {
        var end = p
        while end < count, base[end] != delimiter, base[end] != Self.lineFeed,
              base[end] != Self.carriageReturn { end += 1 }
        let found = String(decoding: UnsafeBufferPointer(start: base + p, count: end - p), as: UTF8.self)
        return .textAfterClosingQuote(CSVLocation(file: fileName, line: line, column: fieldCount), found: found)
    }

    /// The offset after the line end at `p` (`\r\n`, `\n` or `\r`), counting the line; `p`
    /// itself at the end of the input.
    @inline(__always)
    private mutating func consumeLineEnd(at start: Int) -> Int {
        guard start < count else { return start }
        var p = start + 1
        if base[start] == Self.carriageReturn, p < count, base[p] == Self.lineFeed { p += 1 }
        line += 1
        return p
    }

    /// Physical line on which byte `offset` of the current record lies.
    func line(atOffset offset: Int) -> Int {
        var line = recordLine
        var p = recordStart
        while p < offset {
            if base[p] == Self.lineFeed {
                line += 1
            } else if base[p] == Self.carriageReturn, !(p + 1 < count && base[p + 1] == Self.lineFeed) {
                line += 1
            }
            p += 1
        }
        return line
    }

    /// Location of field `index` (0-based) of the current record.
    func location(ofField index: Int, columnName: String? = nil) -> CSVLocation {
        let offset = index < fieldCount ? fieldBase[index].start : recordStart
        return CSVLocation(file: fileName, line: line(atOffset: offset), column: index + 1,
                           columnName: columnName)
    }

    /// The raw bytes of field `index`, with `""` collapsed when needed (into `scratch`).
    /// The returned buffer is valid until `scratch` is used again.
    @inline(__always)
    func fieldBytes(_ index: Int, scratch: ScratchBuffer) -> UnsafeBufferPointer<UInt8> {
        let field = self.field(index)
        if !field.hasDoubledQuotes {
            return UnsafeBufferPointer(start: base + field.start, count: field.end - field.start)
        }
        let target = scratch.reserve(field.end - field.start)
        var p = field.start
        var written = 0
        while p < field.end {
            target[written] = base[p]
            written += 1
            p += base[p] == Self.quote ? 2 : 1
        }
        return UnsafeBufferPointer(start: target, count: written)
    }

    /// Field `index` decoded as text (invalid UTF-8 replaced; for error messages).
    func fieldText(_ index: Int) -> String {
        let bytes = fieldBytes(index, scratch: ScratchBuffer())
        return String(decoding: bytes, as: UTF8.self)
    }
}
