import Foundation

/// The chi-squared distribution with `degreesOfFreedom` k > 0, for likelihood-ratio tests.
///
/// `P(X > x) = Q(k/2, x/2)`, the regularized upper incomplete gamma function, computed by
/// its power series when x < a + 1 and by Lentz's continued fraction otherwise (Numerical
/// Recipes §6.2), each to a relative accuracy of about 1e-15.
/// Conventions: matches `scipy.stats.chi2.sf`, which statsmodels uses for `llr_pvalue`.
public struct ChiSquaredDistribution: Sendable, Equatable {
    /// Degrees of freedom k.
    public let degreesOfFreedom: Double

    /// Creates the distribution; `degreesOfFreedom` must be positive.
    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// Upper tail `P(X > x)`.
    public func survivalProbability(_ x: Double) -> Double {
        guard x > 0 else { return 1 }
        guard x.isFinite else { return 0 }
        let a = degreesOfFreedom / 2, z = x / 2
        let logFront = a * log(z) - z - lgamma(a)
        if z < a + 1 {
            // Lower series: P(a, z) = e^{−z} z^a / Γ(a+1) · Σ z^n / ((a+1)…(a+n)).
            var term = 1 / a, sum = term, denominator = a
            for _ in 0..<10_000 {
                denominator += 1
                term *= z / denominator
                sum += term
                if abs(term) < abs(sum) * 1e-16 { break }
            }
            return 1 - sum * exp(logFront)
        }
        // Continued fraction for Q(a, z), modified Lentz.
        let tiny = 1e-300
        var b = z + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return exp(logFront) * h
    }
}
