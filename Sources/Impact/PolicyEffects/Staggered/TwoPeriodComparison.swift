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
/// representation n·(1 − D)·(Δy − μ)·x'(X₀'X₀)⁻¹) and of the logit (n·(D − p)·x'(X'WX)⁻¹).
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

    /// Why a comparison could not be estimated.
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
    /// Controls at or above this score are trimmed by the doubly robust estimator.
    static let trimmingLevel = 0.995

    /// The ATT and its influence function under `method`.
    func estimate(_ method: StaggeredEstimationMethod) throws(Failure) -> (att: Double, influence: [Double]) {
        let m = change.count
        let outcome: OutcomeRegression? = method == .inverseProbabilityWeighting ? nil : try outcomeRegression()
        let fitted = outcome?.fitted ?? [Double](repeating: 0, count: m)
        switch method {
        case .outcomeRegression:
            return regressionEstimate(outcome!)
        case .doublyRobust, .inverseProbabilityWeighting:
            let propensity = try propensityScore()
            return weightingEstimate(propensity, outcome: outcome, fitted: fitted)
        }
    }

    /// The controls' OLS of Δy on x: fitted values for all m firms and the factorisation of
    /// X₀'X₀ for the influence function.
    struct OutcomeRegression {
        let fitted: [Double]
        let gram: CholeskyFactorization
    }

    /// The logit propensity score (capped) and its covariance (X'WX)⁻¹.
    struct PropensityScore {
        let probabilities: [Double]
        let covariance: Matrix
    }

    private func outcomeRegression() throws(Failure) -> OutcomeRegression {
        let controls = treated.indices.filter { !treated[$0] }
        let k = design.columns
        var controlDesign = Matrix(rows: controls.count, columns: k)
        for j in 0..<k {
            for (r, i) in controls.enumerated() { controlDesign[r, j] = design[i, j] }
        }
        do {
            let gram = try CholeskyFactorization(try controlDesign.gram())
            let beta = try gram.solve(try controlDesign.times(controls.map { change[$0] }, transpose: true))
            return OutcomeRegression(fitted: try design.times(beta), gram: gram)
        } catch {
            throw .singularOutcomeRegression
        }
    }

    func propensityScore() throws(Failure) -> PropensityScore {
        let names = (0..<design.columns).map { "x\($0)" }
        let fit: LogitResult
        do {
            fit = try LogitRegression().fit(outcome: treated.map { $0 ? 1 : 0 }, design: design, names: names)
        } catch {
            throw .propensityScore(error)
        }
        let probabilities = fit.fittedProbabilities.map { min($0, Self.propensityCap) }
        var scaled = design
        for j in 0..<design.columns {
            for i in 0..<design.rows { scaled[i, j] *= (probabilities[i] * (1 - probabilities[i])).squareRoot() }
        }
        do {
            let covariance = try CholeskyFactorization(try scaled.gram()).inverse()
            return PropensityScore(probabilities: probabilities, covariance: covariance)
        } catch {
            throw .propensityScore(.singularInformation(iteration: fit.iterations))
        }
    }

    /// Σ_i values_i·x_i / m: the column means of x weighted by `values`.
    func weightedMeans(_ values: [Double]) -> [Double] {
        let m = Double(change.count)
        return (try? design.times(values, transpose: true).map { $0 / m }) ?? []
    }

    /// x_i'a for every firm.
    func linear(_ a: [Double]) -> [Double] {
        (try? design.times(a)) ?? [Double](repeating: 0, count: change.count)
    }
}
