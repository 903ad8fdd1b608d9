import Foundation

/// Student's t distribution with `degreesOfFreedom` ν > 0.
///
/// `P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2)` (regularized incomplete beta); the one-sided
/// tail is half of it. Quantiles invert the distribution function by safeguarded Newton
/// iteration to a relative accuracy of about 1e-14.
/// Conventions: p-values are two-sided, `2·sf(|t|)` as in scipy and statsmodels.
public struct StudentTDistribution: Sendable, Equatable {
    /// Degrees of freedom ν (> 0; need not be an integer).
    public let degreesOfFreedom: Double

    /// Creates the distribution; `degreesOfFreedom` must be positive.
    public init(degreesOfFreedom: Double) {
        precondition(degreesOfFreedom > 0, "degrees of freedom must be positive")
        self.degreesOfFreedom = degreesOfFreedom
    }

    /// Two-sided tail probability `P(|T| ≥ |t|)`.
    public func twoSidedPValue(_ t: Double) -> Double {
        guard t.isFinite else { return t.isNaN ? .nan : 0 }
        let nu = degreesOfFreedom, t2 = t * t
        return IncompleteBeta.regularized(x: nu / (nu + t2), complement: t2 / (nu + t2),
                                          a: nu / 2, b: 0.5)
    }

    /// Distribution function `P(T ≤ t)`.
    public func cumulativeProbability(_ t: Double) -> Double {
        let tail = twoSidedPValue(t) / 2
        return t < 0 ? tail : 1 - tail
    }

    /// Upper tail `P(T > t)`.
    public func survivalProbability(_ t: Double) -> Double {
        let tail = twoSidedPValue(t) / 2
        return t < 0 ? 1 - tail : tail
    }

    /// Density at `t`.
    public func density(_ t: Double) -> Double {
        let nu = degreesOfFreedom
        let logDensity = lgamma((nu + 1) / 2) - lgamma(nu / 2) - 0.5 * log(nu * Double.pi)
            - (nu + 1) / 2 * log1p(t * t / nu)
        return exp(logDensity)
    }

    /// The quantile `t` with `P(T ≤ t) = probability`, for `0 < probability < 1`.
    public func quantile(_ probability: Double) -> Double {
        precondition(probability > 0 && probability < 1, "probability must lie in (0, 1)")
        if probability == 0.5 { return 0 }
        if probability < 0.5 { return -quantile(1 - probability) }
        // Upper tail target keeps precision for probabilities near 1.
        let tailTarget = 1 - probability
        var low = 0.0, high = 1.0
        while survivalProbability(high) > tailTarget { low = high; high *= 2 }
        var t = (low + high) / 2
        for _ in 0..<200 {
            let tail = survivalProbability(t)
            let error = tail - tailTarget
            if error > 0 { low = t } else { high = t }
            let newton = t + error / density(t)
            let next = (newton > low && newton < high) ? newton : (low + high) / 2
            if abs(next - t) <= 1e-15 * max(1, abs(t)) { t = next; break }
            t = next
        }
        return t
    }
}
