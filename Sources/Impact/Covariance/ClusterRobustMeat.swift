/// The meat of cluster-robust covariances (Liang and Zeger 1986; Cameron, Gelbach and
/// Miller 2011).
///
/// One-way: `M = Σ_g s_g s_gᵀ` with `s_g = Σ_{i∈g} wᵢ eᵢ zᵢ` the score sum of cluster `g`.
/// Two-way: `M = M₁ + M₂ − M₁₂`, `M₁₂` the one-way meat over the intersection clusters
/// (pairs of levels observed together). The small-sample factor (`G/(G − 1)·(N − 1)/(N − K_c)`
/// by default) is applied by `SmallSampleCorrection`; the repair of a two-way matrix that
/// is not positive semidefinite is done by `Sandwich` on the final covariance.
enum ClusterRobustMeat {
    /// The meat for one or two cluster dimensions.
    static func meat(of fit: RegressionFit, clusters: [FactorCodes]) throws(EstimationError) -> Matrix {
        precondition((1...2).contains(clusters.count), "one- or two-way clustering only")
        var meat = try oneWay(scoresOf: fit, by: clusters[0])
        if clusters.count == 2 {
            let second = try oneWay(scoresOf: fit, by: clusters[1])
            // The intersection clusters: observed pairs of levels (the design's factor combination).
            let pairs = FactorLevels.combination(clusters, name: "\(clusters[0].name)×\(clusters[1].name)")
            let both = try oneWay(scoresOf: fit, by: pairs)
            for index in meat.storage.indices { meat.storage[index] += second.storage[index] - both.storage[index] }
        }
        return meat
    }

    /// `Σ_g s_g s_gᵀ` with `s_g = Σ_{i∈g} wᵢ eᵢ zᵢ` the score sum of cluster `g`; each score
    /// `wᵢ eᵢ zᵢⱼ` is formed as it is added, so no n × k score matrix is made.
    static func oneWay(scoresOf fit: RegressionFit, by factor: FactorCodes) throws(EstimationError) -> Matrix {
        if let structured = fit.structuredDesign { return try structured.scoreGram(clusters: factor) }
        let z = fit.workingDesign
        let n = z.rows, p = z.columns, g = factor.levelCount
        if isGrouped(factor) { return groupedMeat(z, residuals: fit.residuals, weights: fit.weights, factor: factor) }
        var sums = Matrix(rows: g, columns: p)
        let weights = fit.weights
        sums.storage.withUnsafeMutableBufferPointer { sums in
            z.storage.withUnsafeBufferPointer { z in
                factor.codes.withUnsafeBufferPointer { codes in
                    fit.residuals.withUnsafeBufferPointer { e in
                        for j in 0..<p {
                            for i in 0..<n {
                                let scale = (weights?[i] ?? 1) * e[i]
                                sums[Int(codes[i]) + j * g] += z[i + j * n] * scale
                            }
                        }
                    }
                }
            }
        }
        return try numeric { () throws(LinearAlgebraError) in try sums.gram() }
    }

    /// Whether each cluster's observations are consecutive and the clusters numbered in
    /// order (codes `0, 0, 1, 1, 1, 2, …`: a panel sorted by the cluster variable, its
    /// levels numbered by first appearance).
    static func isGrouped(_ factor: FactorCodes) -> Bool {
        factor.codes.withUnsafeBufferPointer { codes in
            guard let first = codes.first, first == 0 else { return codes.isEmpty }
            for i in 1..<codes.count where codes[i] != codes[i - 1] && codes[i] != codes[i - 1] + 1 {
                return false
            }
            return true
        }
    }

    /// ``oneWay(scoresOf:by:)`` for grouped clusters (``isGrouped(_:)``): each cluster's score
    /// sum `s_g` is formed in a `p`-vector as its rows go by (the same terms added in the
    /// same order as in the `G × p` matrix of sums) and its outer product added to the meat
    /// when the cluster ends, so no `G × p` matrix is made. The meat's entries are the sums
    /// over clusters in cluster order (BLAS's `dsyrk` of the matrix of sums blocks them
    /// differently, so the last bits may differ).
    private static func groupedMeat(_ z: Matrix, residuals: [Double], weights: [Double]?,
                                    factor: FactorCodes) -> Matrix {
        let n = z.rows, p = z.columns
        var meat = [Double](repeating: 0, count: p * p)
        var sum = [Double](repeating: 0, count: p)
        z.storage.withUnsafeBufferPointer { z in
            factor.codes.withUnsafeBufferPointer { codes in
                residuals.withUnsafeBufferPointer { e in
                    meat.withUnsafeMutableBufferPointer { meat in
                        sum.withUnsafeMutableBufferPointer { sum in
                            for i in 0..<n {
                                let scale = (weights?[i] ?? 1) * e[i]
                                for j in 0..<p { sum[j] += z[i + j * n] * scale }
                                if i + 1 == n || codes[i + 1] != codes[i] {
                                    for b in 0..<p {
                                        for a in 0...b { meat[a + b * p] += sum[a] * sum[b] }
                                    }
                                    for j in 0..<p { sum[j] = 0 }
                                }
                            }
                        }
                    }
                }
            }
        }
        for b in 0..<p {
            for a in (b + 1)..<p { meat[a + b * p] = meat[b + a * p] }
        }
        return Matrix(rows: p, columns: p, storage: meat)
    }
}
