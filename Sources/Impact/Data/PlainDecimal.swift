/// The commonest numeric cell, `[-]digits[.digits]` with 1 to 15 digits in all (no `+`,
/// separators, exponent, suffix or spaces; `5.`, `.5` and `-.25` included), read in one
/// pass. The one rule both the sequential read (``CSVNumberParser``) and the in-place read
/// (`InPlacePart`) use for it; anything else goes to ``CSVNumberParser``'s general scan.
///
/// Exactness: the significand `m` (< 10¹⁵ < 2⁵³) and `10^f` for `f` ≤ 15 fraction digits are
/// exact doubles, so `m / 10^f` is one correctly rounded IEEE division (Clinger's fast path):
/// the same operation, on the same operands, as the general scan does for such a cell, so
/// results are bit-identical to it and to `Double(String)`, `-0` for `-0.0` included.
enum PlainDecimal {
    /// The value of the plain decimal at `start` ended by `delimiter`, `\n` or `\r`, when it
    /// has at most 7 integer and 7 fraction digits; `nil` for anything else (then
    /// ``scanByBytes(_:_:_:_:)`` or the general scan decides). Reads up to 18 bytes from
    /// `start` (after a `-`, 7 integer digits and a point, an 8-digit fraction run and the
    /// byte after it), which must all be readable. Each digit run is read as one 8-byte word
    /// (``digitRun(_:)``), without a branch per digit. The in-place read's loop finds the
    /// cell's end itself and calls this for the value.
    ///
    /// `@_transparent` (inlined before optimisation) rather than `@inline(__always)`, which
    /// the optimiser left as a call inside the large record loop: inlined, the loop's CPU
    /// time fell by about a tenth (1M-row panel, `perf` samples of the read).
    @_transparent
    static func quick(_ start: UnsafePointer<UInt8>, _ delimiter: UInt8) -> Double? {
        let negative = start[0] == UInt8(ascii: "-")
        let q = start + (negative ? 1 : 0)
        let (integer, integerDigits) = digitRun(q)
        var after = q + integerDigits
        var significand = integer, fractionDigits = 0
        if integerDigits < 8, after[0] == UInt8(ascii: ".") {
            let (fraction, count) = digitRun(after + 1)
            fractionDigits = count
            significand = integer &* powerOfTen(count) &+ fraction
            after += 1 + count
        }
        let byte = after[0]
        guard integerDigits < 8, fractionDigits < 8, integerDigits + fractionDigits > 0,
              byte == delimiter || byte == 0x0A || byte == 0x0D else { return nil }
        // The significand (< 10¹⁴ < 2⁵²) as a double without `cvtsi2sd` (whose false
        // dependency on the previous result would chain the divisions): 2⁵² + m is exact,
        // and so is subtracting 2⁵².
        let exact = Double(bitPattern: 0x4330_0000_0000_0000 | significand) - 0x1p52
        // An integer needs no division (years, 0/1 flags).
        let magnitude = fractionDigits == 0 ? exact : exact / exactPowersOfTen[fractionDigits]
        let sign = UInt64(negative ? 1 : 0) << 63
        return Double(bitPattern: magnitude.bitPattern | sign)
    }

    /// 10^`count` for `count` in 0…7, as an integer, by squaring (no table).
    @_transparent
    static func powerOfTen(_ count: Int) -> UInt64 {
        var result: UInt64 = 1
        if count & 1 != 0 { result = 10 }
        if count & 2 != 0 { result &*= 100 }
        if count & 4 != 0 { result &*= 10_000 }
        return result
    }

    /// The value of the whole cell of `count` bytes at `base` when it is a plain decimal.
    @inline(__always)
    static func wholeCell(_ base: UnsafePointer<UInt8>, _ count: Int) -> Double? {
        guard count > 0, let (value, next) = scanByBytes(base, 0, count, 0x0A), next == count else { return nil }
        return value
    }

    /// The leading ASCII digits of the 8 bytes at `pointer`: their value and how many there
    /// are (0 to 8). SWAR: a byte is a digit when `byte − '0'` is below 10; the lowest
    /// non-digit is found exactly (borrows and carries only run upwards from it), the
    /// bytes above the digits are shifted out and the digits combined pairwise.
    @_transparent
    static func digitRun(_ pointer: UnsafePointer<UInt8>) -> (UInt64, Int) {
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

    /// The value of the plain decimal at `start` ended by `delimiter`, `\n`, `\r` or `end`,
    /// and the offset of that end; `nil` when the bytes from `start` are not one. One byte
    /// at a time (near `end`, for longer digit runs, and for whole cells).
    @inline(__always)
    static func scanByBytes(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                            _ delimiter: UInt8) -> (Double, Int)? {
        var q = start
        let negative = q < end && base[q] == UInt8(ascii: "-")
        if negative { q += 1 }
        // More than 16 bytes of digits and point cannot hold at most 15 digits; stopping
        // there also keeps the significand from wrapping.
        let limit = min(end, q + 17)
        var significand: UInt64 = 0
        let integerStart = q
        while q < limit {
            let digit = base[q] &- UInt8(ascii: "0")
            if digit >= 10 { break }
            significand = significand &* 10 &+ UInt64(digit)
            q += 1
        }
        var digits = q - integerStart
        var fractionDigits = 0
        if q < limit, base[q] == UInt8(ascii: ".") {
            q += 1
            let fractionStart = q
            while q < limit {
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
}
