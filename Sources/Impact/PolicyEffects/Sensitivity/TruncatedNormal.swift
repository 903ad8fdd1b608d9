import Foundation

/// Quantiles of the normal distribution truncated to an interval, as
/// `TruncatedNormal::norminvp` (used by HonestDiD for the conditional critical values).
enum TruncatedNormal {
    /// The p-quantile of N(μ, σ²) truncated to [lower, upper]:
    /// μ + σ·Φ⁻¹(Φ(a) + p·(Φ(b) − Φ(a))) with a = (lower − μ)/σ, b = (upper − μ)/σ.
    /// Right of zero it works with the upper tail Φ̄ = 1 − Φ, so truncation far in a tail
    /// keeps its precision; when the truncated mass underflows it returns the bound nearer
    /// the mode.
    static func quantile(_ p: Double, lower: Double, upper: Double, mean: Double = 0, sd: Double = 1) -> Double {
        let a = (lower - mean) / sd, b = (upper - mean) / sd
        return mean + sd * standardQuantile(p, a, b)
    }

    private static func standardQuantile(_ p: Double, _ a: Double, _ b: Double) -> Double {
        if a >= b { return a }
        let normal = StandardNormalDistribution.self
        if a > 0 {
            // Upper tails: Φ̄(a) − p(Φ̄(a) − Φ̄(b)).
            let tailA = normal.cumulativeProbability(-a), tailB = normal.cumulativeProbability(-b)
            let q = tailA - p * (tailA - tailB)
            guard q > 0, q < 1 else { return a }
            return -normal.quantile(q)
        }
        let lowA = normal.cumulativeProbability(a), lowB = normal.cumulativeProbability(b)
        let q = lowA + p * (lowB - lowA)
        guard q > 0 else { return b.isFinite ? min(b, a.isFinite ? a : b) : a }
        guard q < 1 else { return b }
        return normal.quantile(q)
    }
}
