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
        ///
        /// - Throws: a ``LinearAlgebraError`` from the BLAS product (only for dimensions
        ///   beyond 32-bit integers).
        func pValue(nullWorking: Double, draws: Draws,
                    progress: (Double) -> Void) throws(LinearAlgebraError) -> (p: Double, t: Double) {
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
            // f_g = B · scoreSums_g for every cluster at once: `scoreSums` is, column-major,
            // the p × G matrix whose column g is scoreSums_g, so F = B · S (BLAS dgemm) holds
            // f_g in its column g, at the same offsets g·p + row.
            let f = try bread.multiplied(by: Matrix(rows: p, columns: clusterCount, storage: scoreSums)).storage
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
}
