/// Settings of a wild cluster bootstrap. Every default is stated here and nowhere else.
///
/// - `replications`: bootstrap draws `B`, default 999 (so that `(B + 1)α` is a whole
///   number for α = 0.05 and 0.01).
/// - `seed`: seed of the `SplitMix64` generator, default 20240101; the same seed gives the
///   same draws, p-value and interval on every platform.
/// - `weights`: `.rademacher` (default) or `.webb`.
/// - `nullValue`: the hypothesised value `β₀` of the coefficient, default 0.
/// - `confidenceLevel`: level of the test-inversion interval, default 0.95.
/// - `enumeratesRademacher`: default `true`; with Rademacher weights and `2^G ≤ B` every
///   one of the `2^G` sign vectors is used once instead of random draws (boottest does
///   the same), so with 6 clusters the bootstrap uses exactly 64 draws whatever `B` and
///   the seed are.
/// - `computesInterval`: default `true`; `false` skips the test inversion (about 90 more
///   passes over the draws) when only the p-value is wanted, and reports NaN limits.
public struct WildClusterBootstrapOptions: Sendable, Equatable {
    /// Number of bootstrap draws `B` (at least 1). Default 999.
    public var replications: Int
    /// Generator seed. Default 20240101.
    public var seed: UInt64
    /// Multiplier distribution. Default `.rademacher`.
    public var weights: WildBootstrapWeights
    /// Null value `β₀`. Default 0.
    public var nullValue: Double
    /// Interval level in (0, 1). Default 0.95.
    public var confidenceLevel: Double
    /// Enumerate all Rademacher sign vectors when there are no more than `B`. Default `true`.
    public var enumeratesRademacher: Bool
    /// Invert the test for a confidence interval. Default `true`.
    public var computesInterval: Bool

    /// Creates options; see the type's documentation for the defaults.
    public init(replications: Int = 999, seed: UInt64 = 20240101, weights: WildBootstrapWeights = .rademacher,
                nullValue: Double = 0, confidenceLevel: Double = ConfidenceLevel.standard, enumeratesRademacher: Bool = true,
                computesInterval: Bool = true) {
        self.replications = replications
        self.seed = seed
        self.weights = weights
        self.nullValue = nullValue
        self.confidenceLevel = confidenceLevel
        self.enumeratesRademacher = enumeratesRademacher
        self.computesInterval = computesInterval
    }
}
