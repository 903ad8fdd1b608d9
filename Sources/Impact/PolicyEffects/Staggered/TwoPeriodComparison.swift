/// One Callaway–Sant'Anna cell as a two-period comparison on a panel: the change Δy of
/// each firm of cohort g (D = 1) and of its controls (D = 0) between the base period and
/// t, and the covariates x (a leading column of ones) of each.
///
/// ``estimate(_:)`` returns the ATT and its influence function over these m firms, scaled
/// as `DRDID` scales it (the variance of the estimate is mean(IF²)/m). With w₁ = D,
/// w₀ = p(x)(1 − D)/(1 − p(x)), the fitted change μ(x) = x'β of an OLS on the controls and
/// p(x) a logit propensity score:
///
/// - doubly robust (`drdid_panel`): ATT = E[w₁(Δy − μ)]/E[w₁] − E[w₀(Δy − μ)]/E[w₀];
/// - IPW (`std_ipw_did_panel`): the same with μ = 0 (weights normalised to mean one);
/// - regression (`reg_did_panel`): ATT = E[D(Δy − μ)]/E[D].
///
/// The influence functions add the estimation effect of β (the OLS's linear
/// representation n·(1 − D)·(Δy − μ)·x'(X₀'X₀)⁻¹) and of the logit (n·(D − p)·x'(X'WX)⁻¹),
/// both from the pieces shared with ``TwoPeriodCrossSection`` (``TwoPeriodDesign``).
///
/// Conventions: follows `DRDID` 1.x / Python `drdid` with unit weights, as called by `did`
/// and csdid (drdid 1.1.7, aligned with R DRDID 1.4.0); the propensity score is capped at
/// 1 − 1e-6, controls with p(x) ≥ 0.995 are trimmed (weight 0) by the doubly robust and
/// IPW estimators, and the logit's information X'WX is rebuilt at the capped scores.
struct TwoPeriodComparison {
    /// Δy per firm.
    let change: [Double]
    /// Whether each firm belongs to the cohort (D = 1) rather than the controls.
    let treated: [Bool]
    /// m × k covariates, first column ones.
    let design: Matrix

    /// The shared least-squares and logit pieces over ``design`` (``TwoPeriodDesign``).
    var cellDesign: TwoPeriodDesign { TwoPeriodDesign(matrix: design) }

    /// The ATT and its influence function under `method`.
    func estimate(_ method: StaggeredEstimationMethod) throws(TwoPeriodDesign.Failure) -> (att: Double, influence: [Double]) {
        let m = change.count
        let outcome: TwoPeriodDesign.SubsetRegression? = method == .inverseProbabilityWeighting ? nil
            : try cellDesign.regression(of: change, over: treated.map { !$0 })
        let fitted = outcome?.fitted ?? [Double](repeating: 0, count: m)
        switch method {
        case .outcomeRegression:
            return regressionEstimate(outcome!)
        case .doublyRobust, .inverseProbabilityWeighting:
            let propensity = try cellDesign.propensityScore(of: treated)
            return weightingEstimate(propensity, outcome: outcome, fitted: fitted)
        }
    }
}
