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
    /// (block × G times G × K): memory grows with the data, not with draws × firms.
    func statistics(of influence: Matrix, clusters: StaggeredClusters?) throws(LinearAlgebraError) -> Matrix {
        try statistics(of: [influence], clusters: clusters)
    }

    /// The statistics of the columns of several n × K_p matrices side by side (the columns of
    /// `parts[0]` first): the same numbers as ``statistics(of:clusters:)`` of the matrix that
    /// joins them, without joining them (each block of multipliers is multiplied by each part).
    func statistics(of parts: [Matrix], clusters: StaggeredClusters?) throws(LinearAlgebraError) -> Matrix {
        let means = parts.map { clusters?.means(of: $0) ?? $0 }
        let g = means.first?.rows ?? 0, k = means.reduce(0) { $0 + $1.columns }
        let scale = Double(g).squareRoot() / Double(g)
        var generator = SplitMix64(seed: seed)
        var result = Matrix(rows: replications, columns: k)
        let block = blockSize(clusterCount: g)
        var start = 0
        while start < replications {
            let count = min(block, replications - start)
            var draws = Matrix(rows: count, columns: g)
            for b in 0..<count {
                for c in 0..<g { draws[b, c] = weights.draw(using: &generator) }
            }
            var first = 0
            for part in means {
                let product = try draws.multiplied(by: part)
                for j in 0..<part.columns {
                    for b in 0..<count { result[start + b, first + j] = scale * product[b, j] }
                }
                first += part.columns
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
