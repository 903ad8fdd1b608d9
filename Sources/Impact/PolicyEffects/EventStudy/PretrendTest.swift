/// A joint Wald test that every pre-period event-time coefficient is zero (pre-trends).
///
/// With `b` the `q` estimated pre-period coefficients (event times below 0 other than the
/// reference) and `V` their block of the regression covariance:
/// `W = bᵀ V⁻¹ b`; `F = W / q` compared with `F(q, df)`, `df` the regression's t degrees
/// of freedom — `G − 1` for cluster-robust covariances (the cluster df convention of
/// fixest's `wald()` and Stata's `test` after `vce(cluster)`), `N − K` otherwise. The
/// asymptotic version `W ~ χ²(q)` is reported beside it. `pValue` is the F p-value.
public struct PretrendTest: Sendable, Equatable {
    /// Event times tested.
    public let eventTimes: [Int]
    /// `F = W/q`.
    public let statistic: Double
    /// `q`.
    public let numeratorDegrees: Double
    /// The F denominator degrees of freedom (`G − 1` when clustering).
    public let denominatorDegrees: Double
    /// `P(F(q, df) > F)`.
    public let pValue: Double
    /// `W = q · F`.
    public let chiSquared: Double
    /// `P(χ²(q) > W)`.
    public let chiSquaredPValue: Double
}
