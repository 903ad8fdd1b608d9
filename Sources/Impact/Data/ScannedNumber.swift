/// A decimal number read from a cell's bytes by `CSVNumberParser`: the sign, up to 19
/// significant digits as an integer, where the other digits went, and the written exponent.
/// The scan stops at the first byte that cannot continue the number (``position``).
struct ScannedNumber {
    private static let plus = UInt8(ascii: "+"), minus = UInt8(ascii: "-")
    private static let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
    private static let comma = UInt8(ascii: ","), point = UInt8(ascii: ".")
    private static let lowerE = UInt8(ascii: "e"), upperE = UInt8(ascii: "E")

    /// The cell's bytes.
    let base: UnsafePointer<UInt8>
    /// Number of bytes in the cell.
    let count: Int
    /// Offset of the first byte not yet read.
    private(set) var position = 0
    /// Whether a `-` sign was read.
    private(set) var negative = false
    /// The first 19 significant digits (leading zeros skipped), as an integer.
    private(set) var significand: UInt64 = 0
    /// Number of digits in ``significand``.
    private(set) var significantDigits = 0
    /// Integer digits after the first 19 significant ones (each multiplies by 10).
    private(set) var droppedIntegerDigits = 0
    /// Fraction digits accounted for in ``significand`` (leading zeros included).
    private(set) var keptFractionDigits = 0
    /// Whether a non-zero digit was dropped, so ``significand`` is not exact.
    private(set) var truncated = false
    /// Number of integer digits (without separators) and of fraction digits.
    private(set) var integerDigits = 0
    private(set) var fractionDigits = 0
    /// Offsets of the integer part (with any `,` separators) and of the fraction's digits.
    private(set) var integerPart = 0..<0
    private(set) var fractionPart = 0..<0
    /// The exponent written after `e`/`E` (0 when none; magnitude capped near 100 000).
    private(set) var exponent = 0

    @inline(__always)
    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
    }

    /// Reads an optional `+` or `-`.
    @inline(__always)
    mutating func scanSign() {
        if position < count, base[position] == Self.plus || base[position] == Self.minus {
            negative = base[position] == Self.minus
            position += 1
        }
    }

    /// Adds one digit to the significand, or counts it as dropped.
    @inline(__always)
    private mutating func accumulate(_ digit: UInt64, inFraction: Bool) {
        if significantDigits == 0 && digit == 0 {
            // Leading zero: contributes nothing (but moves the point in a fraction).
            if inFraction { keptFractionDigits += 1 }
        } else if significantDigits < 19 {
            significand = significand &* 10 &+ digit
            significantDigits += 1
            if inFraction { keptFractionDigits += 1 }
        } else {
            if !inFraction { droppedIntegerDigits += 1 }
            if digit != 0 { truncated = true }
        }
    }

    /// Reads the integer digits, with optional thousands separators (`1,234,567`: the first
    /// group of 1 to 3 digits, every later group of exactly 3); `false` when the separators
    /// are misplaced.
    @inline(__always)
    mutating func scanIntegerPart() -> Bool {
        let start = position
        var sawComma = false
        var groupLength = 0
        while position < count {
            let byte = base[position]
            if byte >= Self.zero && byte <= Self.nine {
                accumulate(UInt64(byte &- Self.zero), inFraction: false)
                integerDigits += 1
                groupLength += 1
            } else if byte == Self.comma {
                if sawComma ? groupLength != 3 : !(1...3).contains(groupLength) { return false }
                sawComma = true
                groupLength = 0
            } else {
                break
            }
            position += 1
        }
        if sawComma && groupLength != 3 { return false }
        integerPart = start..<position
        return true
    }

    /// Reads a `.` and the digits after it, if there is one.
    @inline(__always)
    mutating func scanFraction() {
        guard position < count, base[position] == Self.point else {
            fractionPart = position..<position
            return
        }
        position += 1
        let start = position
        while position < count, base[position] >= Self.zero && base[position] <= Self.nine {
            accumulate(UInt64(base[position] &- Self.zero), inFraction: true)
            fractionDigits += 1
            position += 1
        }
        fractionPart = start..<position
    }

    /// Reads `e` or `E`, an optional sign and digits, if all are there; an `e` without digits
    /// is left unread (it is then the start of a suffix).
    @inline(__always)
    mutating func scanExponent() {
        guard position < count, base[position] == Self.lowerE || base[position] == Self.upperE else { return }
        var q = position + 1
        var exponentNegative = false
        if q < count, base[q] == Self.plus || base[q] == Self.minus {
            exponentNegative = base[q] == Self.minus
            q += 1
        }
        let digitsStart = q
        var value = 0
        while q < count, base[q] >= Self.zero && base[q] <= Self.nine {
            if value < 100_000 { value = value * 10 + Int(base[q] &- Self.zero) }
            q += 1
        }
        guard q > digitsStart else { return }
        exponent = exponentNegative ? -value : value
        position = q
    }
}
