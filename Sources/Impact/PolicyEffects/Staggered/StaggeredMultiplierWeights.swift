/// The distribution of the per-firm multipliers in a multiplier bootstrap. Both have mean
/// 0 and variance 1.
///
/// Default: ``mammen``, as in the R package `did`.
public enum StaggeredMultiplierWeights: String, Sendable, CaseIterable, Equatable {
    /// −1 or +1 with probability 1/2 each.
    case rademacher
    /// Mammen's two-point weights: 1 − φ with probability φ/√5 and φ otherwise,
    /// φ = (1 + √5)/2 (so also third moment 1).
    case mammen

    /// Fills `buffer` with consecutive draws, in order, one generator step each: Rademacher
    /// −1 when the top bit of `generator.next()` is 0, else +1; Mammen 1 − φ when
    /// `generator.nextUnit()` < φ/√5, else φ. The choice of distribution is made once per
    /// buffer, so a block of draws costs one switch; filling in pieces gives the same values.
    func fill(_ buffer: UnsafeMutableBufferPointer<Double>, using generator: inout SplitMix64) {
        switch self {
        case .rademacher:
            for index in buffer.indices { buffer[index] = generator.next() >> 63 == 0 ? -1 : 1 }
        case .mammen:
            let phi = (1 + 5.0.squareRoot()) / 2
            let threshold = phi / 5.0.squareRoot(), low = 1 - phi
            for index in buffer.indices { buffer[index] = generator.nextUnit() < threshold ? low : phi }
        }
    }
}
