#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One part of an in-place read (see `CSVTableBuilder.inPlaceBuild`): records `range` of
/// the input, written into rows `firstRow ..< firstRow + rowLimit` of the shared columns.
///
/// Parsing is one pass per record: a selected numeric cell of the form `[-]digits[.digits]`
/// (at most 15 digits) is read while it is scanned; an unselected cell is skipped eight
/// bytes at a time; any other cell is cut out and read as in the sequential read. `run()`
/// returns `false` (and the caller falls back to the sequential read) at the first record or
/// cell the fast read does not decide the same way.
///
/// A class with immutable pointers so the two threads share nothing mutable; the memory is
/// freed in `deinit`.
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
        columnCount = columns.plans.count
        slots = .allocate(capacity: columnCount)
        for index in 0..<columnCount {
            (slots + index).initialize(to: Slot(plan: columns.plans[index],
                                                values: columns.values[index].base.map { $0 + firstRow },
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
            marker.withUnsafeBufferPointer { Self.plainDecimal($0.baseAddress!, 0, $0.count) != nil }
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

    /// Reads the part; `false` when the fast read declines.
    // Long: the per-record loop is kept in one function so the compiler keeps its state in registers.
    func run() -> Bool {
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
            var column = 0
            while true {
                let slot = slots[column]
                switch slot.plan {
                case .skip:
                    p = fieldEnd(from: p)
                case .number:
                    if plainNumbersAreNumbers, let (value, next) = Self.plainNumber(base, p, end, delimiter) {
                        slot.values.unsafelyUnwrapped[row] = value
                        p = next
                    } else {
                        let next = fieldEnd(from: p)
                        guard let value = number(p..<next, column: column, unit: slot.unit) else { return false }
                        slot.values.unsafelyUnwrapped[row] = value
                        p = next
                    }
                case .category:
                    let next = fieldEnd(from: p)
                    guard let code = category(p..<next, column: column) else { return false }
                    slot.codes.unsafelyUnwrapped[row] = code
                    p = next
                }
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
    /// end of the part), eight bytes at a time (SWAR, as `CSVScanner` does).
    @inline(__always)
    private func fieldEnd(from start: Int) -> Int {
        var p = start
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let delimiters = ones &* UInt64(delimiter)
        let lineFeeds = ones &* 0x0A, returns = ones &* 0x0D
        while p + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
            let a = word ^ delimiters, b = word ^ lineFeeds, c = word ^ returns
            let found = ((a &- ones) & ~a | (b &- ones) & ~b | (c &- ones) & ~c) & highs
            if found != 0 { return p + found.trailingZeroBitCount / 8 }
            p += 8
        }
        while p < end {
            let byte = base[p]
            if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
            p += 1
        }
        return p
    }

    /// `[-]digits[.digits]` (1 to 15 digits) at `start`, ended by the delimiter, a line end or
    /// the end of the part: its value (one correctly rounded division, as
    /// `CSVNumberParser`'s plain-decimal path) and the offset of the end.
    @inline(__always)
    private static func plainNumber(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                                    _ delimiter: UInt8) -> (Double, Int)? {
        // Common case, without a branch per digit: up to 7 integer and 7 fraction digits,
        // each run read as one 8-byte word.
        if start + 17 <= end {
            let negative = base[start] == UInt8(ascii: "-")
            let q = start + (negative ? 1 : 0)
            let (integer, integerDigits) = digitRun(base + q)
            var after = q + integerDigits
            var significand = integer, fractionDigits = 0
            if integerDigits < 8, base[after] == UInt8(ascii: ".") {
                let (fraction, count) = digitRun(base + after + 1)
                fractionDigits = count
                significand = integer &* powersOfTenInteger[count] &+ fraction
                after += 1 + count
            }
            let digits = integerDigits + fractionDigits
            let byte = base[after]
            if integerDigits < 8, fractionDigits < 8, digits > 0,
               byte == delimiter || byte == 0x0A || byte == 0x0D {
                // The significand (< 10¹⁴ < 2⁵²) as a double without `cvtsi2sd` (whose false
                // dependency on the previous result would chain the divisions): 2⁵² + m is
                // exact, and so is subtracting 2⁵².
                let exact = Double(bitPattern: 0x4330_0000_0000_0000 | significand) - 0x1p52
                // An integer needs no division (years, 0/1 flags).
                let magnitude = fractionDigits == 0 ? exact : exact / exactPowersOfTen[fractionDigits]
                let sign = UInt64(negative ? 1 : 0) << 63
                return (Double(bitPattern: magnitude.bitPattern | sign), after)
            }
        }
        return plainNumberByBytes(base, start, end, delimiter)
    }

    /// 10⁰ … 10⁸ as integers.
    private static let powersOfTenInteger: [UInt64] = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000,
                                                        10_000_000, 100_000_000]

    /// The leading ASCII digits of the 8 bytes at `pointer`: their value and how many there
    /// are (0 to 8). SWAR: a byte is a digit when `byte − '0'` is below 10; the lowest
    /// non-digit is found exactly (borrows and carries only run upwards from it), the
    /// bytes above the digits are shifted out and the digits combined pairwise.
    @inline(__always)
    private static func digitRun(_ pointer: UnsafePointer<UInt8>) -> (UInt64, Int) {
        let word = UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
        let values = word &- 0x3030_3030_3030_3030
        let nonDigits = (values | (values &+ 0x7676_7676_7676_7676)) & 0x8080_8080_8080_8080
        let count = nonDigits.trailingZeroBitCount / 8
        guard count > 0 else { return (0, 0) }
        var v = values << UInt64((8 - count) * 8)
        v = (v &* 10 &+ (v >> 8)) & 0x00FF_00FF_00FF_00FF
        v = (v &* 100 &+ (v >> 16)) & 0x0000_FFFF_0000_FFFF
        v = v &* 10_000 &+ (v >> 32)
        return (v & 0xFFFF_FFFF, count)
    }

    /// ``plainNumber(_:_:_:_:)`` one byte at a time (near the end of the part, or for
    /// longer digit runs).
    private static func plainNumberByBytes(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                                           _ delimiter: UInt8) -> (Double, Int)? {
        var q = start
        let negative = q < end && base[q] == UInt8(ascii: "-")
        if negative { q += 1 }
        var significand: UInt64 = 0
        let integerStart = q
        while q < end {
            let digit = base[q] &- UInt8(ascii: "0")
            if digit >= 10 { break }
            significand = significand &* 10 &+ UInt64(digit)
            q += 1
        }
        var digits = q - integerStart
        var fractionDigits = 0
        if q < end, base[q] == UInt8(ascii: ".") {
            q += 1
            let fractionStart = q
            while q < end {
                let digit = base[q] &- UInt8(ascii: "0")
                if digit >= 10 { break }
                significand = significand &* 10 &+ UInt64(digit)
                q += 1
            }
            fractionDigits = q - fractionStart
            digits += fractionDigits
        }
        guard digits > 0, digits <= 15 else { return nil }
        if q < end {
            let byte = base[q]
            guard byte == delimiter || byte == 0x0A || byte == 0x0D else { return nil }
        }
        let magnitude = Double(Int64(bitPattern: significand)) / exactPowersOfTen[fractionDigits]
        return (negative ? -magnitude : magnitude, q)
    }

    /// The value of a whole cell written `[-]digits[.digits]`, or `nil` (for the marker check).
    private static func plainDecimal(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        guard start < end, let (value, next) = plainNumberByBytes(base, start, end, 0x0A), next == end else { return nil }
        return value
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
