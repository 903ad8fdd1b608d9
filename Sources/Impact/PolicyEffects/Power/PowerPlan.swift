/// The pieces of one power calculation shared by its steps: the specification, the
/// historical windows, the analytic formula and the comparison group's rule.
struct PowerPlan {
    let specification: PowerSpecification
    let history: PowerHistory
    let formula: AnalyticPower
    /// The effect given, in the outcome's units, or `nil`.
    let effect: Double?
    let question: PowerQuestion

    init(specification: PowerSpecification, history: PowerHistory, mean: Double) {
        self.specification = specification
        self.history = history
        formula = AnalyticPower(components: history.components, alpha: specification.alpha)
        effect = specification.effect?.level(mean: mean)
        question = specification.resolvedQuestion
    }

    /// Comparison firms when `supported` firms are supported: `--comparison`, else the
    /// panel's other firms.
    func comparison(_ supported: Int) -> Int {
        specification.comparisonFirms ?? (history.usableFirms - supported)
    }

    /// The largest number of supported firms a search tries: half the panel when the
    /// comparison group is the panel's other firms (power falls beyond), else 1,000,000.
    var largestSupported: Int {
        specification.comparisonFirms == nil ? max(history.usableFirms / 2, 1) : 1_000_000
    }

    /// The design's supported firms and, when solving for firms, the analytic number needed:
    /// given (`nil` needed), the number needed, or, with a note and `nil` needed when none
    /// reaches the target, half the panel (the comparison group being the panel's other
    /// firms) or the panel's firm count (`--comparison` fixed).
    func supportedFirms(notes: inout [PowerNote]) -> (supported: Int, needed: Int?) {
        guard question == .firms, let effect else {
            return (specification.supportedFirms ?? 1, nil)
        }
        let target = specification.targetPower, largest = largestSupported
        if let needed = Self.smallest(upTo: largest, reaching: {
            formula.power(effect: effect, supported: $0, comparison: comparison($0)) >= target
        }) { return (needed, needed) }
        notes.append(.firmsNotReachable(method: "analytic", largestTried: largest,
                                        bestPower: formula.power(effect: effect, supported: largest, comparison: comparison(largest))))
        // The design shown: half the panel, or (C fixed) the panel's size, not a million firms.
        return (specification.comparisonFirms == nil ? largest : max(history.usableFirms, 1), nil)
    }

    /// The smallest `n` in `1...upper` for which `reaching(n)` holds, by bisection (assuming
    /// it holds from some `n` on); `nil` when it fails at `upper`.
    static func smallest(upTo upper: Int, reaching: (Int) -> Bool) -> Int? {
        guard upper >= 1, reaching(upper) else { return nil }
        var low = 0, high = upper
        while high - low > 1 {
            let middle = low + (high - low) / 2
            if reaching(middle) { high = middle } else { low = middle }
        }
        return high
    }

    /// The placebo simulations with `supported` firms and the specification's seed.
    func simulate(supported: Int, progress: ((Double) -> Void)? = nil) -> PowerSimulation {
        PowerSimulation(history, supported: supported, comparison: comparison(supported), alpha: specification.alpha,
                        count: specification.simulations, seed: specification.seed, progress: progress)
    }

    /// The simulated answer from `simulation` at the design's firms, and the simulated
    /// number of firms needed when solving for firms.
    func estimate(_ simulation: PowerSimulation, effect evaluated: Double, analyticMDE: Double,
                  notes: inout [PowerNote]) -> PowerEstimate {
        let power = simulation.power(effect: evaluated)
        var needed: Int?
        if question == .firms, let effect {
            let target = specification.targetPower
            let largest = specification.comparisonFirms == nil ? largestSupported : min(largestSupported, 4 * max(simulation.firms, 4))
            needed = Self.smallest(upTo: largest) { simulate(supported: $0).power(effect: effect) >= target }
            if needed == nil {
                notes.append(.firmsNotReachable(method: "simulation", largestTried: largest,
                                                bestPower: simulate(supported: largest).power(effect: effect)))
            }
        }
        return PowerEstimate(
            minimumDetectableEffect: simulation.minimumDetectableEffect(target: specification.targetPower, scale: analyticMDE),
            power: power, standardError: simulation.typicalStandardError, firmsNeeded: needed,
            simulations: simulation.estimates.count, monteCarloError: simulation.monteCarloError(power))
    }
}
