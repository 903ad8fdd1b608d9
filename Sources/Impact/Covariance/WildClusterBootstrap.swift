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
///    `q_h = v_h a_h − d_h · Σ_g v_g f_g`, `se*² = c_CR1 Σ_h q_h²` — `O(G·p)` per draw.
///    (With `v = 1` this reproduces the analytic CR1 t statistic exactly.)
/// 3. `p = #{|t*_b| ≥ |t|}/B` (symmetric two-sided; ties within 1e-10 relative count).
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
    ///   - progress: called with the fraction of the work done (0…1), about every 1%.
    public static func test(_ result: RegressionResult, term: String,
                            options: WildClusterBootstrapOptions = .init(),
                            progress: ((Double) -> Void)? = nil) throws(PolicyEffectError) -> WildClusterBootstrapResult {
        guard options.replications >= 1 else {
            throw .invalidBootstrap(reason: "the number of replications must be at least 1, not \(options.replications)")
        }
        guard options.confidenceLevel > 0 && options.confidenceLevel < 1 else {
            throw .invalidBootstrap(reason: "the confidence level must lie strictly between 0 and 1, not \(options.confidenceLevel)")
        }
        guard case let .cluster(names) = result.estimator, names.count == 1 else {
            throw .invalidBootstrap(reason: "the regression must use a one-way clustered covariance (vcov cluster:VAR), not \(result.estimator.label)")
        }
        let fit = result.fit
        guard let j = fit.termNames.firstIndex(of: term) else { throw .termNotEstimated(term) }
        if fit.hasIntercept && j == 0 {
            throw .invalidBootstrap(reason: "the intercept cannot be tested; choose a slope coefficient")
        }
        guard let cluster = (fit.clusters + fit.fixedEffects).first(where: { $0.name == names[0] }) else {
            throw .estimation(.unknownClusterVariable(names[0], available: (fit.clusters + fit.fixedEffects).map(\.name)))
        }
        guard cluster.levelCount >= 2 else { throw .singleCluster(variable: cluster.name, count: cluster.levelCount) }
        let problem = Problem(fit: fit, column: j, cluster: cluster, factor: result.correction.factor)
        let draws = Draws(options: options, clusters: cluster.levelCount)

        let estimate = fit.coefficients[j]
        let scale = fit.parameterTransform[j, j]   // β_j = scale · θ_j for a slope
        let standardError = result.coefficients[j].standardError
        let alpha = 1 - options.confidenceLevel
        let bisectionSteps = 40
        let intervalTolerance = 1e-4
        let plannedEvaluations = Double(1 + 2 * (bisectionSteps + 4))
        var evaluations = 0.0
        func pValue(_ nullValue: Double, report: Bool) -> (p: Double, t: Double) {
            let outcome = problem.pValue(nullWorking: nullValue / scale, draws: draws) { done in
                if report, let progress { progress(min(1, (evaluations + done) / plannedEvaluations)) }
            }
            evaluations += 1
            return outcome
        }
        let observed = pValue(options.nullValue, report: true)

        // Test inversion: bracket each end from the analytic interval, then bisect.
        var ends = [Double.nan, .nan]
        for (side, direction) in (options.computesInterval ? [-1.0, 1.0] : [Double]()).enumerated() {
            var inside = estimate
            var step = max(standardError, abs(estimate) * 1e-8, 1e-12)
            var outside = estimate + direction * 2.5 * step
            var expansions = 0
            while pValue(outside, report: true).p > alpha && expansions < 60 {
                inside = outside
                step *= 2
                outside = estimate + direction * 2.5 * step
                expansions += 1
            }
            for _ in 0..<bisectionSteps {
                let middle = (inside + outside) / 2
                if pValue(middle, report: true).p > alpha { inside = middle } else { outside = middle }
                if abs(outside - inside) <= intervalTolerance * max(standardError, 1e-300) { break }
            }
            ends[side] = (inside + outside) / 2
        }
        progress?(1)
        return WildClusterBootstrapResult(
            term: term, estimate: estimate, nullValue: options.nullValue, tStatistic: observed.t,
            pValue: observed.p, confidenceLow: ends[0], confidenceHigh: ends[1],
            confidenceLevel: options.confidenceLevel, replications: draws.count, enumerated: draws.enumerated,
            weights: options.weights, seed: options.seed, clusters: cluster.levelCount,
            clusterVariable: cluster.name,
            analyticPValue: StudentTDistribution(degreesOfFreedom: result.inferenceDegreesOfFreedom)
                .twoSidedPValue((estimate - options.nullValue) / standardError))
    }
}

extension WildClusterBootstrap {
    /// The fixed parts of the bootstrap: the working design, bread, residuals and the
    /// per-cluster sums that do not depend on the null value.
    struct Problem {
        let clusters: [Int]
        let clusterCount: Int
        let p: Int
        let factor: Double
        /// `θ̂_j` in working units.
        let thetaHat: Double
        /// `c_i = wᵢ (ZB)_{ij}`.
        let c: [Double]
        /// `wᵢ zᵢ` rows times `B` are formed per cluster; keep `Z` and `w`.
        let z: Matrix
        let weights: [Double]?
        let bread: Matrix
        /// Unrestricted residuals `ê`.
        let residuals: [Double]
        /// `r = ZB_{·j}/B_jj`.
        let r: [Double]
        /// `d_h = Σ_{i∈h} c_i zᵢ`, `G × p` row-major.
        let d: [Double]

        init(fit: RegressionFit, column j: Int, cluster: FactorCodes, factor: Double) {
            z = fit.workingDesign
            bread = fit.workingBread
            weights = fit.weights
            residuals = fit.residuals
            p = z.columns
            clusters = cluster.codes.map(Int.init)
            clusterCount = cluster.levelCount
            self.factor = factor
            let n = z.rows
            var zb = [Double](repeating: 0, count: n)  // (ZB)_{·j}
            for k in 0..<p {
                let b = bread[k, j]
                if b == 0 { continue }
                for i in 0..<n { zb[i] += z.storage[i + k * n] * b }
            }
            let bjj = bread[j, j]
            r = zb.map { $0 / bjj }
            c = weights.map { w in zip(zb, w).map { $0 * $1 } } ?? zb
            thetaHat = fit.coefficients[j] / fit.parameterTransform[j, j]
            var d = [Double](repeating: 0, count: clusterCount * p)
            for k in 0..<p {
                for i in 0..<n { d[clusters[i] * p + k] += c[i] * z.storage[i + k * n] }
            }
            self.d = d
        }

        /// The bootstrap p-value and observed t of `θ_j = nullWorking` (working units).
        func pValue(nullWorking: Double, draws: Draws, progress: (Double) -> Void) -> (p: Double, t: Double) {
            let n = z.rows
            let shift = thetaHat - nullWorking
            var a = [Double](repeating: 0, count: clusterCount)
            var scoreSums = [Double](repeating: 0, count: clusterCount * p)  // Σ_{i∈g} wᵢ zᵢ ẽᵢ
            var restricted = [Double](repeating: 0, count: n)
            for i in 0..<n {
                let e = residuals[i] + shift * r[i]
                restricted[i] = e
                a[clusters[i]] += c[i] * e
            }
            for k in 0..<p {
                for i in 0..<n { scoreSums[clusters[i] * p + k] += (weights?[i] ?? 1) * z.storage[i + k * n] * restricted[i] }
            }
            // f_g = B · scoreSums_g.
            var f = [Double](repeating: 0, count: clusterCount * p)
            for g in 0..<clusterCount {
                for row in 0..<p {
                    var sum = 0.0
                    for k in 0..<p { sum += bread[row, k] * scoreSums[g * p + k] }
                    f[g * p + row] = sum
                }
            }
            let observed = statistic(Array(repeating: 1, count: clusterCount), a: a, f: f)
            let threshold = abs(observed) * (1 - 1e-10)
            var exceed = 0
            var v = [Double](repeating: 0, count: clusterCount)
            let every = max(1, draws.count / 100)
            for b in 0..<draws.count {
                draws.fill(&v, draw: b)
                if abs(statistic(v, a: a, f: f)) >= threshold { exceed += 1 }
                if b % every == 0 { progress(Double(b) / Double(draws.count)) }
            }
            return (Double(exceed) / Double(draws.count), observed)
        }

        /// `t*(v) = Σ v_g a_g / sqrt(c_CR1 Σ_h (v_h a_h − d_h·Σ_g v_g f_g)²)`.
        func statistic(_ v: [Double], a: [Double], f: [Double]) -> Double {
            let p = self.p, clusterCount = self.clusterCount
            return v.withUnsafeBufferPointer { v in
                a.withUnsafeBufferPointer { a in
                    f.withUnsafeBufferPointer { f in
                        d.withUnsafeBufferPointer { d in
                            withUnsafeTemporaryAllocation(of: Double.self, capacity: p) { combined in
                                combined.initialize(repeating: 0)
                                var numerator = 0.0
                                for g in 0..<clusterCount {
                                    let vg = v[g]
                                    numerator += vg * a[g]
                                    for k in 0..<p { combined[k] += vg * f[g * p + k] }
                                }
                                var sum = 0.0
                                for h in 0..<clusterCount {
                                    var q = v[h] * a[h]
                                    for k in 0..<p { q -= d[h * p + k] * combined[k] }
                                    sum += q * q
                                }
                                return numerator / (factor * sum).squareRoot()
                            }
                        }
                    }
                }
            }
        }
    }

    /// The multiplier draws: random from `SplitMix64`, or every Rademacher sign vector.
    struct Draws {
        let count: Int
        let enumerated: Bool
        let clusters: Int
        /// Indices into `values`, `count × clusters` (empty when enumerated).
        let codes: [UInt8]
        let values: [Double]

        init(options: WildClusterBootstrapOptions, clusters: Int) {
            self.clusters = clusters
            values = options.weights.values
            if options.weights == .rademacher && options.enumeratesRademacher && clusters < 62
                && (1 << clusters) <= options.replications {
                count = 1 << clusters
                enumerated = true
                codes = []
                return
            }
            count = options.replications
            enumerated = false
            var generator = SplitMix64(seed: options.seed)
            var codes = [UInt8](repeating: 0, count: count * clusters)
            for index in codes.indices {
                switch options.weights {
                case .rademacher: codes[index] = UInt8(generator.next() >> 63)
                case .webb: codes[index] = UInt8(generator.index(below: 6))
                }
            }
            self.codes = codes
        }

        /// Writes draw `b` into `v`.
        func fill(_ v: inout [Double], draw b: Int) {
            let clusters = self.clusters
            v.withUnsafeMutableBufferPointer { v in
                if enumerated {
                    for g in 0..<clusters { v[g] = (b >> g) & 1 == 1 ? 1 : -1 }
                } else {
                    codes.withUnsafeBufferPointer { codes in
                        values.withUnsafeBufferPointer { values in
                            let base = b * clusters
                            for g in 0..<clusters { v[g] = values[Int(codes[base + g])] }
                        }
                    }
                }
            }
        }
    }
}
