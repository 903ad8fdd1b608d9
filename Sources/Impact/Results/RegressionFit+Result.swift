import Foundation

extension RegressionFit {
    /// Inference under `variance`: standard errors, t, p-values and confidence intervals, fit
    /// statistics and notes.
    ///
    /// - Parameters:
    ///   - variance: the covariance estimator and its small-sample convention; default
    ///     ``VarianceChoice/modelDefault``: clustered by the first fixed effect with fixed
    ///     effects, `iid` without them (fixest's default).
    ///   - confidenceLevel: level of the intervals, in (0, 1); default 0.95.
    public func result(variance: VarianceChoice = .modelDefault,
                       confidenceLevel: Double = ConfidenceLevel.standard) throws(EstimationError) -> RegressionResult {
        guard confidenceLevel > 0 && confidenceLevel < 1 else { throw .invalidConfidenceLevel(confidenceLevel) }
        let estimate = try Sandwich.covariance(of: self, variance: variance)
        let df = estimate.correction.degreesOfFreedom
        let n = observationCount
        let q = fixedEffects.count
        let parameters = coefficientCount + (q == 0 ? 0 : fixedEffectLevels - (q - 1))
        let centred = hasIntercept || q > 0
        let r2 = 1 - residualSumOfSquares / totalSumOfSquares
        let adjusted = 1 - (1 - r2) * Double(n - (centred ? 1 : 0)) / Double(n - parameters)
        let within = withinTotalSumOfSquares.map { 1 - residualSumOfSquares / $0 }
        return RegressionResult(
            coefficients: coefficientRows(covariance: estimate.matrix, degrees: df, confidenceLevel: confidenceLevel),
            covariance: estimate.matrix,
            estimator: estimate.estimator, convention: estimate.convention, confidenceLevel: confidenceLevel,
            r2: r2, adjustedR2: adjusted, withinR2: within,
            fTest: waldTest(covariance: estimate.matrix, degrees: df),
            residualDegreesOfFreedom: n - parameters,
            correction: estimate.correction, clusterCounts: estimate.clusterCounts,
            notes: notes + estimate.notes, fit: self)
    }

    /// Inference under `vcov` with the fixest small-sample convention:
    /// `result(variance: VarianceChoice(vcov), confidenceLevel:)`.
    public func result(vcov: VarianceEstimator,
                       confidenceLevel: Double = ConfidenceLevel.standard) throws(EstimationError) -> RegressionResult {
        try result(variance: VarianceChoice(vcov), confidenceLevel: confidenceLevel)
    }

    /// One row per coefficient: `se = √Vⱼⱼ` (NaN for a zero variance), `t = b/se`, the
    /// two-sided p-value and the interval `b ± t_{(1+level)/2, df} · se`.
    private func coefficientRows(covariance: Matrix, degrees: Double,
                                 confidenceLevel: Double) -> [CoefficientEstimate] {
        let distribution = StudentTDistribution(degreesOfFreedom: degrees)
        let critical = distribution.quantile((1 + confidenceLevel) / 2)
        return termNames.enumerated().map { j, name in
            let b = coefficients[j]
            let variance = covariance[j, j]
            let se = variance > 0 ? variance.squareRoot() : .nan
            let t = b / se
            return CoefficientEstimate(term: name, estimate: b, standardError: se, tStatistic: t,
                                       pValue: t.isNaN ? .nan : distribution.twoSidedPValue(t),
                                       confidenceLow: b - critical * se,
                                       confidenceHigh: b + critical * se)
        }
    }

    /// Wald F over all coefficients except the intercept.
    private func waldTest(covariance: Matrix, degrees: Double) -> FTest? {
        let tested = Array((hasIntercept ? 1 : 0)..<coefficientCount)
        guard !tested.isEmpty, degrees > 0 else { return nil }
        let v = covariance.principalSubmatrix(tested)
        let b = tested.map { coefficients[$0] }
        guard let cholesky = try? CholeskyFactorization(v), let solved = try? cholesky.solve(b) else { return nil }
        let statistic = zip(b, solved).reduce(0) { $0 + $1.0 * $1.1 } / Double(tested.count)
        guard statistic.isFinite else { return nil }
        let distribution = FDistribution(numeratorDegrees: Double(tested.count), denominatorDegrees: degrees)
        return FTest(statistic: statistic, numeratorDegrees: Double(tested.count),
                     denominatorDegrees: degrees, pValue: distribution.survivalProbability(statistic))
    }
}
