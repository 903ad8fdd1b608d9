/// The planned design and the question of a power calculation (`impact power`).
///
/// The historical panel (one row per firm and period, before the planned programme) gives
/// the outcome's variance and serial correlation. The plan supports `supportedFirms` firms
/// and compares them with `comparisonFirms` others, each observed for `prePeriods` periods
/// before support and `postPeriods` after; the evaluation will estimate the two-way
/// fixed-effects difference-in-differences with firm-clustered (CR1) standard errors, as
/// `impact did --fe` does, and test `τ = 0` two-sided at level `alpha`.
///
/// Defaults (stated once, here): `alpha = 0.05`, `targetPower = 0.8`, `simulations = 1000`,
/// `seed = 20240601`, `lastHistoricalPeriod = nil` (every period); `comparisonFirms = nil` means the panel's other firms (its firm
/// count minus `supportedFirms`); `question = nil` picks ``PowerQuestion/firms`` when
/// `supportedFirms` is `nil`, ``PowerQuestion/power`` when an effect is given and
/// ``PowerQuestion/minimumDetectableEffect`` otherwise.
public struct PowerSpecification: Sendable, Equatable {
    /// Outcome column (numeric).
    public var outcome: String
    /// Firm identifier column (the unit of support and of clustering).
    public var unit: String
    /// Period column (whole numbers, e.g. years); windows of consecutive periods are used.
    public var time: String
    /// Firms to be supported (N ≥ 1), or `nil` when solving for it.
    public var supportedFirms: Int?
    /// Comparison firms (C ≥ 1); `nil`: the panel's firms minus `supportedFirms`.
    public var comparisonFirms: Int?
    /// Periods observed before support (m ≥ 1).
    public var prePeriods: Int
    /// Periods observed after support (r ≥ 1).
    public var postPeriods: Int
    /// Size of the two-sided test, in (0, 1).
    public var alpha: Double
    /// Target power (1 − β), in (alpha/2, 1).
    public var targetPower: Double
    /// The effect hoped for, or `nil` when solving for the minimum detectable effect.
    public var effect: PowerEffectSize?
    /// What to solve for; `nil` picks it from what is given (see the type's documentation).
    public var question: PowerQuestion?
    /// Placebo simulations (0 skips the simulation).
    public var simulations: Int
    /// Seed of the simulation's SplitMix64 generator.
    public var seed: UInt64
    /// The last period of the history used (e.g. the year before the current programme
    /// starts, so its effects do not count as noise); `nil` uses every period.
    public var lastHistoricalPeriod: Int?

    /// The default seed of the simulation.
    public static let defaultSeed: UInt64 = 20_240_601
    /// The default number of simulations.
    public static let defaultSimulations = 1000

    /// Creates a specification; see the type's documentation for the defaults.
    public init(outcome: String, unit: String, time: String, supportedFirms: Int?, comparisonFirms: Int? = nil,
                prePeriods: Int, postPeriods: Int, alpha: Double = 0.05, targetPower: Double = 0.8,
                effect: PowerEffectSize? = nil, question: PowerQuestion? = nil,
                simulations: Int = PowerSpecification.defaultSimulations, seed: UInt64 = PowerSpecification.defaultSeed,
                lastHistoricalPeriod: Int? = nil) {
        self.outcome = outcome
        self.unit = unit
        self.time = time
        self.supportedFirms = supportedFirms
        self.comparisonFirms = comparisonFirms
        self.prePeriods = prePeriods
        self.postPeriods = postPeriods
        self.alpha = alpha
        self.targetPower = targetPower
        self.effect = effect
        self.question = question
        self.simulations = simulations
        self.seed = seed
        self.lastHistoricalPeriod = lastHistoricalPeriod
    }

    /// The question actually answered: `question`, else chosen from what is given.
    public var resolvedQuestion: PowerQuestion {
        if let question { return question }
        if supportedFirms == nil { return .firms }
        return effect == nil ? .minimumDetectableEffect : .power
    }

    /// Periods of the planned panel, m + r.
    public var periods: Int { prePeriods + postPeriods }
}
