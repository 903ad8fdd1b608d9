/// The covariates of one two-period Callaway–Sant'Anna cell (m rows × k columns, the first
/// a column of ones) and the least-squares and logit pieces both cell estimators build on:
/// ``TwoPeriodComparison`` (a panel: one row per firm, the response its change Δy) and
/// ``TwoPeriodCrossSection`` (repeated cross-sections: one row per observation, the
/// response its outcome y).
///
/// - ``regression(of:over:)``: the OLS of a response on x over the rows of a mask, with
///   fitted values x_i'β̂ for all m rows and the factorisation of X_s'X_s;
/// - ``olsEffect(_:response:moments:)``: that OLS's linear representation times a vector
///   of moments, 1{mask_i}(y_i − μ_i)·x_i'(X_s'X_s/m)⁻¹·moments;
/// - ``propensityScore(of:)``: the logit of D on x, scores capped at 1 − 1e-6, and its
///   covariance (X'WX)⁻¹ rebuilt at the capped scores;
/// - ``logitEffect(_:treated:moments:)``: the logit's linear representation times moments,
///   (D_i − p_i)·x_i'·m(X'WX)⁻¹·moments;
/// - ``weightedMeans(_:)``: Σ_i v_i·x_i / m; ``linear(_:)``: x_i'a for every row.
///
/// Conventions: as `DRDID` 1.x / Python `drdid` 1.1.7 (unit weights), whose estimators
/// share the same pieces; the constants ``propensityCap`` and ``trimmingLevel`` are theirs.
struct TwoPeriodDesign {
    /// m × k covariates, first column ones.
    let matrix: Matrix

    /// Why a cell's comparison could not be estimated.
    enum Failure: Error {
        case propensityScore(LogitError)
        case singularOutcomeRegression

        /// The failure as the estimator reports it, naming the cell (cohort `group`, `period`).
        func staggeredError(group: Int, period: Int) -> StaggeredError {
            switch self {
            case .propensityScore(let reason): .propensityScoreFailed(group: group, period: period, reason: reason)
            case .singularOutcomeRegression: .singularOutcomeRegression(group: group, period: period)
            }
        }
    }

    /// Largest propensity score used: `DRDID`'s `pmin(ps.fit, 1 - 1e-6)`.
    static let propensityCap = 1 - 1e-6
    /// Controls at or above this score are trimmed (weight 0) by the doubly robust and IPW
    /// estimators.
    static let trimmingLevel = 0.995

    /// An OLS of a response on x among the rows of `mask`: fitted values for all m rows and
    /// the factorisation of X_s'X_s for the estimation effect.
    struct SubsetRegression {
        let mask: [Bool]
        let fitted: [Double]
        let gram: CholeskyFactorization
    }

    /// The logit propensity score (capped) and its covariance (X'WX)⁻¹.
    struct PropensityScore {
        let probabilities: [Double]
        let covariance: Matrix
    }

    /// Number of rows m.
    var rowCount: Int { matrix.rows }

    /// Σ_i values_i·x_i / m: the column means of x weighted by `values`.
    func weightedMeans(_ values: [Double]) -> [Double] {
        let m = Double(rowCount)
        return (try? matrix.times(values, transpose: true).map { $0 / m }) ?? []
    }

    /// x_i'a for every row.
    func linear(_ a: [Double]) -> [Double] {
        (try? matrix.times(a)) ?? [Double](repeating: 0, count: rowCount)
    }
}
