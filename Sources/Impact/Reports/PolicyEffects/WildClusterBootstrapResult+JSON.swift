extension WildClusterBootstrapResult {
    /// The bootstrap in JSON, keys in this order: `term`, `estimate`, `null_value`, `t`,
    /// `p_value`, `ci_low`, `ci_high`, `confidence_level`, `replications`, `enumerated`,
    /// `weights`, `seed` (a whole number, all 64 bits), `clusters`, `cluster_variable`,
    /// `analytic_p_value`.
    public var jsonValue: JSONValue {
        .object(["term": .string(term), "estimate": .number(estimate), "null_value": .number(nullValue),
                 "t": .number(tStatistic), "p_value": .number(pValue), "ci_low": .number(confidenceLow),
                 "ci_high": .number(confidenceHigh), "confidence_level": .number(confidenceLevel),
                 "replications": .integer(replications), "enumerated": .bool(enumerated),
                 "weights": .string(weights.rawValue), "seed": .unsignedInteger(seed), "clusters": .integer(clusters),
                 "cluster_variable": .string(clusterVariable), "analytic_p_value": .number(analyticPValue)])
    }
}
