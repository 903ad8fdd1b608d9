import Foundation

/// Placebo simulations of a planned DiD: the power and minimum detectable effect of the
/// evaluation's estimator on firms resampled from the historical panel.
///
/// ## One simulation
/// A window of `m + r` consecutive periods is drawn uniformly, then `J = N + C` firms with
/// replacement among its complete firms (SplitMix64, seeded); the first `N` drawn are the
/// supported ones. The evaluation's regression, `yᵢₜ = αᵢ + λₜ + τ·Dᵢₜ + εᵢₜ` with
/// `Dᵢₜ = supportedᵢ · postₜ`, firm-clustered CR1 standard error and a two-sided t test with
/// `J − 1` degrees of freedom (`impact did --fe`, ``DifferenceInDifferences``), is computed
/// in closed form: on a balanced panel the demeaned regressor is `D̃ᵢₜ = aᵢ bₜ` with
/// `aᵢ = supportedᵢ − N/J`, so by Frisch–Waugh–Lovell
///
///     τ̂ = Σᵢ aᵢ cᵢ / (Σ aᵢ² · Σ bₜ²),   scoreᵢ = aᵢ (cᵢ − c̄) − τ̂ aᵢ² Σ bₜ²,
///     SE² = G/(G−1) · (n−1)/(n−m−r−1) · Σᵢ scoreᵢ² / (Σ aᵢ² Σ bₜ²)²
///
/// with `cᵢ` the firm's contrast (``PowerHistory``, one BLAS product for the whole panel),
/// `G = J` clusters and `n = J(m+r)` observations (fixest's small-sample factor with the
/// firm effects nested in the clusters). Every simulation shares the design (slots, periods,
/// `D̃`), so a simulation costs `O(J)`; a test checks it against ``DifferenceInDifferences``.
///
/// ## Effects by common random numbers
/// Adding `τ` to the supported firms' post outcomes moves `τ̂` by exactly `τ` and leaves the
/// residuals and SE unchanged, so the placebo draws (`τ = 0`) give the power at every effect:
/// `power(τ) = (1/S) Σₛ 1{|τ̂ₛ + τ| > t_{J−1, 1−α/2} SEₛ}`; the minimum detectable effect is
/// the smallest `τ ≥ 0` with `power(τ) ≥ 1 − β`, by bisection on the same draws.
struct PowerSimulation: Sendable {
    /// Placebo estimates τ̂ₛ.
    let estimates: [Double]
    /// Their clustered standard errors.
    let standardErrors: [Double]
    /// `t_{J−1, 1−α/2}`.
    let criticalValue: Double
    /// Supported firms N of the simulated design.
    let firms: Int

    /// Runs `count` placebo simulations of `supported` + `comparison` firms.
    init(_ history: PowerHistory, supported: Int, comparison: Int, alpha: Double, count: Int, seed: UInt64,
         progress: ((Double) -> Void)? = nil) {
        let firms = supported + comparison, periods = history.components.prePeriods + history.components.postPeriods
        var generator = SplitMix64(seed: seed)
        var estimates = [Double](repeating: 0, count: count), errors = [Double](repeating: 0, count: count)
        var drawn = [Double](repeating: 0, count: firms)
        for simulation in 0..<count {
            let window = history.windows[generator.index(below: history.windows.count)]
            for slot in 0..<firms { drawn[slot] = window.contrasts[generator.index(below: window.contrasts.count)] }
            (estimates[simulation], errors[simulation]) = Self.regression(contrasts: drawn, supported: supported,
                                                                          periods: periods, contrastScale: history.contrastScale)
            if let progress, count >= 100, simulation % (count / 100) == 0 { progress(Double(simulation) / Double(count)) }
        }
        progress?(1)
        self.estimates = estimates
        standardErrors = errors
        criticalValue = StudentTDistribution(degreesOfFreedom: Double(firms - 1)).quantile(1 - alpha / 2)
        self.firms = supported
    }

    /// The two-way fixed-effects DiD of one balanced panel from its firms' contrasts
    /// (`contrasts[i] = Σₜ bₜ yᵢₜ`, the first `supported` firms supported): the estimate
    /// and its firm-clustered CR1 standard error (see the type's documentation).
    static func regression(contrasts: [Double], supported: Int, periods: Int,
                           contrastScale sumB2: Double) -> (estimate: Double, standardError: Double) {
        let firms = contrasts.count, share = Double(supported) / Double(firms)
        let sumA2 = Double(supported * (firms - supported)) / Double(firms)
        var weighted = 0.0, total = 0.0
        for (slot, contrast) in contrasts.enumerated() {
            total += contrast
            weighted += (slot < supported ? 1 - share : -share) * contrast
        }
        let estimate = weighted / (sumA2 * sumB2), mean = total / Double(firms)
        var meat = 0.0
        for (slot, contrast) in contrasts.enumerated() {
            let a = slot < supported ? 1 - share : -share
            let score = a * (contrast - mean) - estimate * a * a * sumB2
            meat += score * score
        }
        let n = Double(firms * periods)
        let factor = Double(firms) / Double(firms - 1) * (n - 1) / (n - Double(periods) - 1)
        return (estimate, (factor * meat).squareRoot() / (sumA2 * sumB2))
    }

    /// Share of simulations rejecting `τ = 0` when the true effect is `effect`.
    func power(effect: Double) -> Double {
        guard !estimates.isEmpty else { return .nan }
        var rejections = 0
        for (estimate, error) in zip(estimates, standardErrors) where abs(estimate + effect) > criticalValue * error {
            rejections += 1
        }
        return Double(rejections) / Double(estimates.count)
    }

    /// The smallest effect `τ ≥ 0` with ``power(effect:)`` ≥ `target`, by bisection to a
    /// relative width of 1e-9 of the bracket; `scale` (> 0, e.g. the analytic MDE) starts
    /// the bracket, doubled until it holds. `nil` when no effect up to 2⁴⁰·`scale` does.
    func minimumDetectableEffect(target: Double, scale: Double) -> Double? {
        guard !estimates.isEmpty, scale > 0, scale.isFinite else { return nil }
        if power(effect: 0) >= target { return 0 }
        var low = 0.0, high = scale
        var doublings = 0
        while power(effect: high) < target {
            low = high
            high *= 2
            doublings += 1
            if doublings > 40 { return nil }
        }
        while high - low > 1e-9 * high {
            let middle = (low + high) / 2
            if power(effect: middle) >= target { high = middle } else { low = middle }
        }
        return high
    }

    /// The Monte Carlo standard error of a simulated power `p`, `√(p(1−p)/S)`.
    func monteCarloError(_ power: Double) -> Double {
        (power * (1 - power) / Double(max(estimates.count, 1))).squareRoot()
    }

    /// Root mean square of the simulated standard errors.
    var typicalStandardError: Double {
        (standardErrors.reduce(0) { $0 + $1 * $1 } / Double(max(standardErrors.count, 1))).squareRoot()
    }
}
