/// The outcome of a restricted wild cluster bootstrap-t (WCR) for one coefficient.
///
/// `pValue = #{b : |t*_b| ≥ |t|} / B` (symmetric, two-sided); the interval is
/// `{β₀ : p(β₀) > 1 − level}`, found by test inversion with the same draws for every
/// `β₀`. Immutable; JSON (written in `Reports/`):
/// `{"term":…,"estimate":…,"null_value":…,"t":…,"p_value":…,"ci_low":…,"ci_high":…,
///   "replications":…,"enumerated":…,"weights":"rademacher","seed":…,"clusters":…,
///   "cluster_variable":…,"analytic_p_value":…}`.
public struct WildClusterBootstrapResult: Sendable, Equatable {
    /// The coefficient tested.
    public let term: String
    /// Its estimate.
    public let estimate: Double
    /// The null value `β₀` of the test.
    public let nullValue: Double
    /// The observed t statistic `(β̂ − β₀)/se_CR1`.
    public let tStatistic: Double
    /// Bootstrap p-value of `β = β₀`.
    public let pValue: Double
    /// Lower limit of the test-inversion interval.
    public let confidenceLow: Double
    /// Upper limit of the test-inversion interval.
    public let confidenceHigh: Double
    /// Interval level.
    public let confidenceLevel: Double
    /// Draws used (`2^G` when Rademacher draws were enumerated).
    public let replications: Int
    /// Whether every Rademacher sign vector was used instead of random draws.
    public let enumerated: Bool
    /// Multiplier distribution.
    public let weights: WildBootstrapWeights
    /// Generator seed.
    public let seed: UInt64
    /// Number of clusters `G`.
    public let clusters: Int
    /// Cluster variable.
    public let clusterVariable: String
    /// The analytic CR1 p-value of the same test, for comparison.
    public let analyticPValue: Double
}
