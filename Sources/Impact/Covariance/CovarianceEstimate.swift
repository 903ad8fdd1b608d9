/// A covariance matrix of the coefficients with what is needed to do inference with it.
public struct CovarianceEstimate: Sendable {
    /// The estimator that produced it.
    public let estimator: VarianceEstimator
    /// `k × k` covariance of the coefficients, in the order of `RegressionFit.termNames`.
    public let matrix: Matrix
    /// The small-sample correction applied and the t degrees of freedom.
    public let correction: SmallSampleCorrection
    /// Number of clusters in each cluster dimension (empty unless clustering).
    public let clusterCounts: [Int]
    /// Remarks to pass on to the reader (few clusters, a repaired two-way matrix), in
    /// Chinese and English.
    public let notes: [LocalizedText]
}
