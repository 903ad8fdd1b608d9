/// The serial-correlation-robust (SCR) power formula for a two-way fixed-effects
/// difference-in-differences (Burlig, Preonas & Woerman 2020, "Panel data and experimental
/// design", J. Dev. Econ. 144, their SCR variance of the DiD estimator; McKenzie 2012 for
/// constant autocorrelation).
///
/// With `J = N + C` firms of which a share `P = N/J` is supported, `m` periods before and
/// `r` after, the DiD estimator's variance is
///
///     Var(τ̂) = 1/(P(1−P)J) · [ σ²(m+r)/(m r) + ((m−1)/m) ψᴮ + ((r−1)/r) ψᴬ − 2 ψˣ ]
///            = V · (1/N + 1/C)                                  (``PowerVarianceComponents``)
///
/// and, for a two-sided test of size α with power κ,
///
///     MDE = (t_{J−1}(κ) + t_{J−1}(1 − α/2)) · √Var(τ̂)
///     power(τ) = F_{t, J−1}(|τ|/√Var(τ̂) − q) + F_{t, J−1}(−|τ|/√Var(τ̂) − q),  q = t_{J−1}(1 − α/2)
///
/// (BPW write `t_{1−κ} + t_{α/2}` with upper-tail quantiles). The MDE is their closed form,
/// which ignores rejections in the wrong direction; the power counts both tails, so that
/// `power(0) = α`, and `power(MDE)` exceeds the target only by that far tail (below 10⁻⁵ at
/// the usual α and κ). The t degrees of freedom are those of
/// firm-clustered inference, `G − 1` with `G = J` clusters, as `impact did` uses. With
/// constant autocorrelation ρ (ψᴮ = ψᴬ = ψˣ = ρσ²) the bracket is McKenzie's
/// `σ²(1−ρ)(m+r)/(m r)`. Clustering by firm is built in: `V` is the variance of one firm's
/// whole contrast, whatever its serial correlation.
public struct AnalyticPower: Sendable, Equatable {
    /// The variance components of the planned contrast.
    public let components: PowerVarianceComponents
    /// Size of the test, α.
    public let alpha: Double

    /// Creates the formula for `components` at size `alpha`.
    public init(components: PowerVarianceComponents, alpha: Double) {
        self.components = components
        self.alpha = alpha
    }

    /// `√(V (1/N + 1/C))`.
    public func standardError(supported: Int, comparison: Int) -> Double {
        (components.contrastVariance * (1 / Double(supported) + 1 / Double(comparison))).squareRoot()
    }

    /// The t distribution of firm-clustered inference, `J − 1` degrees of freedom.
    func distribution(supported: Int, comparison: Int) -> StudentTDistribution {
        StudentTDistribution(degreesOfFreedom: Double(max(supported + comparison - 1, 1)))
    }

    /// The minimum detectable effect with power `power` (in the outcome's units).
    public func minimumDetectableEffect(power: Double, supported: Int, comparison: Int) -> Double {
        let t = distribution(supported: supported, comparison: comparison)
        return (t.quantile(power) + t.quantile(1 - alpha / 2)) * standardError(supported: supported, comparison: comparison)
    }

    /// The power to detect `effect` (in the outcome's units).
    public func power(effect: Double, supported: Int, comparison: Int) -> Double {
        let t = distribution(supported: supported, comparison: comparison)
        let error = standardError(supported: supported, comparison: comparison)
        let critical = t.quantile(1 - alpha / 2), shift = abs(effect) / error
        return t.cumulativeProbability(shift - critical) + t.cumulativeProbability(-shift - critical)
    }
}
