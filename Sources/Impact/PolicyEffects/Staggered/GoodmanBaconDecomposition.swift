/// The Goodman-Bacon (2021) decomposition of the two-way fixed-effects DiD estimate
/// `y_it = α_i + λ_t + β D_it + ε_it` on a balanced panel with staggered, absorbing
/// treatment: `β̂ = Σ s · β̂^{2×2}` over every 2×2 comparison of timing groups.
///
/// ## Weights (Goodman-Bacon 2021, Theorem 1)
/// With `n_k` the share of units in timing group `k`, `D̄_k` the share of periods it is
/// treated, `n_kU = n_k/(n_k + n_U)`, `n_kl = n_k/(n_k + n_l)` (`k` treated earlier than
/// `l`) and `V̂^D = (1/NT) Σ_it D̃_it²` the variance of the two-way demeaned treatment:
/// - `s_kU = (n_k + n_U)² n_kU(1 − n_kU) D̄_k(1 − D̄_k) / V̂^D`;
/// - `s^k_kl = ((n_k + n_l)(1 − D̄_l))² n_kl(1 − n_kl) (D̄_k − D̄_l)/(1 − D̄_l) ·
///   (1 − D̄_k)/(1 − D̄_l) / V̂^D`;
/// - `s^l_kl = ((n_k + n_l) D̄_k)² n_kl(1 − n_kl) (D̄_l/D̄_k) (D̄_k − D̄_l)/D̄_k / V̂^D`.
/// `V̂^D` is computed directly from the demeaned treatment, not from the weights, so that
/// `Σ s = 1` and `Σ s β̂^{2×2} = β̂_TWFE` are identities the data must satisfy.
///
/// Units first treated in or before the first period form a group with `D̄ = 1`; units
/// never treated (cohort 0 or blank) or first treated after the last period are `U`.
public struct GoodmanBaconDecomposition: Sendable {
    /// Every 2×2 comparison with a positive weight, ordered by comparison type and cohorts.
    public let components: [GoodmanBaconComponent]
    /// The TWFE estimate `β̂` (regression of the outcome on `D_it` with unit and period effects).
    public let twoWayEstimate: Double
    /// `V̂^D`, the variance of the two-way demeaned treatment indicator.
    public let treatmentVariance: Double
    /// Units and periods of the balanced panel.
    public let units: Int
    /// Periods of the balanced panel.
    public let periods: Int

    /// `Σ s` (1 up to rounding).
    public var totalWeight: Double { components.reduce(0) { $0 + $1.weight } }

    /// `Σ s β̂^{2×2}` (equals `twoWayEstimate` up to rounding).
    public var weightedSum: Double { components.reduce(0) { $0 + $1.weight * $1.estimate } }

    /// Total weight of the comparisons of type `comparison`.
    public func weight(of comparison: GoodmanBaconComponent.Comparison) -> Double {
        components.filter { $0.comparison == comparison }.reduce(0) { $0 + $1.weight }
    }

    /// Weighted average 2×2 estimate within type `comparison` (NaN when it has no weight).
    public func average(of comparison: GoodmanBaconComponent.Comparison) -> Double {
        let parts = components.filter { $0.comparison == comparison }
        let weight = parts.reduce(0) { $0 + $1.weight }
        return weight > 0 ? parts.reduce(0) { $0 + $1.weight * $1.estimate } / weight : .nan
    }
}
