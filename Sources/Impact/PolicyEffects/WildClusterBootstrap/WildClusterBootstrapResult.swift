/// The outcome of a restricted wild cluster bootstrap-t (WCR) for one coefficient.
///
/// `pValue = #{b : |t*_b| ≥ |t|} / B` (symmetric, two-sided); the interval is
/// `{β₀ : p(β₀) > 1 − level}`, found by test inversion with the same draws for every
/// `β₀`. Immutable; JSON:
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

extension WildClusterBootstrapResult: Encodable {
    private enum Keys: String, CodingKey {
        case term, estimate, null_value, t, p_value, ci_low, ci_high, confidence_level, replications
        case enumerated, weights, seed, clusters, cluster_variable, analytic_p_value
    }

    /// Encodes the JSON form described on the type.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(term, forKey: .term)
        try container.encode(estimate.finiteOrNil, forKey: .estimate)
        try container.encode(nullValue, forKey: .null_value)
        try container.encode(tStatistic.finiteOrNil, forKey: .t)
        try container.encode(pValue.finiteOrNil, forKey: .p_value)
        try container.encode(confidenceLow.finiteOrNil, forKey: .ci_low)
        try container.encode(confidenceHigh.finiteOrNil, forKey: .ci_high)
        try container.encode(confidenceLevel, forKey: .confidence_level)
        try container.encode(replications, forKey: .replications)
        try container.encode(enumerated, forKey: .enumerated)
        try container.encode(weights.rawValue, forKey: .weights)
        try container.encode(seed, forKey: .seed)
        try container.encode(clusters, forKey: .clusters)
        try container.encode(clusterVariable, forKey: .cluster_variable)
        try container.encode(analyticPValue.finiteOrNil, forKey: .analytic_p_value)
    }
}
