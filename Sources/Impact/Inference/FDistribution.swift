import Foundation

/// Fisher's F distribution with `numeratorDegrees` d₁ and `denominatorDegrees` d₂.
///
/// `P(F > f) = I_{d₂/(d₂ + d₁ f)}(d₂/2, d₁/2)` (regularized incomplete beta).
public struct FDistribution: Sendable, Equatable {
    /// Numerator degrees of freedom d₁ > 0.
    public let numeratorDegrees: Double
    /// Denominator degrees of freedom d₂ > 0.
    public let denominatorDegrees: Double

    /// Creates the distribution; both degrees of freedom must be positive.
    public init(numeratorDegrees: Double, denominatorDegrees: Double) {
        precondition(numeratorDegrees > 0 && denominatorDegrees > 0,
                     "degrees of freedom must be positive")
        self.numeratorDegrees = numeratorDegrees
        self.denominatorDegrees = denominatorDegrees
    }

    /// Upper tail `P(F > f)`, the p-value of an F test.
    public func survivalProbability(_ f: Double) -> Double {
        guard f > 0 else { return 1 }
        guard f.isFinite else { return 0 }
        let d1 = numeratorDegrees, d2 = denominatorDegrees
        let denominator = d2 + d1 * f
        return IncompleteBeta.regularized(x: d2 / denominator, complement: d1 * f / denominator,
                                          a: d2 / 2, b: d1 / 2)
    }

    /// Distribution function `P(F ≤ f)`.
    public func cumulativeProbability(_ f: Double) -> Double {
        guard f > 0 else { return 0 }
        guard f.isFinite else { return 1 }
        let d1 = numeratorDegrees, d2 = denominatorDegrees
        let denominator = d2 + d1 * f
        return IncompleteBeta.regularized(x: d1 * f / denominator, complement: d2 / denominator,
                                          a: d1 / 2, b: d2 / 2)
    }
}
