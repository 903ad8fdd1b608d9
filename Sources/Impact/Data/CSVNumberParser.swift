#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses a CSV cell as a decimal number, optionally followed by a money unit, without
/// making a `String`.
///
/// Accepted: an optional sign; digits with an optional decimal point (`12`, `12.5`, `.5`,
/// `5.`); commas between groups of exactly three integer digits (`1,234,567.5`, which must be
/// quoted in the file); an exponent (`1.5e-3`); then optionally spaces and one of the unit
/// spellings of ``MoneyUnit/init(suffix:)`` (`208.7亿`, `3400 万`, `46.074万元`). Office forms,
/// tried only when a cell is not a plain number (see ``officeForm(_:columnUnit:scratch:)``):
/// full-width digits and signs (`１２３４．５`), the minus sign `−`, accounting negatives in
/// parentheses (`(1,234)`, `（1,234）` = −1234), and `inf`, `Inf`, `-Inf`, `Infinity` (±∞).
/// Not accepted: `nan` (a missing marker), hexadecimal, percent signs.
///
/// Exactness: the result is the correctly rounded double of the decimal written (after the
/// unit shift, which is applied to the decimal exponent, not by a second rounding), the same
/// value `Double(String)` gives for the digits. Fast path (Clinger 1990): when the decimal
/// significand `m` has at most 19 digits, `m ≤ 2⁵³` and the decimal exponent `k` satisfies
/// `|k| ≤ 22`, both `m` and `10^|k|` are exact doubles, so `m × 10^k` or `m / 10^-k` is one
/// IEEE operation and therefore correctly rounded. Next, for significands of up to 19 digits,
/// the Eisel–Lemire algorithm (``eiselLemire(significand:exponent:negative:)``), which either
/// returns the correctly rounded double or declines. Otherwise, or when it declines, the
/// digits and exponent are written to a NUL-terminated buffer and converted by C's `strtod`,
/// which glibc rounds
/// correctly (the C locale's `.` decimal point is assumed; Swift programs run in it unless
/// they call `setlocale`).
enum CSVNumberParser {
    /// What a cell turned out to be.
    enum Outcome: Equatable {
        /// A number, already converted into the column's unit.
        case number(Double)
        /// A number followed by a unit, in a column that declares no unit.
        case needsDeclaredUnit(MoneyUnit)
        /// A number followed by text that is not a unit.
        case unknownSuffix
        /// Not a number at all.
        case notANumber
    }

    private static let minus = UInt8(ascii: "-"), zero = UInt8(ascii: "0")
    private static let comma = UInt8(ascii: ","), lowerE = UInt8(ascii: "e")

    /// Parses `bytes` (already trimmed). `columnUnit` is the column's declared unit; numbers
    /// with a unit suffix are converted into it. `scratch` is used for the `strtod` fallback.
    @inline(__always)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, columnUnit: MoneyUnit?,
                      scratch: ScratchBuffer) -> Outcome {
        let outcome = parsePlain(bytes, columnUnit: columnUnit, scratch: scratch)
        switch outcome {
        case .notANumber, .unknownSuffix:
            return officeForm(bytes, columnUnit: columnUnit, scratch: scratch) ?? outcome
        case .number, .needsDeclaredUnit:
            return outcome
        }
    }

    /// The outcome of a cell written the way office software and hand entry write numbers
    /// that ``parsePlain(_:columnUnit:scratch:)`` refuses: full-width characters folded to
    /// ASCII (and `−` to `-`), `(x)` as −x, and the infinities; `nil` when it is none of them.
    @inline(never)
    static func officeForm(_ bytes: UnsafeBufferPointer<UInt8>, columnUnit: MoneyUnit?,
                           scratch: ScratchBuffer) -> Outcome? {
        guard let first = bytes.first,
              first >= 0x80 || first == UInt8(ascii: "(") || first == UInt8(ascii: "i") || first == UInt8(ascii: "I")
                || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else { return nil }
        let text = foldingFullWidth(String(decoding: bytes, as: UTF8.self)).replacingMinusSign().trimmingUnitSpaces()
        switch text.lowercased() {
        case "inf", "+inf", "infinity", "+infinity": return .number(.infinity)
        case "-inf", "-infinity": return .number(-.infinity)
        default: break
        }
        var inner = text
        let negated = text.hasPrefix("(") && text.hasSuffix(")") && text.count > 2
        if negated { inner = String(text.dropFirst().dropLast()).trimmingUnitSpaces() }
        guard negated || inner != String(decoding: bytes, as: UTF8.self) else { return nil }
        if negated, inner.hasPrefix("-") || inner.hasPrefix("+") { return nil }
        let outcome = Array(inner.utf8).withUnsafeBufferPointer { parsePlain($0, columnUnit: columnUnit, scratch: scratch) }
        if case .number(let value) = outcome { return .number(negated ? -value : value) }
        return outcome == .notANumber ? nil : outcome
    }

    /// Parses a plain number (the forms listed first on the type).
    @inline(__always)
    static func parsePlain(_ bytes: UnsafeBufferPointer<UInt8>, columnUnit: MoneyUnit?,
                           scratch: ScratchBuffer) -> Outcome {
        guard let base = bytes.baseAddress else { return .notANumber }
        if let value = PlainDecimal.wholeCell(base, bytes.count) { return .number(value) }
        var number = ScannedNumber(base: base, count: bytes.count)
        number.scanSign()
        guard number.scanIntegerPart() else { return .notANumber }
        number.scanFraction()
        guard number.integerDigits + number.fractionDigits > 0 else { return .notANumber }
        number.scanExponent()
        var shift = 0
        if number.position < number.count {
            switch unitShift(base + number.position, number.count - number.position, columnUnit: columnUnit) {
            case .shift(let decimalPlaces): shift = decimalPlaces
            case .rejected(let outcome): return outcome
            }
        }
        return .number(value(of: number, unitShift: shift, scratch: scratch))
    }

    /// What follows a number: a unit and the power of ten that converts it into the column's
    /// unit, or the outcome that rejects the cell.
    private enum Suffix {
        case shift(Int)
        case rejected(Outcome)
    }

    /// The unit suffix at `start` (`count` bytes, starting with optional spaces), as the
    /// shift of the decimal exponent into `columnUnit`.
    @inline(__always)
    private static func unitShift(_ start: UnsafePointer<UInt8>, _ count: Int, columnUnit: MoneyUnit?) -> Suffix {
        var q = 0
        while q < count {
            let skip = spaceLength(start, q, count)
            if skip == 0 { break }
            q += skip
        }
        guard let unit = matchUnit(start + q, count - q) else { return .rejected(.unknownSuffix) }
        guard let columnUnit else { return .rejected(.needsDeclaredUnit(unit)) }
        return .shift(unit.powerOfTen - columnUnit.powerOfTen)
    }

    /// The correctly rounded double of the scanned digits × 10^`unitShift`: exact fast path,
    /// then Eisel–Lemire, then `strtod`.
    @inline(__always)
    private static func value(of number: ScannedNumber, unitShift shift: Int, scratch: ScratchBuffer) -> Double {
        let negative = number.negative
        if number.significand == 0 && !number.truncated { return negative ? -0.0 : 0.0 }
        let decimalExponent = number.exponent - number.keptFractionDigits + number.droppedIntegerDigits + shift
        if !number.truncated, number.significand <= 1 << 53, decimalExponent >= -22, decimalExponent <= 22 {
            var value = Double(number.significand)
            if decimalExponent >= 0 {
                value *= exactPowersOfTen[decimalExponent]
            } else {
                value /= exactPowersOfTen[-decimalExponent]
            }
            return negative ? -value : value
        }
        // Eisel–Lemire for significands that fit in 64 bits (17-digit round-trip output).
        if !number.truncated, let value = eiselLemire(significand: number.significand,
                                                      exponent: decimalExponent, negative: negative) {
            return value
        }
        return carefulValue(of: number, unitShift: shift, scratch: scratch)
    }

    /// Careful path: all digits and the combined exponent, written out and read by `strtod`.
    private static func carefulValue(of number: ScannedNumber, unitShift shift: Int, scratch: ScratchBuffer) -> Double {
        let base = number.base
        let capacity = number.integerPart.count + number.fractionPart.count + 32
        let out = scratch.reserve(capacity)
        var written = 0
        if number.negative {
            out[written] = minus
            written += 1
        }
        for index in number.integerPart where base[index] != comma {
            out[written] = base[index]
            written += 1
        }
        for index in number.fractionPart {
            out[written] = base[index]
            written += 1
        }
        out[written] = lowerE
        written += 1
        written += writeInteger(number.exponent - number.fractionDigits + shift, to: out + written)
        out[written] = 0
        return out.withMemoryRebound(to: CChar.self, capacity: written + 1) { strtod($0, nil) }
    }

    /// Length of a space (ASCII space or tab, U+00A0, U+3000) at `p`, or 0.
    @inline(__always)
    static func spaceLength(_ base: UnsafePointer<UInt8>, _ p: Int, _ n: Int) -> Int {
        let byte = base[p]
        if byte == 0x20 || byte == 0x09 { return 1 }
        if byte == 0xC2, p + 1 < n, base[p + 1] == 0xA0 { return 2 }
        if byte == 0xE3, p + 2 < n, base[p + 1] == 0x80, base[p + 2] == 0x80 { return 3 }
        return 0
    }

    /// The unit whose spelling is exactly the `count` bytes at `start`.
    static func matchUnit(_ start: UnsafePointer<UInt8>, _ count: Int) -> MoneyUnit? {
        for (spelling, unit) in MoneyUnit.suffixSpellings where spelling.count == count {
            var equal = true
            for index in 0..<count where spelling[index] != start[index] {
                equal = false
                break
            }
            if equal { return unit }
        }
        return nil
    }

    /// Writes `value` in decimal at `out`; returns the number of bytes written.
    private static func writeInteger(_ value: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        var magnitude = value.magnitude
        if value < 0 {
            out[0] = minus
            written = 1
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = zero + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
        }
        withUnsafeBytes(of: &digits) { buffer in
            for index in stride(from: count - 1, through: 0, by: -1) {
                out[written] = buffer[index]
                written += 1
            }
        }
        return written
    }

    /// Trims spaces (see ``spaceLength(_:_:_:)``) from both ends of `bytes`.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return bytes }
        var start = 0
        var end = bytes.count
        let first = base[0], last = base[end - 1]
        // Fast exit for the common case: no space at either end.
        if first != 0x20, first != 0x09, first != 0xC2, first != 0xE3,
           last != 0x20, last != 0x09, last != 0xA0, last != 0x80 {
            return bytes
        }
        while start < end {
            let skip = spaceLength(base, start, end)
            if skip == 0 { break }
            start += skip
        }
        while end > start {
            let byte = base[end - 1]
            if byte == 0x20 || byte == 0x09 {
                end -= 1
            } else if byte == 0xA0, end - 2 >= start, base[end - 2] == 0xC2 {
                end -= 2
            } else if byte == 0x80, end - 3 >= start, base[end - 3] == 0xE3, base[end - 2] == 0x80 {
                end -= 3
            } else {
                break
            }
        }
        return UnsafeBufferPointer(start: base + start, count: end - start)
    }
}

extension String {
    /// The string with the minus sign U+2212 written as `-`.
    fileprivate func replacingMinusSign() -> String {
        unicodeScalars.contains("\u{2212}") ? String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2212}" ? "-" : $0 })) : self
    }
}
