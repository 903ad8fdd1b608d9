/// How the fixed effects of a fit were absorbed (the payload of
/// ``RegressionNote/fixedEffectsAbsorbed(names:absorption:)``).
public enum FixedEffectAbsorption: Sendable, Hashable {
    /// One dimension: one pass of group demeaning is exact.
    case exact
    /// Two dimensions absorbed exactly without iterating: demeaning within the first (one
    /// pass), the second's effects solved by least squares with the regressors
    /// (Frisch–Waugh–Lovell); the event-study and Sun–Abraham fits.
    case exactWithinAndSolved
    /// Alternating projections with Irons–Tuck acceleration converged in `iterations`
    /// within `tolerance`, under the cap `maxIterations`.
    case converged(iterations: Int, tolerance: Double, maxIterations: Int)
    /// Alternating projections did not reach `tolerance` within `maxIterations`; the
    /// estimates may be inaccurate.
    case notConverged(tolerance: Double, maxIterations: Int)
}
