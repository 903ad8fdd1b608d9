import Foundation

/// The fixed-length confidence interval (FLCI) of θ = lᵀτ_post under smoothness bounds
/// Δ^SD(M) = {δ : |(δ_{t+1} − δ_t) − (δ_t − δ_{t−1})| ≤ M} (Rambachan–Roth 2023, section 4.1;
/// Armstrong–Kolesár 2018).
///
/// Among affine estimators θ̂ = l_preᵀβ̂_pre + lᵀβ̂_post, the worst-case bias over Δ^SD(M) is
/// M·(c_l + Σ_k |z_k|) where z are the cumulative sums of the weights w (l_pre_k = w_k −
/// w_{k−1}), z_K = Σ_t t·l_t fixed and c_l a constant of l; the interval is
/// θ̂ ± σ·cv_α(bias/σ), with σ² = vᵀΣv and cv_α(t) the 1 − α quantile of |N(t, 1)|. Its
/// half-length is minimised over the bias–variance frontier: for each μ > 0 the weights
/// minimise Σ_k |z_k| + μ·σ² (a lasso problem solved exactly by coordinate descent), and a
/// scan of log μ refined by golden section picks the shortest interval.
///
/// Conventions: HonestDiD's `findOptimalFLCI`, which solves the same problem over σ ≤ h
/// with CVXR and takes cv_α from 10⁶ simulated draws; here cv_α is exact (bisection), so
/// the two agree to the simulation error of HonestDiD's quantile (about 1e-3 relative).
enum FixedLengthConfidenceInterval {
    /// The interval for bound M ≥ 0.
    static func compute(_ coefficients: EventStudyCoefficients, weights: [Double], m: Double,
                        alpha: Double) throws(SensitivityError) -> (low: Double, high: Double) {
        let problem = FLCIProblem(coefficients, weights: weights)
        let halfLength: (Double) -> Double = { mu in
            let z = problem.weights(mu: mu)
            let sd = problem.variance(z).squareRoot()
            return sd * foldedNormalQuantile(1 - alpha, mean: m * problem.bias(z) / sd)
        }
        // The half-length is flat for small μ (all free weights at zero, the lasso's
        // threshold) and need not be unimodal, so scan log μ in steps of 1/4 over ±30
        // around 1/σ²(minimum-bias point), then refine the best step by golden section.
        let centre = -log(max(problem.variance(problem.minimumBiasPoint), 1e-300))
        let step = 0.25
        let scan = stride(from: centre - 30, through: centre + 30, by: step).map { ($0, halfLength(exp($0))) }
        guard let coarse = scan.filter({ $0.1.isFinite }).min(by: { $0.1 < $1.1 }) else {
            throw .optimisationFailed(step: "the fixed-length interval", reason: "no finite half-length")
        }
        var a = coarse.0 - step, b = coarse.0 + step
        let ratio = (5.0.squareRoot() - 1) / 2
        var c = b - ratio * (b - a), d = a + ratio * (b - a)
        var fc = halfLength(exp(c)), fd = halfLength(exp(d))
        for _ in 0..<60 {
            if fc <= fd { b = d; d = c; fd = fc; c = b - ratio * (b - a); fc = halfLength(exp(c)) }
            else { a = c; c = d; fc = fd; d = a + ratio * (b - a); fd = halfLength(exp(d)) }
        }
        let refined = ((a + b) / 2, halfLength(exp((a + b) / 2)))
        let best = refined.1 <= coarse.1 ? refined : coarse
        let bestMu = exp(best.0)
        let estimate = problem.estimate(problem.weights(mu: bestMu))
        return (estimate - best.1, estimate + best.1)
    }

    /// The 1 − α quantile of |N(t, 1)|: c with Φ(c − t) − Φ(−c − t) = p, by bisection.
    static func foldedNormalQuantile(_ p: Double, mean t: Double) -> Double {
        let t = abs(t)
        var low = 0.0, high = t + 12
        for _ in 0..<200 {
            let middle = (low + high) / 2
            let mass = StandardNormalDistribution.cumulativeProbability(middle - t)
                - StandardNormalDistribution.cumulativeProbability(-middle - t)
            if mass < p { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }
}
