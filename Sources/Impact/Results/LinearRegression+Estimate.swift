extension LinearRegression {
    /// Fits `frame` and returns inference under `variance` in one call:
    /// `fit(frame, options:).result(variance:confidenceLevel:)`.
    ///
    /// - Parameters:
    ///   - frame: the model frame (design, response, weights, fixed effects, clusters).
    ///   - variance: default ``VarianceChoice/modelDefault`` (clustered by the first fixed
    ///     effect with fixed effects, `iid` without).
    ///   - options: the fit's settings (``RegressionOptions``).
    ///   - confidenceLevel: level of the intervals; default 0.95.
    public static func estimate(_ frame: consuming ModelFrame, variance: VarianceChoice = .modelDefault,
                                options: RegressionOptions = .init(),
                                confidenceLevel: Double = ConfidenceLevel.standard) throws(EstimationError) -> RegressionResult {
        try fit(frame, options: options).result(variance: variance, confidenceLevel: confidenceLevel)
    }

    /// Fits `frame` and returns inference under `vcov` (fixest small-sample convention):
    /// `estimate(frame, variance: VarianceChoice(vcov), options:, confidenceLevel:)`.
    public static func estimate(_ frame: consuming ModelFrame, vcov: VarianceEstimator,
                                options: RegressionOptions = .init(),
                                confidenceLevel: Double = ConfidenceLevel.standard) throws(EstimationError) -> RegressionResult {
        try fit(frame, options: options).result(vcov: vcov, confidenceLevel: confidenceLevel)
    }
}
