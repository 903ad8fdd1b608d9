/// The answer of a power calculation for a planned DiD (`impact power`): the minimum
/// detectable effect, the power and (when asked) the number of firms needed, by the
/// analytic SCR formula and by placebo simulation, with the curves behind them. Immutable.
public struct PowerResult: Sendable {
    /// The specification answered.
    public let specification: PowerSpecification
    /// The question answered.
    public let question: PowerQuestion
    /// Supported firms N of the design (given, or the analytic number needed).
    public let supportedFirms: Int
    /// Comparison firms C of the design.
    public let comparisonFirms: Int
    /// Firms of the panel usable for the variance (complete in some window).
    public let panelFirms: Int
    /// Windows of `m + r` consecutive periods used.
    public let windows: Int
    /// The periods of the history used, first to last.
    public let historyPeriods: ClosedRange<Int>
    /// Mean outcome over the historical panel (the base of percentages).
    public let preMean: Double
    /// The effect the powers are evaluated at: the effect given, else the analytic MDE.
    public let evaluatedEffect: Double
    /// Whether an effect was given (else ``evaluatedEffect`` is the analytic MDE).
    public let effectGiven: Bool
    /// The estimated variance components.
    public let components: PowerVarianceComponents
    /// The analytic answer.
    public let analytic: PowerEstimate
    /// The simulated answer, or `nil` when no simulation was run.
    public let simulation: PowerEstimate?
    /// Power against effect size at the design's firms.
    public let powerCurve: [PowerCurvePoint]
    /// Minimum detectable effect against the number of supported firms.
    public let firmsCurve: [FirmsCurvePoint]
    /// Notes on the calculation.
    public let notes: [PowerNote]

    /// Creates a result; ``PowerAnalysis/run(_:_:progress:)`` is the usual way.
    public init(specification: PowerSpecification, question: PowerQuestion, supportedFirms: Int, comparisonFirms: Int,
                panelFirms: Int, windows: Int, historyPeriods: ClosedRange<Int>, preMean: Double, evaluatedEffect: Double, effectGiven: Bool,
                components: PowerVarianceComponents, analytic: PowerEstimate, simulation: PowerEstimate?,
                powerCurve: [PowerCurvePoint], firmsCurve: [FirmsCurvePoint], notes: [PowerNote]) {
        self.specification = specification
        self.question = question
        self.supportedFirms = supportedFirms
        self.comparisonFirms = comparisonFirms
        self.panelFirms = panelFirms
        self.windows = windows
        self.historyPeriods = historyPeriods
        self.preMean = preMean
        self.evaluatedEffect = evaluatedEffect
        self.effectGiven = effectGiven
        self.components = components
        self.analytic = analytic
        self.simulation = simulation
        self.powerCurve = powerCurve
        self.firmsCurve = firmsCurve
        self.notes = notes
    }

    /// `value` as a percentage of the pre-period mean (`NaN` when the mean is 0).
    public func percentOfMean(_ value: Double) -> Double {
        preMean == 0 ? .nan : value / preMean * 100
    }
}
