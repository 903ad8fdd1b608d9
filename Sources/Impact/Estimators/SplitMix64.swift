/// SplitMix64, a small, fast, seedable pseudo-random generator (Steele, Lea and Flood
/// 2014; the generator Java's `SplittableRandom` and xoshiro's seeding use).
///
/// Deterministic across platforms and Swift versions: the same seed always gives the same
/// sequence, which makes bootstrap results reproducible. Not for cryptography.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates the generator from a seed; every seed (0 included) is valid.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func nextUniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
