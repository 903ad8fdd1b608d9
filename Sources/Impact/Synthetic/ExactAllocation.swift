/// Splits an exact integer total (hundredths of 万元) into parts proportional to weights,
/// so that the parts add up to the total exactly.
///
/// Algorithm: each part is `round(total × wᵢ / Σw)`; the last part then absorbs the
/// rounding residue (at most a few hundredths), which is how a calibrated synthetic group
/// keeps its published sum to the cent.
///
/// - Precondition: weights are positive and the resulting parts are positive.
func allocateExactly(_ total: Int64, weights: [Double]) -> [Int64] {
    precondition(!weights.isEmpty && weights.allSatisfy { $0 > 0 }, "weights must be positive")
    let weightSum = weights.reduce(0, +)
    var parts = weights.map { Int64((Double(total) * $0 / weightSum).rounded()) }
    parts[parts.count - 1] += total - parts.reduce(0, +)
    precondition(parts.allSatisfy { $0 > 0 }, "allocation produced a non-positive part")
    return parts
}

/// Rounds a non-negative amount expressed in hundredths to a whole number of hundredths.
func wholeHundredths(_ value: Double) -> Int64 {
    Int64(value.rounded())
}
