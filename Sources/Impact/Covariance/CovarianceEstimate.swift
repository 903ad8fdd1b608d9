/// A covariance matrix of the coefficients with what is needed to do inference with it.
public struct CovarianceEstimate: Sendable {
    /// The estimator that produced it.
    public let estimator: VarianceEstimator
    /// The small-sample convention its correction follows.
    public let convention: SmallSampleConvention
    /// `k × k` covariance of the coefficients, in the order of `RegressionFit.termNames`.
    public let matrix: Matrix
    /// The small-sample correction applied and the t degrees of freedom.
    public let correction: SmallSampleCorrection
    /// Number of clusters in each cluster dimension (empty unless clustering).
    public let clusterCounts: [Int]
    /// What the reader should know: ``RegressionNote/fewClusters(variable:count:threshold:)``
    /// for each cluster dimension with fewer than `Sandwich.fewClustersThreshold` clusters,
    /// ``RegressionNote/covarianceRepaired`` for a repaired two-way matrix.
    public let notes: [RegressionNote]
}
