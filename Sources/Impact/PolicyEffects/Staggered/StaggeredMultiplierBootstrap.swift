/// A seeded multiplier bootstrap of influence functions (Callaway and Sant'Anna 2021,
/// Algorithm 1; `did::mboot`).
///
/// Each replication b draws one multiplier v_bi per firm and forms
/// R_b = sqrt(n) · mean_i(v_bi · IF_i). The standard error is the interquartile range of
/// the R_b (empirical quantiles, type 1) divided by the IQR of the standard normal
/// (Φ⁻¹(0.75) − Φ⁻¹(0.25) ≈ 1.3490), divided by sqrt(n): the robust scale `did` uses.
///
/// With clusters above the firm (`did`'s `clustervars`), one multiplier per cluster
/// multiplies the cluster's mean influence function and n becomes the number of clusters G.
///
/// Conventions: firms are the resampling clusters unless clusters are given. The multipliers come from
/// ``SplitMix64`` seeded with ``seed``, drawn replication by replication and cluster by cluster
/// in panel order; the same draws serve every cell and aggregation of a result, so the
/// output is deterministic for a seed (it does not reproduce R's random numbers).
public struct StaggeredMultiplierBootstrap: Sendable, Equatable {
    /// Number of replications B; default 1000 (as `did`'s `biters`). At least 2.
    public var replications: Int
    /// Seed of the generator; default 20240101.
    public var seed: UInt64
    /// Multiplier distribution; default ``StaggeredMultiplierWeights/mammen``.
    public var weights: StaggeredMultiplierWeights

    /// Creates a bootstrap configuration.
    public init(replications: Int = 1000, seed: UInt64 = 20_240_101,
                weights: StaggeredMultiplierWeights = .mammen) {
        self.replications = replications
        self.seed = seed
        self.weights = weights
    }

    /// Φ⁻¹(0.75) − Φ⁻¹(0.25), the interquartile range of the standard normal.
    static let normalInterquartileRange = 1.3489795003921634

    /// Largest number of multipliers held at once (a block of replications × clusters):
    /// 2²² doubles, 32 MB.
    static let blockCapacity = 1 << 22

    /// The replications drawn together for `clusterCount` clusters: as many as fit in
    /// ``blockCapacity``, at least one.
    func blockSize(clusterCount: Int) -> Int {
        max(1, min(replications, Self.blockCapacity / max(clusterCount, 1)))
    }

    /// The bootstrap statistics R_bk = sqrt(G) · mean_c(v_bc · ĪF_ck) of K influence
    /// functions (the columns of the n × K `influence`), as a `replications × K` matrix.
    ///
    /// ĪF_c is the mean influence function of cluster c (`did::mboot`'s
    /// `rowsum(inf.func, cluster)/cluster_n`); without `clusters` every firm is its own
    /// cluster. Multipliers are drawn replication by replication, cluster by cluster, in
    /// blocks of ``blockSize(clusterCount:)`` replications, each block one BLAS `dgemm`
    /// (block × G times G × K): memory grows with the data, not with draws × firms. The
    /// block's multipliers are written replication after replication (a G × block matrix,
    /// multiplied transposed) into one buffer reused by every full block.
    func statistics(of influence: Matrix, clusters: StaggeredClusters?) throws(LinearAlgebraError) -> Matrix {
        let means = clusters?.means(of: influence) ?? influence
        let g = means.rows, k = means.columns
        let scale = Double(g).squareRoot() / Double(g)
        var generator = SplitMix64(seed: seed)
        var result = Matrix(rows: replications, columns: k)
        let block = blockSize(clusterCount: g)
        var buffer = Matrix(rows: g, columns: block)
        var start = 0
        while start < replications {
            let count = min(block, replications - start)
            if count < block {
                buffer = Matrix(rows: 0, columns: 0)   // freed before the last, smaller block is made
                buffer = Matrix(rows: g, columns: count)
            }
            buffer.storage.withUnsafeMutableBufferPointer { weights.fill($0, using: &generator) }
            let product = try buffer.multiplied(by: means, transposeSelf: true)
            for j in 0..<k {
                for b in 0..<count { result[start + b, j] = scale * product[b, j] }
            }
            start += count
        }
        return result
    }

    /// The robust scale of bootstrap statistics: their interquartile range (type-1
    /// quantiles) over that of the standard normal, `did`'s `bSigma`.
    static func robustScale(_ statistics: [Double]) -> Double {
        let sorted = statistics.sorted()
        return (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / normalInterquartileRange
    }

    /// Type-1 empirical quantile of sorted values: the smallest x with F(x) ≥ p.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let index = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(index, 0), sorted.count - 1)]
    }
}
