extension WildClusterBootstrap {
    /// The fixed parts of the bootstrap: the cluster-level sums of the working design,
    /// bread and residuals that do not depend on the draws or the null value.
    ///
    /// Everything observation-level is reduced to `G`-sized sums in one pass over the
    /// observations (no `n`-sized array is formed): with `ζᵢ = (ZB)_{ij}`, `rᵢ = ζᵢ/B_jj`
    /// and `cᵢ = wᵢ ζᵢ`, for each cluster `g`
    /// `a⁰_g = Σ cᵢ êᵢ`, `a¹_g = Σ cᵢ rᵢ`, `d_g = Σ cᵢ zᵢ`, `S⁰_g = Σ wᵢ zᵢ êᵢ`,
    /// `S¹_g = Σ wᵢ zᵢ rᵢ` (sums over `i ∈ g`, in observation order), then `f_g = B S_g`.
    struct Problem: Sendable {
        let clusterCount: Int
        let p: Int
        let factor: Double
        /// `θ̂_j` in working units.
        let thetaHat: Double
        /// `d_h = Σ_{i∈h} c_i zᵢ`, `G × p` row-major.
        let d: [Double]
        /// `a⁰`, `a¹`, `f⁰ = B S⁰`, `f¹ = B S¹`.
        let sums: ClusterSums

        /// - Throws: a ``LinearAlgebraError`` from the BLAS product `B · S` (only for
        ///   dimensions beyond 32-bit integers).
        init(fit: RegressionFit, column j: Int, cluster: FactorCodes, factor: Double) throws(LinearAlgebraError) {
            let z = fit.workingDesign, bread = fit.workingBread
            p = z.columns
            clusterCount = cluster.levelCount
            self.factor = factor
            thetaHat = fit.coefficients[j] / fit.parameterTransform[j, j]
            let column = (0..<p).map { bread[$0, j] }
            let accumulated = Self.accumulate(z: z, column: column, bjj: bread[j, j], weights: fit.weights,
                                              residuals: fit.residuals, codes: cluster.codes, clusters: clusterCount)
            d = accumulated.d
            // f_g = B · S_g for every cluster at once: S is, column-major, the p × G matrix
            // whose column g is S_g, so F = B · S (BLAS dgemm) holds f_g in its column g.
            let f0 = try bread.multiplied(by: Matrix(rows: p, columns: clusterCount, storage: accumulated.s0)).storage
            let f1 = try bread.multiplied(by: Matrix(rows: p, columns: clusterCount, storage: accumulated.s1)).storage
            sums = ClusterSums(a0: accumulated.a0, a1: accumulated.a1, f0: f0, f1: f1)
        }

        /// The one pass over the observations (see the type's documentation); `column` is
        /// `B_{·j}`. `d`, `s0`, `s1` are `G × p` row-major.
        // Long: one fused loop over the observations with its pointer set-up.
        private static func accumulate(z: Matrix, column: [Double], bjj: Double, weights: [Double]?,
                                       residuals: [Double], codes: [Int32], clusters: Int)
            -> (a0: [Double], a1: [Double], d: [Double], s0: [Double], s1: [Double]) {
            let n = z.rows, p = z.columns
            var a0 = [Double](repeating: 0, count: clusters), a1 = a0
            var d = [Double](repeating: 0, count: clusters * p), s0 = d, s1 = d
            z.storage.withUnsafeBufferPointer { z in
                residuals.withUnsafeBufferPointer { residuals in
                    codes.withUnsafeBufferPointer { codes in
                        column.withUnsafeBufferPointer { column in
                            a0.withUnsafeMutableBufferPointer { a0 in
                                a1.withUnsafeMutableBufferPointer { a1 in
                                    d.withUnsafeMutableBufferPointer { d in
                                        s0.withUnsafeMutableBufferPointer { s0 in
                                            s1.withUnsafeMutableBufferPointer { s1 in
                                                for i in 0..<n {
                                                    var zb = 0.0   // (ZB)_{ij}, summed over k in order
                                                    for k in 0..<p where column[k] != 0 { zb += z[i + k * n] * column[k] }
                                                    let w = weights?[i] ?? 1
                                                    let r = zb / bjj, c = weights == nil ? zb : zb * w
                                                    let e = residuals[i], g = Int(codes[i])
                                                    a0[g] += c * e
                                                    a1[g] += c * r
                                                    for k in 0..<p {
                                                        let zk = z[i + k * n], wz = w * zk
                                                        d[g * p + k] += c * zk
                                                        s0[g * p + k] += wz * e
                                                        s1[g * p + k] += wz * r
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return (a0, a1, d, s0, s1)
        }

        /// The five numbers of one draw `v` from which its statistic at any null value follows
        /// (see ``DrawCoefficients``): with `N⁰ = Σ v_g a⁰_g`, `N¹ = Σ v_g a¹_g` and the cluster
        /// scores `q⁰_h = v_h a⁰_h − d_h·Σ_g v_g f⁰_g`, `q¹_h` likewise, it returns
        /// `(N⁰, N¹, Σ q⁰², Σ q⁰q¹, Σ q¹²)`. `O(G·p)`; used for the observed statistic
        /// (`v = 1`), the draws go through ``DrawKernel``.
        func drawCoefficients(_ v: UnsafeBufferPointer<Double>,
                              combined: UnsafeMutableBufferPointer<Double>) -> DrawCoefficients {
            let p = self.p, clusterCount = self.clusterCount
            let sums = self.sums
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

    /// The cluster sums of ``Problem``: `a⁰`, `a¹` (length `G`), `f⁰`, `f¹` (`p × G`
    /// column-major: `f_g` in column `g`).
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
