/// One point of a power curve: the power to detect `effect` with the design's firms.
public struct PowerCurvePoint: Sendable, Equatable {
    /// The effect, in the outcome's units.
    public let effect: Double
    /// The analytic power.
    public let analyticPower: Double
    /// The simulated power, or `nil` without simulations.
    public let simulatedPower: Double?
    /// Monte Carlo standard error of the simulated power, or `nil`.
    public let monteCarloError: Double?

    /// Creates a point.
    public init(effect: Double, analyticPower: Double, simulatedPower: Double?, monteCarloError: Double?) {
        self.effect = effect
        self.analyticPower = analyticPower
        self.simulatedPower = simulatedPower
        self.monteCarloError = monteCarloError
    }
}

/// One point of the curve of the minimum detectable effect against the number of
/// supported firms.
public struct FirmsCurvePoint: Sendable, Equatable {
    /// Supported firms N.
    public let supportedFirms: Int
    /// Comparison firms C at that N.
    public let comparisonFirms: Int
    /// The analytic minimum detectable effect.
    public let analyticEffect: Double
    /// The simulated minimum detectable effect, or `nil` without simulations (or when none
    /// reaches the target power).
    public let simulatedEffect: Double?

    /// Creates a point.
    public init(supportedFirms: Int, comparisonFirms: Int, analyticEffect: Double, simulatedEffect: Double?) {
        self.supportedFirms = supportedFirms
        self.comparisonFirms = comparisonFirms
        self.analyticEffect = analyticEffect
        self.simulatedEffect = simulatedEffect
    }
}
