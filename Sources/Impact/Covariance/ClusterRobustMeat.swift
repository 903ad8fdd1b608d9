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
}
