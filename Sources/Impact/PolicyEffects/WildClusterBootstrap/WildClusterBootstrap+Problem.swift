extension WildClusterBootstrap {
    /// The fixed parts of the bootstrap: the working design, bread, residuals and the
    /// per-cluster sums that do not depend on the null value.
    struct Problem: Sendable {
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

        /// The per-cluster sums of the statistic's two parts, `a_g = a⁰_g + s·a¹_g` and
        /// `f_g = f⁰_g + s·f¹_g` (`G × p` row-major), for the shift `s = θ̂_j − θ₀`: the
        /// restricted residuals are `ẽ = ê + s·r`, and `a`, `f` are linear in them.
        ///
        /// - Throws: a ``LinearAlgebraError`` from the BLAS product (only for dimensions
        ///   beyond 32-bit integers).
        func clusterSums() throws(LinearAlgebraError) -> ClusterSums {
            let n = z.rows
            var a0 = [Double](repeating: 0, count: clusterCount), a1 = a0
            var s0 = [Double](repeating: 0, count: clusterCount * p), s1 = s0  // Σ_{i∈g} wᵢ zᵢ (ê or r)
            for i in 0..<n {
                a0[clusters[i]] += c[i] * residuals[i]
                a1[clusters[i]] += c[i] * r[i]
            }
            for k in 0..<p {
                for i in 0..<n {
                    let wz = (weights?[i] ?? 1) * z.storage[i + k * n]
                    s0[clusters[i] * p + k] += wz * residuals[i]
                    s1[clusters[i] * p + k] += wz * r[i]
                }
            }
            // f_g = B · S_g for every cluster at once: S is, column-major, the p × G matrix
            // whose column g is S_g, so F = B · S (BLAS dgemm) holds f_g in its column g.
            let f0 = try bread.multiplied(by: Matrix(rows: p, columns: clusterCount, storage: s0)).storage
            let f1 = try bread.multiplied(by: Matrix(rows: p, columns: clusterCount, storage: s1)).storage
            return ClusterSums(a0: a0, a1: a1, f0: f0, f1: f1)
        }

        /// The five numbers of one draw `v` from which its statistic at any null value follows
        /// (see ``DrawStatistics``): with `N⁰ = Σ v_g a⁰_g`, `N¹ = Σ v_g a¹_g` and the cluster
        /// scores `q⁰_h = v_h a⁰_h − d_h·Σ_g v_g f⁰_g`, `q¹_h` likewise, it returns
        /// `(N⁰, N¹, Σ q⁰², Σ q⁰q¹, Σ q¹²)`. `O(G·p)`.
        func drawCoefficients(_ v: UnsafeBufferPointer<Double>, sums: ClusterSums,
                              combined: UnsafeMutableBufferPointer<Double>) -> DrawCoefficients {
            let p = self.p, clusterCount = self.clusterCount
            return sums.a0.withUnsafeBufferPointer { a0 in
                sums.a1.withUnsafeBufferPointer { a1 in
                    sums.f0.withUnsafeBufferPointer { f0 in
                        sums.f1.withUnsafeBufferPointer { f1 in
                            d.withUnsafeBufferPointer { d in
                                combined.initialize(repeating: 0)   // Σ_g v_g f⁰_g, then Σ_g v_g f¹_g
                                var n0 = 0.0, n1 = 0.0
                                for g in 0..<clusterCount {
                                    let vg = v[g]
                                    n0 += vg * a0[g]
                                    n1 += vg * a1[g]
                                    for k in 0..<p {
                                        combined[k] += vg * f0[g * p + k]
                                        combined[p + k] += vg * f1[g * p + k]
                                    }
                                }
                                var q00 = 0.0, q01 = 0.0, q11 = 0.0
                                for h in 0..<clusterCount {
                                    var q0 = v[h] * a0[h], q1 = v[h] * a1[h]
                                    for k in 0..<p {
                                        q0 -= d[h * p + k] * combined[k]
                                        q1 -= d[h * p + k] * combined[p + k]
                                    }
                                    q00 += q0 * q0
                                    q01 += q0 * q1
                                    q11 += q1 * q1
                                }
                                return DrawCoefficients(n0: n0, n1: n1, q00: q00, q01: q01, q11: q11)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The cluster sums of ``Problem/clusterSums()``.
    struct ClusterSums: Sendable {
        let a0: [Double], a1: [Double], f0: [Double], f1: [Double]
    }

    /// One draw's statistic as a function of the shift `s = θ̂_j − θ₀` (working units):
    /// `t*(s) = (N⁰ + s·N¹) / √(c_CR1 · (Q⁰⁰ + 2s·Q⁰¹ + s²·Q¹¹))`, exact algebra of
    /// `t* = Σ v_g a_g / √(c_CR1 Σ_h q_h²)` with `a`, `q` linear in `s`.
    struct DrawCoefficients: Sendable {
        let n0: Double, n1: Double, q00: Double, q01: Double, q11: Double

        /// `t*(s)` under the CR1 factor `factor`.
        func statistic(shift s: Double, factor: Double) -> Double {
            (n0 + s * n1) / (factor * (q00 + 2 * s * q01 + s * s * q11)).squareRoot()
        }
    }
}
