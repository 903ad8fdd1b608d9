extension InstrumentalVariablesFit {
    /// Inference under `variance` for the second stage and every first stage, the
    /// instruments' strength (``FirstStageResult``) and the weak-instrument notes.
    ///
    /// - Parameters:
    ///   - variance: default ``VarianceChoice/modelDefault`` (clustered by the first fixed
    ///     effect with fixed effects, iid without); `hc2` and `hc3` are not available for
    ///     2SLS (as in pyfixest and linearmodels).
    ///   - confidenceLevel: level of the intervals, in (0, 1); default 0.95.
    public func result(variance: VarianceChoice = .modelDefault,
                       confidenceLevel: Double = ConfidenceLevel.standard) throws(EstimationError) -> InstrumentalVariablesResult {
        let estimator = variance.estimator(fixedEffects: secondStage.fixedEffects.map(\.name))
        if estimator == .hc2 || estimator == .hc3 {
            throw .unsupportedVariance(estimator: estimator.label,
                                       reason: "the leverage of two-stage least squares is not defined here; use hc1 or a clustered covariance")
        }
        let resolved = VarianceChoice(estimator, convention: variance.convention)
        let second = try secondStage.result(variance: resolved, confidenceLevel: confidenceLevel)
        let firsts = try firstStages.indices.map { j throws(EstimationError) in
            try firstStageResult(j, variance: resolved, confidenceLevel: confidenceLevel)
        }
        let threshold = InstrumentalVariablesResult.weakInstrumentThreshold
        let notes: [InstrumentalVariablesNote] = firsts.compactMap { first in
            first.strengthF.statistic < threshold
                ? .weakInstruments(endogenous: first.endogenous, statistic: first.strengthF.statistic, threshold: threshold)
                : nil
        }
        return InstrumentalVariablesResult(secondStage: second, firstStages: firsts, wuHausman: wuHausman,
                                           notes: notes, fit: self)
    }

    /// First stage `j` under `variance`, with its classical, robust and effective F.
    private func firstStageResult(_ j: Int, variance: VarianceChoice,
                                  confidenceLevel: Double) throws(EstimationError) -> FirstStageResult {
        let fit = firstStages[j]
        let positions = excludedInstrumentPositions
        let regression = try fit.result(variance: variance, confidenceLevel: confidenceLevel)
        let classical = variance.estimator == .iid ? regression
            : try fit.result(variance: VarianceChoice(.iid), confidenceLevel: confidenceLevel)
        let robust = variance.estimator == .iid
            ? try fit.result(variance: VarianceChoice(.hc1), confidenceLevel: confidenceLevel) : regression
        guard let partial = Self.waldF(classical, positions: positions) else {
            throw .numerical(.singular(routine: "first-stage F", index: 0))
        }
        return FirstStageResult(
            endogenous: endogenousNames[j], regression: regression, instruments: instrumentNames,
            partialF: partial, robustF: variance.estimator == .iid ? nil : Self.waldF(regression, positions: positions),
            effectiveF: effectiveF(fit, covariance: robust.covariance, positions: positions))
    }

    /// `F = b̂ᵀV⁻¹b̂/q` over the coefficients at `positions` of `result`, against
    /// `F(q, df)` with the result's inference degrees of freedom.
    static func waldF(_ result: RegressionResult, positions: [Int]) -> FTest? {
        let v = result.covariance.principalSubmatrix(positions)
        let b = positions.map { result.coefficients[$0].estimate }
        guard let cholesky = try? CholeskyFactorization(v), let solved = try? cholesky.solve(b) else { return nil }
        let statistic = zip(b, solved).reduce(0) { $0 + $1.0 * $1.1 } / Double(positions.count)
        let df = result.inferenceDegreesOfFreedom
        guard statistic.isFinite, df > 0 else { return nil }
        let distribution = FDistribution(numeratorDegrees: Double(positions.count), denominatorDegrees: df)
        return FTest(statistic: statistic, numeratorDegrees: Double(positions.count), denominatorDegrees: df,
                     pValue: distribution.survivalProbability(statistic))
    }

    /// `π̂ᵀQπ̂ / tr(V̂Q)`, `Q = Z₂ᵀWZ₂` over the first stage's excluded-instrument columns.
    private func effectiveF(_ fit: RegressionFit, covariance: Matrix, positions: [Int]) -> Double? {
        var z = fit.workingDesign.selectingColumns(positions)
        if let weights = fit.weights {
            let n = z.rows
            for j in 0..<z.columns { for i in 0..<n { z.storage[i + j * n] *= weights[i].squareRoot() } }
        }
        guard let q = try? z.gram() else { return nil }
        let v = covariance.principalSubmatrix(positions)
        let pi = positions.map { fit.coefficients[$0] }
        guard let qPi = try? q.times(pi), let vq = try? v.multiplied(by: q) else { return nil }
        let numerator = zip(pi, qPi).reduce(0) { $0 + $1.0 * $1.1 }
        let trace = (0..<positions.count).reduce(0) { $0 + vq[$1, $1] }
        let value = numerator / trace
        return value.isFinite ? value : nil
    }
}
