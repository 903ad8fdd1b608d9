extension PowerResult {
    /// The JSON document, keys in this order:
    ///
    ///     {"outcome", "question": "mde"|"power"|"firms",
    ///      "design": {"supported_firms", "comparison_firms", "pre_periods", "post_periods", "alpha", "power"},
    ///      "pre_period_mean", "history": {"first_period", "last_period"}, "effect", "effect_percent", "effect_given",
    ///      "analytic": {"mde", "mde_percent", "power", "std_error", "firms_needed"},
    ///      "simulation": {"mde", "mde_percent", "power", "simulations", "monte_carlo_error",
    ///                     "std_error", "seed", "firms_needed"} | null,
    ///      "variance_components": {"variance", "pre_covariance", "post_covariance",
    ///                              "cross_covariance", "contrast_variance", "panel_firms", "windows"},
    ///      "power_curve": [{"effect", "effect_percent", "analytic_power", "simulated_power", "monte_carlo_error"}],
    ///      "firms_curve": [{"supported_firms", "comparison_firms", "analytic_mde", "analytic_mde_percent",
    ///                       "simulated_mde", "simulated_mde_percent"}],
    ///      "sentence", "notes": [{"code", "message"}]}
    ///
    /// `effect` is the effect the powers are evaluated at (the one given, else the analytic
    /// MDE); percentages are of the pre-period mean; `firms_needed` is `null` unless solving
    /// for firms (or when no number reaches the target).
    public func jsonValue(language: Language) -> JSONValue {
        .object([
            "outcome": .string(specification.outcome), "question": .string(question.rawValue),
            "design": .object([
                "supported_firms": .integer(supportedFirms), "comparison_firms": .integer(comparisonFirms),
                "pre_periods": .integer(specification.prePeriods), "post_periods": .integer(specification.postPeriods),
                "alpha": .number(specification.alpha), "power": .number(specification.targetPower),
            ]),
            "pre_period_mean": .number(preMean),
            "history": .object(["first_period": .integer(historyPeriods.lowerBound), "last_period": .integer(historyPeriods.upperBound)]),
            "effect": .number(evaluatedEffect),
            "effect_percent": .number(percentOfMean(evaluatedEffect)), "effect_given": .bool(effectGiven),
            "analytic": .object([
                "mde": .number(analytic.minimumDetectableEffect), "mde_percent": .number(analytic.minimumDetectableEffect.map(percentOfMean)),
                "power": .number(analytic.power), "std_error": .number(analytic.standardError),
                "firms_needed": .integer(analytic.firmsNeeded),
            ]),
            "simulation": simulation.map(simulationJSON),
            "variance_components": .object([
                "variance": .number(components.variance), "pre_covariance": .number(components.preCovariance),
                "post_covariance": .number(components.postCovariance), "cross_covariance": .number(components.crossCovariance),
                "contrast_variance": .number(components.contrastVariance), "panel_firms": .integer(panelFirms),
                "windows": .integer(windows),
            ]),
            "power_curve": .array(powerCurve.map { point in
                .object(["effect": .number(point.effect), "effect_percent": .number(percentOfMean(point.effect)),
                         "analytic_power": .number(point.analyticPower), "simulated_power": .number(point.simulatedPower),
                         "monte_carlo_error": .number(point.monteCarloError)])
            }),
            "firms_curve": .array(firmsCurve.map { point in
                .object(["supported_firms": .integer(point.supportedFirms), "comparison_firms": .integer(point.comparisonFirms),
                         "analytic_mde": .number(point.analyticEffect), "analytic_mde_percent": .number(percentOfMean(point.analyticEffect)),
                         "simulated_mde": .number(point.simulatedEffect),
                         "simulated_mde_percent": .number(point.simulatedEffect.map(percentOfMean))])
            }),
            "sentence": .string(sentence.text(language)),
            "notes": .array(notes.map(\.jsonValue)),
        ])
    }

    /// The simulation's member of the JSON document.
    private func simulationJSON(_ estimate: PowerEstimate) -> JSONValue {
        .object([
            "mde": .number(estimate.minimumDetectableEffect), "mde_percent": .number(estimate.minimumDetectableEffect.map(percentOfMean)),
            "power": .number(estimate.power), "simulations": .integer(estimate.simulations),
            "monte_carlo_error": .number(estimate.monteCarloError), "std_error": .number(estimate.standardError),
            "seed": .unsignedInteger(specification.seed), "firms_needed": .integer(estimate.firmsNeeded),
        ])
    }
}
