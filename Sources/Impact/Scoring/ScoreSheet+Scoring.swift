extension ScoreSheet {
    /// Scores `table` under `profile`, computing actuals from `data` where a row names an
    /// ``ActualSource`` (the literal actual is used otherwise).
    ///
    /// Steps: (1) actuals from data; (2) validation — weights finite and ≥ 0, their sum
    /// equal to ``ScoringProfile/requiredWeightSum`` (else ``ScoringError/weightSum(file:found:required:)``),
    /// at most one execution row, written scores within [0, weight] and qualitative scores
    /// inside their band; (3) weights rescaled for 不适用 rows and execution points; (4) each
    /// row scored by its ``IndicatorKind`` rule and rounded; (5) total = Σ row scores,
    /// capped by the execution rate when the profile says so; (6) grade by thresholds.
    /// Rows below target, and execution under the profile's threshold, without a deviation
    /// reason are listed in one ``ScoringWarning/missingDeviationReasons(_:)``.
    ///
    /// - Parameters:
    ///   - table: the indicator rows.
    ///   - profile: the rules; default ``ScoringProfile/mof2020``.
    ///   - data: firm tables for computed actuals, tried in order; default none, so every
    ///     actual is the literal one.
    public init(table: IndicatorTable, profile: ScoringProfile = .mof2020,
                data: [FirmData] = []) throws(ScoringError) {
        guard !table.indicators.isEmpty else { throw .emptyTable(file: table.file) }
        var warnings: [ScoringWarning] = []
        var indicators = table.indicators
        if !data.isEmpty {
            let resolved = try FirmData.resolvingActuals(of: indicators, from: data)
            indicators = resolved.indicators
            warnings += resolved.warnings
        }
        if let allowed = try ScoreSheet.checkWeights(of: indicators, profile: profile, file: table.file) {
            warnings.append(allowed)
        }
        let notApplicable = indicators.filter(\.isNotApplicable).map {
            IndicatorReference(name: $0.name, location: $0.origin.location())
        }
        if !notApplicable.isEmpty { warnings.append(.notApplicableWeights(policy: profile.notApplicable, rows: notApplicable)) }
        let executionIndex = try ScoreSheet.executionRowIndex(of: indicators)
        let weights = try ScoreSheet.effectiveWeights(of: indicators, profile: profile,
                                                      executionIndex: executionIndex, file: table.file)
        let scored = try ScoreSheet.scoreRows(indicators, weights: weights, profile: profile)
        let (rows, uncapped) = ScoreSheet.apportioned(scored.rows, grid: ScoreGrid(rounding: profile.rounding))
        warnings += scored.warnings

        let executionRate = executionIndex.flatMap { index -> Double? in
            guard rows[index].score != nil, case .quantity(let rate)? = rows[index].indicator.actual else { return nil }
            return rate.value
        }
        let cap = executionRate.flatMap { rate in
            profile.executionCaps.filter { rate < $0.rateBelow - 1e-9 }.map(\.maximumTotal).min()
        }
        let total = cap.map { min(uncapped, $0) } ?? uncapped
        if let cap, let rate = executionRate, cap < uncapped {
            warnings.append(.totalCapped(uncapped: uncapped, cap: cap, executionRate: rate))
        }
        let maximum = ScoreGrid(rounding: profile.rounding).points(
            rows.reduce(0) { $0 + ScoreGrid(rounding: profile.rounding).units($1.weight) })
        var graded = total
        if maximum > 0, maximum < 100 - 1e-9, profile.notApplicable == .excludeFromTotal, !notApplicable.isEmpty {
            graded = profile.rounding.apply(total * 100 / maximum)
            warnings.append(.gradedOnRescaledTotal(total: total, maximum: maximum, graded: graded))
        }
        if !scored.overshoots.isEmpty, let margin = profile.overshootReasonMargin {
            warnings.append(.largeOvershoots(scored.overshoots, margin: margin))
        }
        if !scored.missingReasons.isEmpty { warnings.append(.missingDeviationReasons(scored.missingReasons)) }

        self.init(title: table.title, file: table.file, profile: profile, rows: rows,
                  uncappedTotal: uncapped, cap: cap, total: total, maximum: maximum,
                  grade: profile.gradeThresholds.grade(of: graded),
                  executionRate: executionRate, warnings: warnings)
    }

    /// The rows with their scores apportioned on the grid (`ScoreGrid`) so they add up to
    /// the total, and that total: the exact Σ (fraction × weight − deduction), rounded once.
    static func apportioned(_ rows: [ScoredIndicator], grid: ScoreGrid) -> (rows: [ScoredIndicator], total: Double) {
        let raw = rows.map { $0.score == nil ? 0 : max(0, $0.fraction * $0.weight - $0.deduction) }
        let units = grid.apportion(raw)
        let adjusted = zip(rows, units).map { row, units in
            ScoredIndicator(indicator: row.indicator, weight: row.weight, ratio: row.ratio, level: row.level,
                            fraction: row.fraction, deduction: row.deduction,
                            score: row.score == nil ? nil : grid.points(units), meetsTarget: row.meetsTarget)
        }
        return (adjusted, grid.points(units.reduce(0, +)))
    }

    /// Checks the written weights: each finite and ≥ 0, their sum the profile's
    /// ``ScoringProfile/requiredWeightSum``; with no required sum, a sum other than 100 is
    /// returned as a warning (the weights are then rescaled to 100, see
    /// ``effectiveWeights(of:profile:executionIndex:file:)``).
    static func checkWeights(of indicators: [Indicator], profile: ScoringProfile,
                             file: String) throws(ScoringError) -> ScoringWarning? {
        for indicator in indicators where !(indicator.weight.isFinite && indicator.weight >= 0) {
            throw .invalidWeight(indicator.origin.location(of: .weight), indicator: indicator.name,
                                 weight: indicator.weight)
        }
        let weightSum = compensatedSum(indicators.map(\.weight))
        if let required = profile.requiredWeightSum {
            if abs(weightSum - required) > 1e-6 {
                throw .weightSum(file: file, found: weightSum, required: required)
            }
        } else if abs(weightSum - 100) > 1e-6 {
            return .weightSumAllowed(file: file, found: weightSum)
        }
        return nil
    }

    /// The index of the one execution-rate row, if any; a second one is an error.
    static func executionRowIndex(of indicators: [Indicator]) throws(ScoringError) -> Int? {
        var executionIndex: Int?
        for (index, indicator) in indicators.enumerated() where indicator.kind == .executionRate {
            if let first = executionIndex {
                throw .duplicateExecutionRow(indicator.origin.location(),
                                             first: indicators[first].origin.location())
            }
            executionIndex = index
        }
        return executionIndex
    }

    /// Every row scored with its weight, the warnings the rows raise (overshoot deductions,
    /// written scores that differ, execution above 100 %) in row order, the rows that need a
    /// deviation reason, and the large overshoots without one.
    static func scoreRows(_ indicators: [Indicator], weights: [Double], profile: ScoringProfile) throws(ScoringError)
        -> (rows: [ScoredIndicator], warnings: [ScoringWarning], missingReasons: [IndicatorReference],
            overshoots: [IndicatorReference]) {
        var rows: [ScoredIndicator] = []
        var warnings: [ScoringWarning] = []
        var missingReasons: [IndicatorReference] = []
        var overshoots: [IndicatorReference] = []
        for (indicator, weight) in zip(indicators, weights) {
            let row = try ScoreSheet.score(indicator, weight: weight, profile: profile)
            rows.append(row)
            let reference = IndicatorReference(name: indicator.name, location: indicator.origin.location())
            if row.deduction > 0 { warnings.append(.overshootDeducted(reference, points: row.deduction)) }
            if let stated = indicator.evaluatorScore, let score = row.score, indicator.kind != .qualitative,
               weight == indicator.weight,
               abs(stated - score) > 0.5 * pow10(-profile.rounding.decimals) + 1e-9 {
                warnings.append(.statedScoreDiffers(reference, stated: stated, computed: score))
            }
            if indicator.kind == .executionRate, row.score != nil, let ratio = row.ratio, ratio > 1 + 1e-9 {
                warnings.append(.executionAboveFull(reference, rate: ratio * 100))
            }
            let lowExecution = indicator.kind == .executionRate && row.score != nil
                && (row.ratio ?? 1) * 100 < profile.executionReasonThreshold - 1e-9
            let hasReason = !indicatorTrimmed(indicator.deviationReason).isEmpty
            if (!row.meetsTarget || lowExecution), !hasReason {
                missingReasons.append(reference)
            } else if !hasReason, isLargeOvershoot(row, margin: profile.overshootReasonMargin) {
                overshoots.append(reference)
            }
        }
        return (rows, warnings, missingReasons, overshoots)
    }

    /// Whether a scored higher-is-better row exceeds its target by `margin` or more (a range
    /// target: its upper end, whatever the margin); an actual written as a bound says nothing
    /// about size.
    static func isLargeOvershoot(_ row: ScoredIndicator, margin: Double?) -> Bool {
        guard let margin, row.indicator.kind == .higherIsBetter, row.score != nil, let ratio = row.ratio,
              case .quantity(let target) = row.indicator.target, target.value > 0,
              case .quantity(let actual)? = row.indicator.actual,
              actual.comparator == nil || actual.comparator == .equal else { return false }
        if let upper = target.upperBound { return ratio * target.value > upper * (1 + 1e-9) }
        return ratio >= 1 + margin - 1e-9
    }

    /// Scores `table` under `profile` with actuals computed from one firm table; the same as
    /// `init(table:profile:data:)` with `[data]`.
    public init(table: IndicatorTable, profile: ScoringProfile = .mof2020,
                data: FirmData) throws(ScoringError) {
        try self.init(table: table, profile: profile, data: [data])
    }

    /// The weight each row carries, on the profile's grid (`ScoreGrid`, so the weights add
    /// up exactly): 0 for 不适用 rows, whose weight goes where ``ScoringProfile/notApplicable``
    /// says; all weights × 100 / Σw when the sum is allowed to differ from 100
    /// (`--allow-weight-sum`); then, with execution points p, the execution row gets p and the
    /// others × (W − p) / (W − w_execution), W = Σ weights.
    static func effectiveWeights(of indicators: [Indicator], profile: ScoringProfile,
                                 executionIndex: Int?, file: String) throws(ScoringError) -> [Double] {
        var weights = notApplicableWeights(of: indicators, policy: profile.notApplicable)
        let written = compensatedSum(indicators.map(\.weight))
        if profile.requiredWeightSum == nil, written > 0, abs(written - 100) > 1e-6 {
            weights = weights.map { $0 * 100 / written }
        }
        if let points = profile.executionPoints {
            guard let execution = executionIndex, !indicators[execution].isNotApplicable else {
                throw .executionRowRequired(profile: profile.name, file: file)
            }
            let total = compensatedSum(weights)
            let others = total - weights[execution]
            if others > 0 {
                let scale = (total - points) / others
                for index in weights.indices where index != execution { weights[index] *= scale }
            }
            weights[execution] = points
        }
        let grid = ScoreGrid(rounding: profile.rounding)
        return grid.apportion(weights).map(grid.points)
    }

    /// The written weights with those of 不适用 rows set to 0 and moved as `policy` says.
    static func notApplicableWeights(of indicators: [Indicator], policy: NotApplicablePolicy) -> [Double] {
        var weights = indicators.map { $0.isNotApplicable ? 0 : $0.weight }
        switch policy {
        case .excludeFromTotal:
            break
        case .rescaleToFull:
            let written = compensatedSum(indicators.map(\.weight))
            let applicable = compensatedSum(weights)
            if applicable > 0, applicable < written { weights = weights.map { $0 * written / applicable } }
        case .reallocateWithinLevel1:
            let base = weights
            for indicator in indicators where indicator.isNotApplicable && indicator.weight > 0 {
                var peers = base.indices.filter { base[$0] > 0 && indicators[$0].level1 == indicator.level1 }
                if peers.isEmpty { peers = base.indices.filter { base[$0] > 0 } }
                let peerSum = compensatedSum(peers.map { base[$0] })
                guard peerSum > 0 else { continue }
                for peer in peers { weights[peer] += indicator.weight * base[peer] / peerSum }
            }
        }
        return weights
    }
}

/// 10 to the power `exponent`.
private func pow10(_ exponent: Int) -> Double {
    var value = 1.0
    for _ in 0..<abs(exponent) { value *= 10 }
    return exponent < 0 ? 1 / value : value
}
