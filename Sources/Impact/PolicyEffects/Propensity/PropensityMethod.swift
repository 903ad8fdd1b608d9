/// The propensity-score estimator of the average treatment effect on the treated (ATT).
public enum PropensityMethod: String, Sendable, CaseIterable, Equatable {
    /// Inverse-probability weighting (``PropensityWeighting``).
    case inverseProbabilityWeighting = "ipw"
    /// Nearest-neighbour matching on the score (``PropensityMatching``).
    case nearestNeighborMatching = "nn"
}
