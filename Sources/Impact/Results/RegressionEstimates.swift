/// The models of a ``RegressionRequest`` with the sample each was fitted on: the rows a
/// `--subset` kept, and for a `--split` the level of each model.
public struct RegressionEstimates: Sendable {
    /// The models in order: for each formula, the full sample, then (with a split) one per
    /// level of the split variable in sorted order.
    public let results: [RegressionResult]
    /// The sample of each model, parallel to ``results``.
    public let samples: [RegressionSample]
    /// What the subset kept, or `nil` without one.
    public let subset: SubsetSummary?

    /// Estimates; `samples` must be as long as `results`.
    public init(results: [RegressionResult], samples: [RegressionSample], subset: SubsetSummary?) {
        precondition(results.count == samples.count, "one sample per model")
        self.results = results
        self.samples = samples
        self.subset = subset
    }
}

/// The sample a model of a split estimation was fitted on.
public enum RegressionSample: Sendable, Equatable {
    /// Every row (after the subset): the only sample without a split.
    case full
    /// The rows where `variable` has the level `level` (fixest's `split`).
    case level(variable: String, level: String)
}
