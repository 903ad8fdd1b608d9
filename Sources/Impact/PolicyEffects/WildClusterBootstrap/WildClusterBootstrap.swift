import Foundation

/// Restricted wild cluster bootstrap-t (WCR; Cameron, Gelbach and Miller 2008; Roodman,
/// MacKinnon, Nielsen and Webb 2019) for one coefficient of a one-way clustered
/// least-squares fit.
///
/// ## Algorithm
/// Work in the fit's working design `Z` (regressors after the fixed effects are partialled
/// out, `B = (ZᵀWZ)⁻¹`). For the null `β_j = β₀`:
/// 1. Restricted residuals `ẽ = ê + (θ̂_j − θ₀) · ZB_{·j}/B_jj` — the residuals of the
///    model refitted with `β_j` fixed at `β₀`, obtained from the unrestricted fit by
///    Frisch–Waugh–Lovell without another regression.
/// 2. For each draw `v = (v_1…v_G)` (one multiplier per cluster): `y* = ŷ_restricted + ẽ·v`,
///    refit, and form `t* = (β*_j − β₀)/se*_CR1`. Everything is linear in `v`, so with
///    `c = W ZB_{·j}`, `a_g = Σ_{i∈g} c_i ẽ_i`, `f_g = B Σ_{i∈g} wᵢ zᵢ ẽᵢ` and
///    `d_h = Σ_{i∈h} c_i zᵢ`: numerator `Σ_g v_g a_g`, cluster score of `h`
///    `q_h = v_h a_h − d_h · Σ_g v_g f_g`, `se*² = c_CR1 Σ_h q_h²` — `O(G·p)` per draw,
///    from cluster-level sufficient statistics, never a refit (Roodman et al. 2019).
///    (With `v = 1` this reproduces the analytic CR1 t statistic exactly.) `a` and `f` are
///    linear in the shift `s = θ̂_j − θ₀`, so each draw is kept as five numbers
///    (``DrawCoefficients``) and its `t*` at any null value costs `O(1)`.
/// 3. `p = #{|t*_b| ≥ |t|}/B` (symmetric two-sided; ties within 1e-10 relative count, the
///    conservative choice). Python wildboottest 0.3.2 counts only `|t*| > |t|`; under full
///    enumeration the draws `v = ±1` always tie, so its p-value is lower by exactly 2/2^G
///    (checked in the tests; the t statistics agree to 1e-13).
/// 4. Interval by test inversion: `{β₀ : p(β₀) > 1 − level}`; each end is bracketed from
///    the analytic interval and located by bisection to 1e-4 standard errors, with the
///    same draws for every `β₀` (so `p(β₀)` is a step function and the ends are exact up
///    to that tolerance).
///
/// Draws come from the shared `SplitMix64` generator seeded with `options.seed`: Rademacher
/// signs from the top bit of each output, Webb points by `index(below: 6)`. With Rademacher
/// weights and `2^G ≤ B` all `2^G` sign vectors are enumerated instead (6 clusters: 64
/// draws, p-values in steps of 1/64).
///
/// Conventions: the t statistics use the fit's CR1 factor `G/(G−1)·(N−1)/(N−K_c)`, which
/// cancels in the comparison. Fixed effects are partialled out once, before the bootstrap:
/// exact for effects nested in the clusters (firm effects with firm clusters); for effects
/// that are not nested (year effects) the bootstrap errors are not re-projected on them,
/// the usual approximation (as when fwildclusterboot is given pre-demeaned data). Weights
/// of a WLS fit enter `B`, `c` and `f`.
public enum WildClusterBootstrap {
    /// Tests `term = options.nullValue` in `result` (which must use a one-way clustered
    /// covariance) by WCR bootstrap-t.
    ///
    /// - Parameters:
    ///   - result: a fitted regression with `vcov = .cluster([name])`.
    ///   - term: the coefficient to test (not the intercept).
    ///   - options: draws, seed, weights, null value, interval level.
    ///   - progress: called with the fraction of the work done (0…1), about every 4%.
    public static func test(_ result: RegressionResult, term: String,
                            options: WildClusterBootstrapOptions = .init(),
                            progress: ((Double) -> Void)? = nil) throws(PolicyEffectError) -> WildClusterBootstrapResult {
        try validate(options)
        let fit = result.fit
        let (j, cluster) = try target(result, term: term)
        let problem: Problem
        do {
            problem = try Problem(fit: fit, column: j, cluster: cluster, factor: result.correction.factor)
        } catch {
            throw .estimation(.numerical(error))
        }
        let draws = Draws(options: options, clusters: cluster.levelCount)
        let estimate = fit.coefficients[j]
        let standardError = result.coefficients[j].standardError
        let evaluator = Evaluator(problem: problem, draws: draws, scale: fit.parameterTransform[j, j],
                                      progress: progress.map { report in { report(0.99 * $0) } })
        let observed = try evaluator.pValue(options.nullValue)
        let ends = options.computesInterval
            ? try evaluator.interval(estimate: estimate, standardError: standardError, alpha: 1 - options.confidenceLevel)
            : (low: Double.nan, high: Double.nan)
        progress?(1)
        return WildClusterBootstrapResult(
            term: term, estimate: estimate, nullValue: options.nullValue, tStatistic: observed.t,
            pValue: observed.p, confidenceLow: ends.low, confidenceHigh: ends.high,
            confidenceLevel: options.confidenceLevel, replications: draws.count, enumerated: draws.enumerated,
            weights: options.weights, seed: options.seed, clusters: cluster.levelCount,
            clusterVariable: cluster.name,
            analyticPValue: StudentTDistribution(degreesOfFreedom: result.inferenceDegreesOfFreedom)
                .twoSidedPValue((estimate - options.nullValue) / standardError))
    }

    /// Throws `invalidBootstrap` for fewer than one replication or a level outside (0, 1).
    private static func validate(_ options: WildClusterBootstrapOptions) throws(PolicyEffectError) {
        guard options.replications >= 1 else {
            throw .invalidBootstrap(reason: "the number of replications must be at least 1, not \(options.replications)")
        }
        guard options.confidenceLevel > 0 && options.confidenceLevel < 1 else {
            throw .invalidBootstrap(reason: "the confidence level must lie strictly between 0 and 1, not \(options.confidenceLevel)")
        }
        // The draws (one byte per cluster and replication, bounded below by 64 clusters) and
        // a few statistics per replication (8 bytes each).
        do {
            try MemoryBudget.current.check(.bootstrap(replications: options.replications, units: 64),
                                           count: MemoryBudget.product(options.replications, 64 + 4 * 8), bytesEach: 1)
        } catch {
            throw .invalidBootstrap(reason: error.description)
        }
    }

    /// The column of `term` in the fit and the one cluster variable of `result`'s
    /// covariance, which must be one-way clustered with two or more clusters.
    private static func target(_ result: RegressionResult,
                               term: String) throws(PolicyEffectError) -> (column: Int, cluster: FactorCodes) {
        let fit = result.fit
        // An event-study or Sun–Abraham fit keeps no n × k working design to resample.
        guard fit.structuredDesign == nil else {
            throw .invalidBootstrap(reason: "the wild cluster bootstrap needs a regression fitted by LinearRegression, not an event-study or Sun–Abraham fit")
        }
        let names = result.estimator.clusterVariables
        guard names.count == 1 else {
            throw .invalidBootstrap(reason: "the regression must use a one-way clustered covariance (vcov cluster:VAR), not \(result.estimator.label)")
        }
        guard let j = fit.termNames.firstIndex(of: term) else { throw .termNotEstimated(term) }
        if fit.hasIntercept && j == 0 {
            throw .invalidBootstrap(reason: "the intercept cannot be tested; choose a slope coefficient")
        }
        guard let cluster = (fit.clusters + fit.fixedEffects).first(where: { $0.name == names[0] }) else {
            throw .estimation(.unknownClusterVariable(names[0], available: (fit.clusters + fit.fixedEffects).map(\.name)))
        }
        guard cluster.levelCount >= 2 else { throw .singleCluster(variable: cluster.name, count: cluster.levelCount) }
        return (j, cluster)
    }

    /// Bootstrap p-values at any null value. Every draw's statistic is linear-fractional in
    /// the null value (``DrawCoefficients``), so the `O(B·G·p)` work is done once, when the
    /// evaluator is made (on two threads), and each p-value afterwards costs `O(B)`: the
    /// observed test and the up to 2 × 44 of the interval's test inversion together cost
    /// about one pass over the draws (Roodman, MacKinnon, Nielsen and Webb 2019, §5). The
    /// draws go through ``DrawKernel``; the observed statistic (`v = 1`) is formed cluster by
    /// cluster from the scores (``Problem/drawCoefficients(_:combined:)``).
    final class Evaluator {
        private let problem: Problem
        /// `β_j = scale · θ_j` for a slope.
        private let scale: Double
        private let coefficients: [DrawCoefficients]
        private let observed: DrawCoefficients
        static let bisectionSteps = 40
        static let intervalTolerance = 1e-4
        /// Progress reports over the draws (each block of draws split over two threads).
        private static let blocks = 25

        init(problem: Problem, draws: Draws, scale: Double,
             progress: ((Double) -> Void)?) {
            self.problem = problem
            self.scale = scale
            let ones = [Double](repeating: 1, count: problem.clusterCount)
            observed = ones.withUnsafeBufferPointer { v in
                withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * problem.p) { combined in
                    problem.drawCoefficients(v, combined: combined)
                }
            }
            coefficients = Self.allDrawCoefficients(kernel: DrawKernel(problem: problem, weights: draws.weights),
                                                    draws: draws, progress: progress)
        }

        /// ``DrawCoefficients`` of every draw, in draw order, computed block by block with
        /// each block's draws split between two threads.
        private static func allDrawCoefficients(kernel: DrawKernel, draws: Draws,
                                                progress: ((Double) -> Void)?) -> [DrawCoefficients] {
            let count = draws.count
            let empty = DrawCoefficients(n0: 0, n1: 0, q00: 0, q01: 0, q11: 0)
            var result = [DrawCoefficients](repeating: empty, count: count)
            let block = max(1, (count + blocks - 1) / blocks)
            result.withUnsafeMutableBufferPointer { buffer in
                let output = DrawOutput(buffer)
                var start = 0
                while start < count {
                    let end = min(count, start + block)
                    let middle = start + (end - start) / 2
                    let ranges = [start..<middle, middle..<end]
                    DispatchQueue.concurrentPerform(iterations: 2) { part in
                        kernel.coefficients(draws: draws, range: ranges[part], output: output.buffer)
                    }
                    start = end
                    progress?(Double(start) / Double(count))
                }
            }
            return result
        }

        /// The bootstrap p-value and t statistic of `β = nullValue`: `#{|t*_b| ≥ |t|}/B`,
        /// ties within 1e-10 relative counted.
        func pValue(_ nullValue: Double) throws(PolicyEffectError) -> (p: Double, t: Double) {
            let shift = problem.thetaHat - nullValue / scale
            let factor = problem.factor
            let t = observed.statistic(shift: shift, factor: factor)
            let threshold = abs(t) * (1 - 1e-10)
            var exceed = 0
            for draw in coefficients where abs(draw.statistic(shift: shift, factor: factor)) >= threshold {
                exceed += 1
            }
            return (Double(exceed) / Double(coefficients.count), t)
        }

        /// Test inversion: each end bracketed from the analytic interval, then bisected.
        func interval(estimate: Double, standardError: Double,
                      alpha: Double) throws(PolicyEffectError) -> (low: Double, high: Double) {
            var ends = [Double.nan, .nan]
            for (side, direction) in [-1.0, 1.0].enumerated() {
                var inside = estimate
                var step = max(standardError, abs(estimate) * 1e-8, 1e-12)
                var outside = estimate + direction * 2.5 * step
                var expansions = 0
                while try pValue(outside).p > alpha && expansions < 60 {
                    inside = outside
                    step *= 2
                    outside = estimate + direction * 2.5 * step
                    expansions += 1
                }
                for _ in 0..<Self.bisectionSteps {
                    let middle = (inside + outside) / 2
                    if try pValue(middle).p > alpha { inside = middle } else { outside = middle }
                    if abs(outside - inside) <= Self.intervalTolerance * max(standardError, 1e-300) { break }
                }
                ends[side] = (inside + outside) / 2
            }
            return (ends[0], ends[1])
        }
    }

    /// The draws' output buffer, written by two threads at disjoint indices.
    private final class DrawOutput: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<DrawCoefficients>
        init(_ buffer: UnsafeMutableBufferPointer<DrawCoefficients>) { self.buffer = buffer }
    }
}
