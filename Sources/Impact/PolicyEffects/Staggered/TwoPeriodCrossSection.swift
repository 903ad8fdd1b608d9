/// One Callaway–Sant'Anna cell on repeated cross-sections (or an unbalanced panel treated
/// as such): each of its m observations is one row, in the base period (post = 0) or in
/// period t (post = 1), of cohort g (D = 1) or of its controls (D = 0), with its outcome y
/// and covariates x (a leading column of ones).
///
/// ``estimate(_:)`` returns the ATT and its influence function over these m rows, scaled
/// as `DRDID` scales it (the variance of the estimate is mean(IF²)/m). With μ_{d,s}(x) the
/// OLS fit of y on x among rows with D = d and post = s, p(x) a logit propensity score and
/// w₀ = p(x)(1 − D)/(1 − p(x)):
///
/// - doubly robust (`drdid_rc`, locally efficient): the IPW comparison of y − μ_{0,post}(x)
///   plus the treated-group correction E[D(μ_{1,s} − μ_{0,s})]/E[D] − E[D·1{post = s}(μ_{1,s} − μ_{0,s})]/E[D·1{post = s}];
/// - IPW (`std_ipw_did_rc`): (Ȳ_{D=1,post} − Ȳ_{D=1,pre}) − the same with weights w₀, each
///   weighted mean normalised;
/// - regression (`reg_did_rc`): Ȳ_{D=1,post} − Ȳ_{D=1,pre} − mean over D of (μ_{0,1} − μ_{0,0}).
///
/// The regressions, the propensity score and their estimation effects are the pieces shared
/// with ``TwoPeriodComparison`` (``TwoPeriodDesign``).
///
/// Conventions: follows Python `drdid` 1.1.7 as called by csdid 0.4.3 (`panel=False`), with
/// unit weights; the propensity score is capped at 1 − 1e-6 and controls at or above
/// 0.995 are trimmed by the doubly robust and IPW estimators.
struct TwoPeriodCrossSection {
    /// Outcome per row.
    let outcome: [Double]
    /// Whether each row is in the later period t (rather than the base period).
    let post: [Bool]
    /// Whether each row belongs to the cohort (D = 1) rather than the controls.
    let treated: [Bool]
    /// m × k covariates, first column ones.
    let design: Matrix

    /// The shared least-squares and logit pieces over ``design`` (``TwoPeriodDesign``).
    var cellDesign: TwoPeriodDesign { TwoPeriodDesign(matrix: design) }

    /// The OLS of y on x over the rows where `mask` holds.
    func regression(_ mask: [Bool]) throws(TwoPeriodDesign.Failure) -> TwoPeriodDesign.SubsetRegression {
        try cellDesign.regression(of: outcome, over: mask)
    }

    /// The regression's linear representation times `moments`, for every row i:
    /// 1{mask_i}(y_i − μ_i)·x_i'(X_s'X_s/m)⁻¹·moments.
    func olsEffect(_ fit: TwoPeriodDesign.SubsetRegression, moments: [Double]) -> [Double] {
        cellDesign.olsEffect(fit, response: outcome, moments: moments)
    }

    /// The logit's estimation effect times `moments`: (D_i − p_i)·x_i'·m(X'WX)⁻¹·moments.
    func logitEffect(_ score: TwoPeriodDesign.PropensityScore, moments: [Double]) -> [Double] {
        cellDesign.logitEffect(score, treated: treated, moments: moments)
    }

    /// The ATT and its influence function under `method`.
    func estimate(_ method: StaggeredEstimationMethod) throws(TwoPeriodDesign.Failure) -> (att: Double, influence: [Double]) {
        switch method {
        case .outcomeRegression: return try regressionEstimate()
        case .inverseProbabilityWeighting: return try weightingEstimate()
        case .doublyRobust: return try doublyRobustEstimate()
        }
    }

    /// The mean of `values`.
    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
}
