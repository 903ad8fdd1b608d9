extension PowerPlan {
    /// Power at 0, ¼, …, 2 × the analytic MDE (9 points), analytic and simulated.
    func powerCurve(supported: Int, analyticMDE: Double, simulation: PowerSimulation?) -> [PowerCurvePoint] {
        let comparison = comparison(supported)
        return (0...8).map { step in
            let effect = analyticMDE * Double(step) / 4
            let simulated = simulation?.power(effect: effect)
            return PowerCurvePoint(effect: effect,
                                   analyticPower: formula.power(effect: effect, supported: supported, comparison: comparison),
                                   simulatedPower: simulated, monteCarloError: simulated.map { simulation!.monteCarloError($0) })
        }
    }

    /// The MDE at N/4, N/2, N, 2N, 4N (with `--comparison`), or at fifths of half the panel
    /// and N (the comparison group being the panel's other firms); analytic and simulated.
    func firmsCurve(supported: Int) -> [FirmsCurvePoint] {
        let candidates: [Int]
        if specification.comparisonFirms == nil {
            let half = history.usableFirms / 2
            candidates = (1...5).map { half * $0 / 5 } + [supported]
        } else {
            candidates = [supported / 4, supported / 2, supported, supported * 2, supported * 4]
        }
        let grid = Set(candidates.filter { $0 >= 1 && comparison($0) >= 1 }).sorted()
        let target = specification.targetPower
        return grid.map { firms in
            let analytic = formula.minimumDetectableEffect(power: target, supported: firms, comparison: comparison(firms))
            let simulated = specification.simulations > 0
                ? simulate(supported: firms).minimumDetectableEffect(target: target, scale: analytic) : nil
            return FirmsCurvePoint(supportedFirms: firms, comparisonFirms: comparison(firms),
                                   analyticEffect: analytic, simulatedEffect: simulated)
        }
    }

    /// Notes on the design: incomplete firms, a single window, few comparison firms, a
    /// simulated size (`size`, the placebo rejection rate) away from α, and disagreement
    /// between the simulation and the formula.
    func designNotes(comparison: Int, panel: PowerPanel, analytic: PowerEstimate, simulated: PowerEstimate?,
                     size: Double?) -> [PowerNote] {
        var notes: [PowerNote] = []
        if history.leftOutFirms > 0 { notes.append(.incompleteFirmsLeftOut(firms: history.leftOutFirms)) }
        if panel.periodCount == specification.periods { notes.append(.singleWindow(periods: panel.periodCount)) }
        if comparison < 20 { notes.append(.fewComparisonFirms(count: comparison)) }
        let alpha = specification.alpha, draws = Double(max(simulated?.simulations ?? 1, 1))
        if let size, abs(size - alpha) > 3 * max((alpha * (1 - alpha) / draws).squareRoot(), 1 / draws) {
            notes.append(.testSizeDistorted(simulatedSize: size, alpha: alpha))
        }
        if let simulated, let error = simulated.monteCarloError,
           abs(simulated.power - analytic.power) > 3 * max(error, 1 / Double(max(simulated.simulations ?? 1, 1))) {
            notes.append(.simulationDisagrees(analytic: analytic.power, simulation: simulated.power, monteCarloError: error))
        }
        return notes
    }
}
