/// One imputation estimate: the overall ATT or the effect at one event time, with its
/// conservative standard error.
///
/// The interval is the normal one, `estimate ± z₁₋α/₂ · se` (as `didimputation` and
/// pyfixest report it).
public struct ImputationEstimate: Sendable, Equatable {
    /// Event time `h = period − cohort` (`0` = first treated period), or `nil` for the
    /// overall ATT.
    public let eventTime: Int?
    /// The weighted mean of the imputed effects `τ̂ᵢₜ` (equal weights over the treated rows
    /// it covers).
    public let estimate: Double
    /// Conservative standard error (Borusyak–Jaravel–Spiess Theorem 3), clustered by firm.
    public let standardError: Double
    /// Number of treated rows averaged.
    public let observations: Int

    /// Creates an estimate.
    public init(eventTime: Int?, estimate: Double, standardError: Double, observations: Int) {
        self.eventTime = eventTime
        self.estimate = estimate
        self.standardError = standardError
        self.observations = observations
    }

    /// The normal confidence interval `estimate ± z · se` at `level` (default 0.95).
    public func confidenceInterval(level: Double = 0.95) -> (low: Double, high: Double) {
        let z = StandardNormalDistribution.quantile(0.5 + level / 2)
        return (estimate - z * standardError, estimate + z * standardError)
    }
}
