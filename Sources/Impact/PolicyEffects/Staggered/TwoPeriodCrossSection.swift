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

    /// An OLS of y on x among the rows of `mask`: fitted values for all m rows and the
    /// factorisation of X_s'X_s for the estimation effect.
    struct SubsetRegression {
        let mask: [Bool]
        let fitted: [Double]
        let gram: CholeskyFactorization
    }

    /// The OLS of y on x over the rows where `mask` holds.
    func regression(_ mask: [Bool]) throws(TwoPeriodComparison.Failure) -> SubsetRegression {
        let rows = mask.indices.filter { mask[$0] }
        var subset = Matrix(rows: rows.count, columns: design.columns)
        for j in 0..<design.columns {
            for (r, i) in rows.enumerated() { subset[r, j] = design[i, j] }
        }
        do {
            let gram = try CholeskyFactorization(try subset.gram())
            let beta = try gram.solve(try subset.times(rows.map { outcome[$0] }, transpose: true))
            return SubsetRegression(mask: mask, fitted: try design.times(beta), gram: gram)
        } catch {
            throw .singularOutcomeRegression
        }
    }

    /// The regression's linear representation times `moments`, for every row i:
    /// 1{mask_i}(y_i − μ_i)·x_i'(X_s'X_s/m)⁻¹·moments.
    func olsEffect(_ fit: SubsetRegression, moments: [Double]) -> [Double] {
        let m = Double(outcome.count)
        let direction = ((try? fit.gram.solve(moments)) ?? []).map { $0 * m }
        let projected = (try? design.times(direction)) ?? [Double](repeating: 0, count: outcome.count)
        return outcome.indices.map { fit.mask[$0] ? (outcome[$0] - fit.fitted[$0]) * projected[$0] : 0 }
    }

    /// The logit of D on x (capped scores) and its linear representation direction.
    func propensityScore() throws(TwoPeriodComparison.Failure) -> TwoPeriodComparison.PropensityScore {
        try TwoPeriodComparison(change: outcome, treated: treated, design: design).propensityScore()
    }

    /// The logit's estimation effect times `moments`: (D_i − p_i)·x_i'·m(X'WX)⁻¹·moments.
    func logitEffect(_ score: TwoPeriodComparison.PropensityScore, moments: [Double]) -> [Double] {
        let m = Double(outcome.count)
        let direction = ((try? score.covariance.times(moments)) ?? []).map { $0 * m }
        let projected = (try? design.times(direction)) ?? [Double](repeating: 0, count: outcome.count)
        return outcome.indices.map { ((treated[$0] ? 1 : 0) - score.probabilities[$0]) * projected[$0] }
    }

    /// Σ_i values_i·x_i / m.
    func weightedMeans(_ values: [Double]) -> [Double] {
        let m = Double(outcome.count)
        return (try? design.times(values, transpose: true).map { $0 / m }) ?? []
    }

    /// The ATT and its influence function under `method`.
    func estimate(_ method: StaggeredEstimationMethod) throws(TwoPeriodComparison.Failure) -> (att: Double, influence: [Double]) {
        switch method {
        case .outcomeRegression: return try regressionEstimate()
        case .inverseProbabilityWeighting: return try weightingEstimate()
        case .doublyRobust: return try doublyRobustEstimate()
        }
    }

    /// The mean of `values`.
    static func mean(_ values: [Double]) -> Double {
        values.reduce(0, +) / Double(values.count)
    }
}
