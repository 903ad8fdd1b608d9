/// A propensity-score estimate of the average treatment effect on the treated (ATT), with
/// the common support used, the balance achieved and the naive comparison.
///
/// Inference is normal: z = ATT/se, two-sided p-value, interval ATT ± z_{(1+level)/2}·se.
public struct PropensityEffect: Sendable, Equatable {
    /// The estimator.
    public let method: PropensityMethod
    /// The ATT estimate.
    public let att: Double
    /// Its standard error (see the estimator for the formula).
    public let standardError: Double
    /// Treated units that entered the estimate (on the support and, for matching, matched).
    public let treatedCount: Int
    /// Control units with positive weight.
    public let controlCount: Int
    /// The common support applied.
    public let support: PropensityCommonSupport
    /// Treated units on the support left without a match within the caliper (matching).
    public let unmatchedTreated: Int
    /// Covariate balance before and after adjustment.
    public let balance: PropensityBalanceTable
    /// Raw difference in mean outcomes, treated minus controls, before any adjustment.
    public let naiveDifference: Double
    /// Adjustment weight per unit of the sample (0 where unused).
    public let weights: [Double]
    /// The propensity logit behind the scores, when they were estimated from the table
    /// (``PropensitySample/logit``); `nil` for scores given as they are.
    public let propensityModel: LogitResult?

    /// z = ATT / se.
    public var zStatistic: Double { att / standardError }

    /// Two-sided normal p-value.
    public var pValue: Double { StandardNormalDistribution.twoSidedPValue(zStatistic) }

    /// Normal confidence interval; `level` in (0, 1), default 0.95.
    public func confidenceInterval(level: Double = ConfidenceLevel.standard) -> (low: Double, high: Double) {
        let z = StandardNormalDistribution.quantile((1 + level) / 2)
        return (att - z * standardError, att + z * standardError)
    }
}

extension PropensityEffect {
    /// Estimates the ATT on `sample` by `method`: ``PropensityWeighting`` or
    /// ``PropensityMatching`` with `neighbors` matches (default 1) within `caliper`
    /// (default none). `trimsToCommonSupport` defaults to each estimator's own default
    /// (no trimming for IPW, min/max overlap for matching).
    public static func estimate(_ sample: PropensitySample, method: PropensityMethod,
                                trimsToCommonSupport: Bool? = nil, neighbors: Int = 1,
                                caliper: Double? = nil) throws(PropensityError) -> PropensityEffect {
        switch method {
        case .inverseProbabilityWeighting:
            var weighting = PropensityWeighting()
            if let trimsToCommonSupport { weighting.trimsToCommonSupport = trimsToCommonSupport }
            return try weighting.estimate(sample)
        case .nearestNeighborMatching:
            var matching = PropensityMatching(neighbors: neighbors, caliper: caliper)
            if let trimsToCommonSupport { matching.trimsToCommonSupport = trimsToCommonSupport }
            return try matching.estimate(sample)
        }
    }
}
