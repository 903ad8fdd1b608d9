extension LinearRegression {
    /// Fits `frame` and returns inference under `vcov` in one call:
    /// `fit(frame, options:).result(vcov:confidenceLevel:)`.
    public static func estimate(_ frame: ModelFrame, vcov: VarianceEstimator = .iid,
                                options: RegressionOptions = .init(),
                                confidenceLevel: Double = ConfidenceLevel.standard) throws(EstimationError) -> RegressionResult {
        try fit(frame, options: options).result(vcov: vcov, confidenceLevel: confidenceLevel)
    }
}
