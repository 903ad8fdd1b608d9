import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One part of an in-place read (see `CSVTableBuilder.inPlaceBuild`): records `range` of
/// the input, written into rows `firstRow ..< firstRow + rowLimit` of the shared columns.
///
/// Parsing is one pass per record. Each cell's end is found first (``cellEnd(from:)``, two
/// 8-byte words for a cell of up to 15 bytes), so the next cell's start never waits for a
/// number's digits; then a selected numeric cell of the form `[-]digits[.digits]` (at most
/// 15 digits) is read by ``PlainDecimal``, the rule the sequential read uses too; an
/// unselected cell is only skipped; any other cell is cut out and read as in the sequential
/// read. `run(sharing:)` returns `false` (and the caller falls back to the sequential read)
/// at the first record or cell the fast read does not decide the same way, or once another
/// part has declined.
///
/// A class with immutable pointers so the two threads share nothing mutable but the locked
/// ``InPlaceDecline``; the memory is freed in `deinit`.
final class InPlacePart: @unchecked Sendable {
    /// Where one column's cells go.
    struct Slot {
        var plan: CSVTableBuilder.CellPlan
        var values: UnsafeMutablePointer<Double>?
        var codes: UnsafeMutablePointer<Int32>?
        var unit: MoneyUnit?
    }

    private let base: UnsafePointer<UInt8>
    private let start: Int
    private let end: Int
    private let rowLimit: Int
    private let delimiter: UInt8
    /// The delimiter in every byte of a word.
    private let delimiterWord: UInt64
    /// Whether the delimiter is at or below `,` (see ``cellEnd(from:)``).
    private let lowDelimiter: Bool
    private let columnCount: Int
    private let slots: UnsafeMutablePointer<Slot>
    /// Each column's previous cell (offset, length, code; code -1 when none) for the
    /// repeated-label shortcut.
    private let previousCells: UnsafeMutablePointer<(start: Int, count: Int, code: Int32)>
    /// Each column's labels met in this part, in order of first appearance.
    let interners: UnsafeMutablePointer<CategoryInterner>
    /// Whether each column had a missing cell in this part.
    let hasMissing: UnsafeMutablePointer<Bool>
    private let missingMarkers: CSVMissingMarkers
    /// False when a missing marker reads as a plain number (`--na-values -99`): every
    /// numeric cell then goes through the marker check first.
    private let plainNumbersAreNumbers: Bool
    private let advise: (@Sendable (Range<Int>, Bool) -> Void)?
    private let scratch = ScratchBuffer()
    /// Records read (after `run()`).
    private(set) var rows = 0

    /// Bytes between page advice (bring the next stretch in, hand the read one back).
    private static let adviceStride = 1 << 23

    init(builder: CSVTableBuilder, range: Range<Int>, firstRow: Int, rowLimit: Int, columns: InPlaceColumns) {
        base = builder.bytes.baseAddress.map { UnsafePointer($0) }!
        start = range.lowerBound
        end = range.upperBound
        self.rowLimit = rowLimit
        delimiter = builder.delimiter.byte
        delimiterWord = 0x0101_0101_0101_0101 &* UInt64(builder.delimiter.byte)
        lowDelimiter = builder.delimiter.byte <= 0x2C
        columnCount = columns.plans.count
        slots = .allocate(capacity: columnCount)
        for index in 0..<columnCount {
            (slots + index).initialize(to: Slot(plan: columns.plans[index],
                                                values: columns.valueBase(index).map { $0 + firstRow },
                                                codes: columns.codes[index].base.map { $0 + firstRow },
                                                unit: builder.storage.units[index]))
        }
        interners = .allocate(capacity: columnCount)
        interners.initialize(repeating: CategoryInterner(), count: columnCount)
        previousCells = .allocate(capacity: columnCount)
        previousCells.initialize(repeating: (0, 0, -1), count: columnCount)
        hasMissing = .allocate(capacity: columnCount)
        hasMissing.initialize(repeating: false, count: columnCount)
        missingMarkers = builder.missingMarkers
        advise = builder.advise
        plainNumbersAreNumbers = !builder.missingMarkers.markers.contains { marker in
            marker.withUnsafeBufferPointer { PlainDecimal.wholeCell($0.baseAddress!, $0.count) != nil }
        }
    }

    deinit {
        slots.deinitialize(count: columnCount)
        slots.deallocate()
        interners.deinitialize(count: columnCount)
        interners.deallocate()
        hasMissing.deallocate()
        previousCells.deallocate()
    }

    /// Reads the part; `false` when the fast read declines, here or (seen every 65,536
    /// records) in another part of the same read: the parts share `decline`, which is set
    /// when any of them declines.
    func run(sharing decline: InPlaceDecline) -> Bool {
        if read(stoppingOn: decline) { return true }
        decline.set()
        return false
    }

    /// Reads the part; `false` when it declines or `decline` is set.
    // Long: the per-record loop is kept in one function so the compiler keeps its state in registers.
    private func read(stoppingOn decline: InPlaceDecline) -> Bool {
        let base = self.base, end = self.end, delimiter = self.delimiter, columnCount = self.columnCount
        var p = start
        var row = 0
        var adviseAt = start, released = start
        while p < end {
            if let advise, p >= adviseAt {
                if p > released { advise(released..<p, false) }
                released = p
                advise(adviseAt..<min(adviseAt + Self.adviceStride, end), true)
                adviseAt += Self.adviceStride
            }
            let first = base[p]
            if first == 0x0A || first == 0x0D {
                p += 1
                continue
            }
            if row == rowLimit { return false }
            if row & 0xFFFF == 0xFFFF, decline.isSet { return false }
            var column = 0
            while true {
                let slot = slots[column]
                // The cell's end first: the next cell's start then waits only for this search,
                // not for the number's digits.
                let next = cellEnd(from: p)
                switch slot.plan {
                case .skip:
                    break
                case .number:
                    if plainNumbersAreNumbers, p + 18 <= end, let value = PlainDecimal.quick(base + p, delimiter) {
                        slot.values.unsafelyUnwrapped[row] = value
                    } else if plainNumbersAreNumbers, let (value, _) = PlainDecimal.scanByBytes(base, p, end, delimiter) {
                        slot.values.unsafelyUnwrapped[row] = value
                    } else {
                        guard let value = number(p..<next, column: column, unit: slot.unit) else { return false }
                        slot.values.unsafelyUnwrapped[row] = value
                    }
                case .category:
                    guard let code = category(p..<next, column: column) else { return false }
                    slot.codes.unsafelyUnwrapped[row] = code
                }
                p = next
                column += 1
                if column == columnCount { break }
                guard p < end, base[p] == delimiter else { return false }
                p += 1
            }
            if p < end {
                let byte = base[p]
                guard byte == 0x0A || byte == 0x0D else { return false }
                p += 1
                if byte == 0x0D, p < end, base[p] == 0x0A { p += 1 }
            }
            row += 1
        }
        if let advise, end > released { advise(released..<end, false) }
        rows = row
        return true
    }

    /// The offset of the delimiter or line end after the unquoted field at `start` (or the
    /// end of the part): ``fieldEnd(from:)``'s answer, found for a field of up to 15 bytes
    /// from two 8-byte words without a loop. With a delimiter at or below `,` (0x2C: comma,
    /// tab) the words are searched for any byte at or below `,`, one subtraction per word
    /// (bytes are masked to 7 bits first, so no borrow crosses a byte; bytes of 0x80 and
    /// above never match), and the byte found is checked: a space, `"`, `+` or other such
    /// byte sends the search to ``fieldEnd(from:)``. Other delimiters are compared exactly.
    @inline(__always)
    private func cellEnd(from start: Int) -> Int {
        if start + 16 <= end {
            let w0 = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            let w1 = UInt64(littleEndian: UnsafeRawPointer(base + start + 8).loadUnaligned(as: UInt64.self))
            let m0: UInt64, m1: UInt64
            if lowDelimiter {
                m0 = (0xACAC_ACAC_ACAC_ACAC &- (w0 & 0x7F7F_7F7F_7F7F_7F7F)) & ~w0 & 0x8080_8080_8080_8080
                m1 = (0xACAC_ACAC_ACAC_ACAC &- (w1 & 0x7F7F_7F7F_7F7F_7F7F)) & ~w1 & 0x8080_8080_8080_8080
            } else {
                m0 = separators(w0)
                m1 = separators(w1)
            }
            // No stop byte in the 16 (a long cell, such as a name in Chinese): search on from there.
            if m0 | m1 == 0 { return fieldEnd(from: start &+ 16) }
            let offset = m0 != 0 ? m0.trailingZeroBitCount &>> 3 : 8 &+ (m1.trailingZeroBitCount &>> 3)
            if offset < 16 {
                let byte = base[start &+ offset]
                if byte == delimiter || byte == 0x0A || byte == 0x0D { return start &+ offset }
            }
        }
        return fieldEnd(from: start)
    }

    /// The high bit of each byte of `word` that is the delimiter, `\n` or `\r`, exactly (no
    /// borrow crosses a byte: each byte is compared on its low 7 bits, then its high bit).
    @inline(__always)
    private func separators(_ word: UInt64) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let a = word ^ delimiterWord, b = word ^ 0x0A0A_0A0A_0A0A_0A0A, c = word ^ 0x0D0D_0D0D_0D0D_0D0D
        let zeroA = ~(((a & lows) &+ lows) | a), zeroB = ~(((b & lows) &+ lows) | b)
        let zeroC = ~(((c & lows) &+ lows) | c)
        return (zeroA | zeroB | zeroC) & ~lows
    }

    /// The offset of the delimiter or line end after the unquoted field at `start` (or the
    /// end of the part).
    @inline(__always)
    private func fieldEnd(from start: Int) -> Int {
        CSVFieldEnd.unquoted(base, from: start, end: end, delimiter: delimiter)
    }

    /// The value of numeric cell `range` read as the sequential read does: NaN when missing,
    /// `nil` when the cell is not a number (or needs a unit decision).
    private func number(_ range: Range<Int>, column: Int, unit: MoneyUnit?) -> Double? {
        let cell = CSVNumberParser.trimmed(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
        if isMissing(cell) {
            hasMissing[column] = true
            return .nan
        }
        guard case .number(let value) = CSVNumberParser.parse(cell, columnUnit: unit, scratch: scratch),
              !value.isNaN else { return nil }
        return value
    }

    /// The code of categorical cell `range` (-1 when missing), or `nil` for a new label
    /// that is not valid UTF-8.
    @inline(__always)
    private func category(_ range: Range<Int>, column: Int) -> Int32? {
        // The same text as the column's previous cell (a firm's rows in a sorted panel).
        let previous = previousCells[column]
        if previous.code >= 0, previous.count == range.count,
           sameBytes(base + previous.start, base + range.lowerBound, range.count) {
            previousCells[column].start = range.lowerBound
            return previous.code
        }
        let cell = CSVNumberParser.trimmed(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count))
        if isMissing(cell) { return -1 }
        let (code, isNew) = interners[column].code(for: cell)
        if isNew, cell.contains(where: { $0 >= 0x80 }), String(validating: cell, as: UTF8.self) == nil {
            return nil
        }
        previousCells[column] = (range.lowerBound, range.count, code)
        return code
    }

    /// Whether the `count` bytes at `a` and `b` are equal: two 8-byte words when both
    /// stretches have 16 bytes before the end of the part, else `memcmp`.
    @inline(__always)
    private func sameBytes(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        let limit = base + end
        guard count <= 16, a + 16 <= limit, b + 16 <= limit else { return memcmp(a, b, count) == 0 }
        let low = UnsafeRawPointer(a).loadUnaligned(as: UInt64.self) ^ UnsafeRawPointer(b).loadUnaligned(as: UInt64.self)
        let high = UnsafeRawPointer(a + 8).loadUnaligned(as: UInt64.self)
            ^ UnsafeRawPointer(b + 8).loadUnaligned(as: UInt64.self)
        if count <= 8 {
            let mask: UInt64 = count == 8 ? ~0 : (1 << UInt64(count * 8)) &- 1
            return UInt64(littleEndian: low) & mask == 0
        }
        let mask: UInt64 = count == 16 ? ~0 : (1 << UInt64((count - 8) * 8)) &- 1
        return low == 0 && UInt64(littleEndian: high) & mask == 0
    }

    /// Whether a trimmed cell is empty or a missing marker (as the sequential read decides).
    @inline(__always)
    private func isMissing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        missingMarkers.matches(bytes)
    }
}

/// Whether some part of an in-place read has declined, so the others can stop early (the
/// whole input is then read sequentially anyway).
final class InPlaceDecline: @unchecked Sendable {
    private let lock = NSLock()
    private var declined = false

    /// Whether a part has declined.
    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return declined
    }

    /// Records that a part declined.
    func set() {
        lock.lock()
        declined = true
        lock.unlock()
    }
}
