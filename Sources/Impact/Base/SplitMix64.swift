/// SplitMix64, a small seedable pseudo-random number generator (Steele, Lea & Flood,
/// “Fast splittable pseudorandom number generators”, OOPSLA 2014; the reference C code by
/// Sebastiano Vigna, 2015).
///
/// Each call adds the golden-ratio increment 0x9E3779B97F4A7C15 to a 64-bit state and
/// scrambles it with two xor-shift-multiply rounds. The same seed gives the same sequence
/// on every platform, which Swift's `SystemRandomNumberGenerator` cannot promise; Impact uses
/// it for reproducible synthetic data, never for cryptography.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The internal state; advances by the increment on every draw.
    public private(set) var state: UInt64

    /// Creates a generator whose first output depends only on `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform double in [0, 1) from the top 53 bits of the next output, so the same
    /// seed gives the same doubles everywhere (Swift's `Double.random(in:using:)` does not
    /// document its mapping).
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform double in [lower, upper).
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * nextUnit()
    }

    /// A uniform integer in 0..<bound, by multiply-shift on 64 bits (bias below 2⁻³²
    /// for the small bounds used here).
    mutating func index(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }
}
