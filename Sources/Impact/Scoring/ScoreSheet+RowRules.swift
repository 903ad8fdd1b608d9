extension ScoreSheet {
    /// Scores one row carrying `weight` points (see ``IndicatorKind`` for each rule).
    static func score(_ indicator: Indicator, weight: Double,
                      profile: ScoringProfile) throws(ScoringError) -> ScoredIndicator {
        if indicator.isNotApplicable {
            return ScoredIndicator(indicator: indicator, weight: 0, ratio: nil, level: nil, fraction: 0,
                                   deduction: 0, score: nil, meetsTarget: true)
        }
        guard let actual = indicator.actual else {
            throw .missingActual(indicator.origin.location(of: .actual), indicator: indicator.name)
        }
        if let stated = indicator.evaluatorScore {
            let location = indicator.origin.location(of: .score)
            if stated < 0 { throw .negativeScore(location, indicator: indicator.name, score: stated) }
            if stated > indicator.weight + 1e-9 {
                throw .scoreAboveWeight(location, indicator: indicator.name, score: stated, weight: indicator.weight)
            }
        }
        let outcome = indicator.kind == .qualitative
            ? try qualitativeOutcome(indicator, actual: actual)
            : try quantitativeOutcome(indicator, actual: actual, profile: profile)
        let earned = outcome.fraction * weight
        let applied = min(outcome.deduction, earned)
        let score = profile.rounding.apply(earned - applied)
        return ScoredIndicator(indicator: indicator, weight: weight, ratio: outcome.ratio, level: outcome.level,
                               fraction: outcome.fraction, deduction: applied, score: score,
                               meetsTarget: outcome.meets)
    }

    /// What a row's rule gives before weighting: actual / target, the qualitative level,
    /// the share of the weight earned, whether the target is met and the overshoot points.
    struct RowOutcome {
        var ratio: Double?
        var level: AchievementLevel?
        var fraction: Double
        var meets: Bool
        var deduction = 0.0
    }

    /// A qualitative row: its level, and the evaluator's score inside the level's band (full
    /// marks for 达成 when none is written).
    private static func qualitativeOutcome(_ indicator: Indicator,
                                           actual: IndicatorValue) throws(ScoringError) -> RowOutcome {
        let achieved = try qualitativeLevel(indicator, actual: actual)
        let fraction: Double
        if let stated = indicator.evaluatorScore {
            guard achieved.contains(score: stated, weight: indicator.weight) else {
                throw .scoreOutsideBand(indicator.origin.location(of: .score), indicator: indicator.name,
                                        score: stated, weight: indicator.weight, level: achieved)
            }
            fraction = indicator.weight > 0 ? stated / indicator.weight : 1
        } else if achieved == .achieved {
            fraction = 1
        } else {
            throw .evaluatorScoreRequired(indicator.origin.location(of: .score), indicator: indicator.name,
                                          level: achieved, weight: indicator.weight)
        }
        return RowOutcome(ratio: nil, level: achieved, fraction: fraction, meets: achieved == .achieved)
    }

    /// A numeric row under its kind's rule.
    private static func quantitativeOutcome(_ indicator: Indicator, actual: IndicatorValue,
                                            profile: ScoringProfile) throws(ScoringError) -> RowOutcome {
        let (target, actualQuantity, value) = try quantities(indicator, actual: actual)
        let goal = target.value
        switch indicator.kind {
        case .higherIsBetter:
            if actualQuantity.comparator?.isUpperBound == true { throw wrongBound(indicator, actual) }
            var outcome = RowOutcome(
                ratio: goal > 0 ? value / goal : nil,
                fraction: goal > 0 ? min(max(value / goal, 0), 1) : (value >= goal ? 1 : 0),
                meets: value > goal || (value == goal
                    && (target.comparator != .greaterThan || actualQuantity.comparator == .greaterThan)))
            if let rule = profile.overshootDeduction, goal > 0,
               actualQuantity.comparator == nil || actualQuantity.comparator == .equal,
               value >= goal * (1 + rule.share) - 1e-9 * goal {
                outcome.deduction = rule.points
            }
            return outcome
        case .lowerIsBetter:
            if actualQuantity.comparator?.isLowerBound == true { throw wrongBound(indicator, actual) }
            if value < 0 {
                throw .negativeCost(indicator.origin.location(of: .actual), indicator: indicator.name, actual: actual.text())
            }
            return lowerIsBetterOutcome(target: target, actual: actualQuantity, value: value, profile: profile)
        case .exact:
            if let comparator = actualQuantity.comparator, comparator != .equal {
                throw wrongBound(indicator, actual)
            }
            let meets = abs(value - goal) <= 1e-9 * max(1, abs(goal))
            return RowOutcome(ratio: goal != 0 ? value / goal : nil, fraction: meets ? 1 : 0, meets: meets)
        case .executionRate, .qualitative:
            if actualQuantity.comparator?.isUpperBound == true { throw wrongBound(indicator, actual) }
            if indicator.kind == .executionRate, actualQuantity.unit == .none {
                throw .executionRateNeedsPercent(indicator.origin.location(of: .actual), indicator: indicator.name,
                                                 found: actual.text())
            }
            guard actualQuantity.unit == .percent || actualQuantity.unit == .none else {
                throw .incomparable(indicator.origin.location(of: .actual), indicator: indicator.name,
                                    target: indicator.target.text(), actual: actual.text(),
                                    kind: indicator.kind)
            }
            let rate = actualQuantity.value / 100
            return RowOutcome(ratio: rate, fraction: min(max(rate, 0), 1),
                              meets: value >= goal - 1e-9 * max(1, abs(goal)))
        }
    }

    /// A cost row: full marks up to the target, an overrun scored by the profile's
    /// ``CostOverrunRule``.
    private static func lowerIsBetterOutcome(target: Quantity, actual: Quantity, value: Double,
                                             profile: ScoringProfile) -> RowOutcome {
        let goal = target.value
        let ratio = goal > 0 ? value / goal : nil
        let tolerance = 1e-9 * max(1, abs(goal))
        if value <= goal + tolerance {
            let meets = target.comparator != .lessThan || value < goal - tolerance || actual.comparator == .lessThan
            return RowOutcome(ratio: ratio, fraction: 1, meets: meets)
        }
        guard goal > 0 else { return RowOutcome(ratio: ratio, fraction: 0, meets: false) }
        let fraction = switch profile.costOverrun {
        case .proportional: goal / value
        case .linear: max(0, 1 - (value - goal) / goal)
        }
        return RowOutcome(ratio: ratio, fraction: fraction, meets: false)
    }

    /// The achievement level of a qualitative row: a written level as is, or the actual
    /// grade against the target grade (``QualitativeGrade/achievement(of:)``).
    private static func qualitativeLevel(_ indicator: Indicator,
                                         actual: IndicatorValue) throws(ScoringError) -> AchievementLevel {
        switch (indicator.target, actual) {
        case (_, .achievement(let level)): return level
        case (.grade(let target), .grade(let grade)): return target.achievement(of: grade)
        default:
            throw .incomparable(indicator.origin.location(of: .actual), indicator: indicator.name,
                                target: indicator.target.text(), actual: actual.text(), kind: .qualitative)
        }
    }

    /// Target and actual as quantities, and the actual's number in the target's unit.
    private static func quantities(_ indicator: Indicator, actual: IndicatorValue)
        throws(ScoringError) -> (Quantity, Quantity, Double) {
        guard case .quantity(let target) = indicator.target, case .quantity(let quantity) = actual else {
            throw .incomparable(indicator.origin.location(of: .actual), indicator: indicator.name,
                                target: indicator.target.text(), actual: actual.text(), kind: indicator.kind)
        }
        guard let value = quantity.value(in: target.unit) else {
            throw .unitMismatch(indicator.origin.location(of: .actual), indicator: indicator.name,
                                targetUnit: target.unit.symbol, actualUnit: quantity.unit.symbol)
        }
        return (target, quantity, value)
    }

    private static func wrongBound(_ indicator: Indicator, _ actual: IndicatorValue) -> ScoringError {
        .actualBoundCannotShowTarget(indicator.origin.location(of: .actual), indicator: indicator.name,
                                     actual: actual.text(), kind: indicator.kind)
    }
}
