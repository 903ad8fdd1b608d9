/// Converts `significand × 10^exponent` to the nearest double with the Eisel–Lemire algorithm,
/// or returns `nil` when it cannot decide the rounding (then the caller falls back to
/// `strtod`).
///
/// Algorithm (D. Lemire, "Number Parsing at a Gigabyte per Second", Software: Practice and
/// Experience 51(8), 2021; N. Tao's formulation in Go's `strconv/eisel_lemire.go`): normalise
/// the 64-bit significand, multiply it by a 128-bit truncated approximation of 10^exponent
/// (``eiselLemirePowersOfTen``), and keep the top 54 bits. The truncation error is below one
/// unit of the low word, so unless the discarded bits are all ones (checked, and widened with
/// the second table word) or the value sits exactly halfway between two doubles (checked),
/// the rounded result is the correctly rounded one. Subnormal and overflowing results are
/// also left to the fallback.
///
/// - Parameters:
///   - significand: the decimal digits as an exact integer (at most 19 digits, nothing
///     truncated).
///   - exponent: the power of ten.
///   - negative: the sign.
func eiselLemire(significand: UInt64, exponent: Int, negative: Bool) -> Double? {
    if significand == 0 { return negative ? -0.0 : 0.0 }
    guard exponent >= eiselLemireMinimumExponent, exponent <= eiselLemireMaximumExponent else {
        return nil
    }
    // Normalisation.
    let leadingZeros = significand.leadingZeroBitCount
    let normalized = significand << UInt64(leadingZeros)
    let exponentBias = 1023
    // floor(exponent × log2(10)) + 64 + bias − leadingZeros, as an unsigned value that wraps
    // around for underflow (caught by the range check at the end).
    var binaryExponent = UInt64(bitPattern: Int64((217_706 &* exponent) >> 16 &+ 64 &+ exponentBias))
        &- UInt64(leadingZeros)
    let tableIndex = (exponent - eiselLemireMinimumExponent) * 2
    // Multiplication by the high word of the power.
    var (high, low) = normalized.multipliedFullWidth(by: eiselLemirePowersOfTen[tableIndex])
    // Wider approximation when the discarded bits are all ones.
    if high & 0x1FF == 0x1FF, low &+ normalized < normalized {
        let (extraHigh, extraLow) = normalized.multipliedFullWidth(by: eiselLemirePowersOfTen[tableIndex + 1])
        var mergedHigh = high
        let mergedLow = low &+ extraHigh
        if mergedLow < low { mergedHigh &+= 1 }
        if mergedHigh & 0x1FF == 0x1FF, mergedLow &+ 1 == 0, extraLow &+ normalized < normalized {
            return nil
        }
        high = mergedHigh
        low = mergedLow
    }
    // Shift to 54 bits.
    let topBit = high >> 63
    var mantissa = high >> (topBit + 9)
    binaryExponent &-= 1 ^ topBit
    // Exactly halfway between two doubles: undecidable here.
    if low == 0, high & 0x1FF == 0, mantissa & 3 == 1 { return nil }
    // From 54 to 53 bits, rounding half up (ties were excluded above).
    mantissa &+= mantissa & 1
    mantissa >>= 1
    if mantissa >> 53 > 0 {
        mantissa >>= 1
        binaryExponent &+= 1
    }
    // Zero (subnormal) or 0x7FF and above (infinite): leave to the fallback.
    if binaryExponent &- 1 >= 0x7FF - 1 { return nil }
    var bits = binaryExponent << 52 | mantissa & 0x000F_FFFF_FFFF_FFFF
    if negative { bits |= 0x8000_0000_0000_0000 }
    return Double(bitPattern: bits)
}
