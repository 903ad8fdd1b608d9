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
        let executionIndex = try ScoreSheet.executionRowIndex(of: indicators)
        let weights = try ScoreSheet.effectiveWeights(of: indicators, profile: profile,
                                                      executionIndex: executionIndex, file: table.file)
        let scored = try ScoreSheet.scoreRows(indicators, weights: weights, profile: profile)
        let rows = scored.rows
        warnings += scored.warnings

        let uncapped = profile.rounding.apply(rows.reduce(0) { $0 + ($1.score ?? 0) })
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
        if !scored.missingReasons.isEmpty { warnings.append(.missingDeviationReasons(scored.missingReasons)) }

        self.init(title: table.title, file: table.file, profile: profile, rows: rows,
                  uncappedTotal: uncapped, cap: cap, total: total,
                  maximum: rows.reduce(0) { $0 + $1.weight },
                  grade: profile.gradeThresholds.grade(of: total),
                  executionRate: executionRate, warnings: warnings)
    }

    /// Checks the written weights: each finite and ≥ 0, their sum the profile's
    /// ``ScoringProfile/requiredWeightSum``; with no required sum, a sum other than 100 is
    /// returned as a warning.
    static func checkWeights(of indicators: [Indicator], profile: ScoringProfile,
                             file: String) throws(ScoringError) -> ScoringWarning? {
        for indicator in indicators where !(indicator.weight.isFinite && indicator.weight >= 0) {
            throw .invalidWeight(indicator.origin.location(of: .weight), indicator: indicator.name,
                                 weight: indicator.weight)
        }
        let weightSum = indicators.reduce(0) { $0 + $1.weight }
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
    /// written scores that differ) in row order, and the rows that need a deviation reason.
    static func scoreRows(_ indicators: [Indicator], weights: [Double], profile: ScoringProfile) throws(ScoringError)
        -> (rows: [ScoredIndicator], warnings: [ScoringWarning], missingReasons: [IndicatorReference]) {
        var rows: [ScoredIndicator] = []
        var warnings: [ScoringWarning] = []
        var missingReasons: [IndicatorReference] = []
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
            let lowExecution = indicator.kind == .executionRate && row.score != nil
                && (row.ratio ?? 1) * 100 < profile.executionReasonThreshold - 1e-9
            if (!row.meetsTarget || lowExecution), indicatorTrimmed(indicator.deviationReason).isEmpty {
                missingReasons.append(reference)
            }
        }
        return (rows, warnings, missingReasons)
    }

    /// Scores `table` under `profile` with actuals computed from one firm table; the same as
    /// ``init(table:profile:data:)`` with `[data]`.
    public init(table: IndicatorTable, profile: ScoringProfile = .mof2020,
                data: FirmData) throws(ScoringError) {
        try self.init(table: table, profile: profile, data: [data])
    }

    /// The weight each row carries: 0 for 不适用 rows; applicable weights × Σw / Σw_applicable
    /// under ``NotApplicablePolicy/rescaleToFull``; then, with execution points p, the
    /// execution row gets p and the others × (W − p) / (W − w_execution), W = Σ weights.
    static func effectiveWeights(of indicators: [Indicator], profile: ScoringProfile,
                                 executionIndex: Int?, file: String) throws(ScoringError) -> [Double] {
        var weights = indicators.map { $0.isNotApplicable ? 0 : $0.weight }
        let written = indicators.reduce(0) { $0 + $1.weight }
        if profile.notApplicable == .rescaleToFull {
            let applicable = weights.reduce(0, +)
            if applicable > 0, applicable < written {
                weights = weights.map { $0 * written / applicable }
            }
        }
        if let points = profile.executionPoints {
            guard let execution = executionIndex, !indicators[execution].isNotApplicable else {
                throw .executionRowRequired(profile: profile.name, file: file)
            }
            let total = weights.reduce(0, +)
            let others = total - weights[execution]
            if others > 0 {
                let scale = (total - points) / others
                for index in weights.indices where index != execution { weights[index] *= scale }
            }
            weights[execution] = points
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
