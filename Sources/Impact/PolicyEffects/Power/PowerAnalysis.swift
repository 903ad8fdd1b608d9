/// Power and minimum detectable effect of a planned difference-in-differences, from the
/// office's own historical panel (`impact power`).
///
/// 1. The panel is cut into windows of `m + r` consecutive periods and the outcome's residual
///    variance and autocovariances are estimated after removing firm and period effects
///    (``PowerVarianceComponents``).
/// 2. Analytic: the serial-correlation-robust formula of Burlig, Preonas & Woerman (2020)
///    (``AnalyticPower``): `MDE = (t_{J−1}(κ) + t_{J−1}(1−α/2)) · √(V (1/N + 1/C))`.
/// 3. Simulation: firms resampled from the panel, placebo support for `N` of them, the
///    evaluation's two-way fixed-effects DiD with firm-clustered errors, rejections counted
///    (``PowerSimulation``); the MDE by bisection on the same draws.
/// 4. When solving for firms, the smallest `N` reaching the target power, by bisection over
///    `N` (power rises with `N` up to half the panel when the comparison group is the panel's
///    other firms, and without bound when `C` is fixed).
///
/// The curves: power at 0, ¼, …, 2 × the analytic MDE, and the MDE at N/4, N/2, N, 2N, 4N
/// (fifths of the panel when the comparison group is its other firms), each also simulated
/// with the same seed.
public enum PowerAnalysis {
    /// Answers `specification` on the historical panel `table`.
    ///
    /// - Parameter progress: called with the fraction of the main simulation done (0…1).
    public static func run(_ table: Table, _ specification: PowerSpecification,
                           progress: ((Double) -> Void)? = nil) throws(PowerError) -> PowerResult {
        try validate(specification)
        let panel = try PowerPanel(table, outcome: specification.outcome, unit: specification.unit, time: specification.time,
                                   lastPeriod: specification.lastHistoricalPeriod)
        let history = try PowerHistory(panel, pre: specification.prePeriods, post: specification.postPeriods)
        guard history.components.contrastVariance > 0 else { throw .noResidualVariance }
        let plan = PowerPlan(specification: specification, history: history, mean: panel.mean)
        var notes: [PowerNote] = []
        let (supported, needed) = plan.supportedFirms(notes: &notes)
        let comparison = plan.comparison(supported)
        guard comparison >= 1 else { throw .noComparisonFirms(supported: supported, panelFirms: history.usableFirms) }
        let analyticMDE = plan.formula.minimumDetectableEffect(power: specification.targetPower, supported: supported,
                                                               comparison: comparison)
        let effect = plan.effect ?? analyticMDE
        let analytic = PowerEstimate(
            minimumDetectableEffect: analyticMDE,
            power: plan.formula.power(effect: effect, supported: supported, comparison: comparison),
            standardError: plan.formula.standardError(supported: supported, comparison: comparison),
            firmsNeeded: needed)
        var simulation: PowerSimulation?
        if specification.simulations > 0 {
            simulation = plan.simulate(supported: supported, progress: progress)
        }
        let simulated = simulation.map { plan.estimate($0, effect: effect, analyticMDE: analyticMDE, notes: &notes) }
        notes += plan.designNotes(comparison: comparison, panel: panel, analytic: analytic, simulated: simulated,
                                  size: simulation?.power(effect: 0))
        return PowerResult(
            specification: specification, question: plan.question, supportedFirms: supported, comparisonFirms: comparison,
            panelFirms: history.usableFirms, windows: history.windows.count,
            historyPeriods: panel.periods[0]...panel.periods[panel.periods.count - 1], preMean: panel.mean,
            evaluatedEffect: effect, effectGiven: plan.effect != nil, components: history.components,
            analytic: analytic, simulation: simulated,
            powerCurve: plan.powerCurve(supported: supported, analyticMDE: analyticMDE, simulation: simulation),
            firmsCurve: plan.firmsCurve(supported: supported), notes: notes)
    }

    /// Refuses settings out of range, naming the option.
    static func validate(_ specification: PowerSpecification) throws(PowerError) {
        func refuse(_ setting: String, _ reason: String) -> PowerError { .invalidSetting(setting: setting, reason: reason) }
        if specification.prePeriods < 1 { throw refuse("--pre", "must be 1 or more, not \(specification.prePeriods)") }
        if specification.postPeriods < 1 { throw refuse("--post", "must be 1 or more, not \(specification.postPeriods)") }
        if !(specification.alpha > 0 && specification.alpha < 1) {
            throw refuse("--alpha", "must lie strictly between 0 and 1, not \(specification.alpha)")
        }
        if !(specification.targetPower > specification.alpha / 2 && specification.targetPower < 1) {
            throw refuse("--power", "must lie strictly between alpha/2 and 1, not \(specification.targetPower)")
        }
        if let firms = specification.supportedFirms, firms < 1 { throw refuse("--firms", "must be 1 or more, not \(firms)") }
        if let firms = specification.comparisonFirms, firms < 1 { throw refuse("--comparison", "must be 1 or more, not \(firms)") }
        if specification.simulations < 0 { throw refuse("--simulations", "must be 0 (none) or more, not \(specification.simulations)") }
        let question = specification.resolvedQuestion
        if question != .minimumDetectableEffect && specification.effect == nil {
            throw refuse("--effect", "is needed to \(question == .firms ? "solve for the number of firms" : "compute the power")")
        }
        if question != .firms && specification.supportedFirms == nil {
            throw refuse("--firms", "is needed unless solving for the number of firms")
        }
        if question == .firms, let effect = specification.effect, effect == .level(0) || effect == .percentOfMean(0) {
            throw refuse("--effect", "must not be zero when solving for the number of firms")
        }
    }
}
