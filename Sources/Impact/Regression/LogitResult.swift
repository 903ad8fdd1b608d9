import Foundation

/// A fitted logit model: coefficients, their covariance (inverse information) and the
/// likelihood-based summaries statsmodels reports. A fit that does not converge throws
/// ``LogitError`` instead, so every result is a converged one.
///
/// Derived statistics are computed from the stored values: z = β/se, two-sided normal
/// p-values, normal confidence intervals, McFadden's pseudo-R² = 1 − ℓ/ℓ₀, the
/// likelihood-ratio statistic 2(ℓ − ℓ₀) on k − 1 degrees of freedom, AIC = −2ℓ + 2k and
/// BIC = −2ℓ + k·ln n (k coefficients, intercept included), as statsmodels defines them.
public struct LogitResult: Sendable, Equatable {
    /// Coefficient names, in design order.
    public let coefficientNames: [String]
    /// Estimates β.
    public let coefficients: [Double]
    /// Covariance (X'WX)⁻¹ at β, `k × k`.
    public let covariance: Matrix
    /// Log-likelihood ℓ at β.
    public let logLikelihood: Double
    /// Log-likelihood ℓ₀ of the intercept-only model: n[ȳ ln ȳ + (1 − ȳ) ln(1 − ȳ)].
    public let nullLogLikelihood: Double
    /// Newton iterations taken.
    public let iterations: Int
    /// Fitted probabilities Λ(xᵢ'β) (propensity scores), one per observation.
    public let fittedProbabilities: [Double]
    /// Number of observations n.
    public let observationCount: Int
    /// Number of observations with outcome 1.
    public let positiveCount: Int
    /// Table row of each observation (0-based), held as a count when observation i is row i
    /// (every row used: no n-length list is held). Results compare their rows as rows, so a
    /// result holding the identity equals one holding the list `0..<n`.
    let rows: TableRows

    /// The table rows when they are not simply `0..<observationCount`; `nil` when they are.
    var explicitSourceRows: [Int]? { rows.explicit }

    /// Table row of each observation (0-based); made on access when every row is used.
    public var sourceRows: [Int] { rows.list }

    /// Standard errors, the square roots of the covariance diagonal.
    public var standardErrors: [Double] { covariance.diagonal.map { $0.squareRoot() } }

    /// z statistics β/se.
    public var zStatistics: [Double] { zip(coefficients, standardErrors).map { $0 / $1 } }

    /// Two-sided normal p-values.
    public var pValues: [Double] { zStatistics.map(StandardNormalDistribution.twoSidedPValue) }

    /// Normal confidence intervals β ± z_{(1+level)/2}·se; `level` in (0, 1), default 0.95.
    public func confidenceIntervals(level: Double = ConfidenceLevel.standard) -> [(low: Double, high: Double)] {
        let z = StandardNormalDistribution.quantile((1 + level) / 2)
        return zip(coefficients, standardErrors).map { ($0 - z * $1, $0 + z * $1) }
    }

    /// Coefficient rows (the t statistic field holds z), with normal inference.
    public func coefficientTable(level: Double = ConfidenceLevel.standard) -> [CoefficientEstimate] {
        let intervals = confidenceIntervals(level: level)
        let z = zStatistics, p = pValues   // computed properties: derive each array once
        return coefficientNames.indices.map { j in
            CoefficientEstimate(term: coefficientNames[j], estimate: coefficients[j],
                                standardError: standardErrors[j], tStatistic: z[j],
                                pValue: p[j], confidenceLow: intervals[j].low,
                                confidenceHigh: intervals[j].high)
        }
    }

    /// McFadden's pseudo-R² = 1 − ℓ/ℓ₀.
    public var pseudoRSquared: Double { 1 - logLikelihood / nullLogLikelihood }

    /// Likelihood-ratio statistic 2(ℓ − ℓ₀) against the intercept-only model.
    public var likelihoodRatio: Double { 2 * (logLikelihood - nullLogLikelihood) }

    /// Degrees of freedom of the likelihood-ratio test, k − 1.
    public var likelihoodRatioDegreesOfFreedom: Int { coefficients.count - 1 }

    /// p-value of the likelihood-ratio test (chi-squared, k − 1 degrees of freedom); NaN
    /// for an intercept-only model.
    public var likelihoodRatioPValue: Double {
        guard likelihoodRatioDegreesOfFreedom > 0 else { return .nan }
        return ChiSquaredDistribution(degreesOfFreedom: Double(likelihoodRatioDegreesOfFreedom))
            .survivalProbability(likelihoodRatio)
    }

    /// Akaike's criterion −2ℓ + 2k.
    public var aic: Double { -2 * logLikelihood + 2 * Double(coefficients.count) }

    /// Schwarz's criterion −2ℓ + k·ln n.
    public var bic: Double { -2 * logLikelihood + Double(coefficients.count) * log(Double(observationCount)) }
}
