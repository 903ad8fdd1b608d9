/// Two-stage least squares (2SLS) with any number of absorbed fixed effects.
///
/// With exogenous regressors `X₁`, endogenous `X₂`, excluded instruments `Z₂`, the
/// instruments are `Z = [X₁ Z₂]` and the regressors `X = [X₁ X₂]`:
/// 1. With fixed effects: drop singletons (default) and demean `y`, `X`, `Z₂` together by
///    the fixed effects (`Demeaning`, the same alternating projections as
///    ``LinearRegression``); by Frisch–Waugh–Lovell the 2SLS slopes of the demeaned
///    variables are those of the model with the fixed effects as exogenous dummies.
/// 2. Collinearity (`CollinearityScreen`, in formula order): regressors `X` first, then the
///    excluded instruments against the kept exogenous columns; dropped columns are named.
/// 3. First stage: `Π = (ZᵀWZ)⁻¹ZᵀWX₂` by QR of `W^{1/2}Z`, fitted `X̂₂ = ZΠ` (BLAS).
/// 4. Second stage: `β = (X̂ᵀWX̂)⁻¹X̂ᵀWy` with `X̂ = [X₁ X̂₂]`, by QR of `W^{1/2}X̂`;
///    residuals `e = y − Xβ` use the actual `X` (not `X̂`).
/// The covariance is the sandwich of ``RegressionFit`` with bread `(X̂ᵀWX̂)⁻¹` and scores
/// `wᵢeᵢx̂ᵢ`: iid `σ̂²(X̂ᵀWX̂)⁻¹` with `σ̂² = Σwe²/(N − K)`, HC1, CR1 and two-way clustering
/// with the small-sample factors of ``SmallSampleCorrection``.
///
/// Conventions: pyfixest `feols("y ~ x1 | f1 + f2 | x2 ~ z1 + z2")` and linearmodels
/// `IV2SLS` (`debiased=True`); `K` counts the regressors and the fixed-effect levels, as
/// for least squares.
public enum InstrumentalVariables {
    /// Fits the 2SLS model of `design`.
    ///
    /// - Parameters:
    ///   - design: the frame with exogenous, endogenous and instrument columns.
    ///   - options: singleton policy, demeaning and collinearity settings
    ///     (``RegressionOptions``).
    /// - Throws: ``EstimationError`` for non-finite data, too few observations, no
    ///   regressor left, fewer instruments left than endogenous regressors
    ///   (``EstimationError/underidentified(endogenous:instruments:)``) or a numerical failure.
    public static func fit(_ design: InstrumentalFrame,
                           options: RegressionOptions = .init()) throws(EstimationError) -> InstrumentalVariablesFit {
        let frame = design.frame
        let sample = try LinearRegression.Sample(frame, options: options)
        let working = try InstrumentalWorkingColumns(design, sample: sample, options: options)
        let firstStages = try working.firstStages()
        let second = try working.secondStage(fitted: firstStages.fitted)
        let firstFits = try (0..<working.endogenousCount).map { j throws(EstimationError) in
            try working.firstStageFit(j, stages: firstStages)
        }
        let wuHausman = try working.wuHausman(secondStageResiduals: second.residuals)
        return InstrumentalVariablesFit(secondStage: second, firstStages: firstFits,
                                        endogenousNames: working.endogenousNames,
                                        instrumentNames: working.instrumentNames,
                                        exogenousInstrumentCount: working.exogenousCount,
                                        wuHausman: wuHausman)
    }
}
