/// One method's answer to a power calculation (analytic formula or simulation), at the
/// design's number of supported firms. Immutable.
public struct PowerEstimate: Sendable, Equatable {
    /// The minimum detectable effect at the target power, in the outcome's units; `nil` when
    /// no effect reaches it (simulation only).
    public let minimumDetectableEffect: Double?
    /// The power at the evaluated effect (the effect given, else the analytic MDE).
    public let power: Double
    /// The standard error of the DiD estimate: the formula's, or the root mean square of
    /// the simulated clustered standard errors.
    public let standardError: Double
    /// Supported firms needed for the effect given (when solving for firms), or `nil`.
    public let firmsNeeded: Int?
    /// Simulations run (`nil` for the analytic formula).
    public let simulations: Int?
    /// Monte Carlo standard error of ``power`` (`nil` for the analytic formula).
    public let monteCarloError: Double?

    /// Creates an estimate.
    public init(minimumDetectableEffect: Double?, power: Double, standardError: Double, firmsNeeded: Int? = nil,
                simulations: Int? = nil, monteCarloError: Double? = nil) {
        self.minimumDetectableEffect = minimumDetectableEffect
        self.power = power
        self.standardError = standardError
        self.firmsNeeded = firmsNeeded
        self.simulations = simulations
        self.monteCarloError = monteCarloError
    }
}
