/// A seeded multiplier bootstrap of influence functions (Callaway and Sant'Anna 2021,
/// Algorithm 1; `did::mboot`).
///
/// Each replication b draws one multiplier v_bi per firm and forms
/// R_b = sqrt(n) · mean_i(v_bi · IF_i). The standard error is the interquartile range of
/// the R_b (empirical quantiles, type 1) divided by the IQR of the standard normal
/// (Φ⁻¹(0.75) − Φ⁻¹(0.25) ≈ 1.3490), divided by sqrt(n): the robust scale `did` uses.
///
/// Conventions: firms are the resampling clusters. The multipliers come from
/// ``SplitMix64`` seeded with ``seed``, drawn replication by replication and firm by firm
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

    /// The multipliers as a `replications × unitCount` matrix; drawn replication by
    /// replication, firm by firm.
    func multipliers(unitCount: Int) -> Matrix {
        var generator = SplitMix64(seed: seed)
        var draws = Matrix(rows: replications, columns: unitCount)
        for b in 0..<replications {
            for i in 0..<unitCount { draws[b, i] = weights.draw(using: &generator) }
        }
        return draws
    }

    /// The bootstrap standard error of an influence function (length n): the statistics
    /// R_b = sqrt(n)·mean_i(v_bi·IF_i) are one matrix-vector product (BLAS `dgemv`).
    func standardError(of influenceFunction: [Double], multipliers: Matrix) -> Double {
        let n = Double(influenceFunction.count)
        guard let sums = try? multipliers.times(influenceFunction) else { return .nan }
        let statistics = sums.map { n.squareRoot() * $0 / n }.sorted()
        let spread = Self.quantile(statistics, 0.75) - Self.quantile(statistics, 0.25)
        return spread / Self.normalInterquartileRange / n.squareRoot()
    }

    /// The critical value of a uniform (simultaneous) confidence band over several
    /// influence functions: the `level` quantile (type 1) over replications of
    /// max_k |R_bk| / σ_k, with σ_k each column's IQR-based scale; columns with a scale
    /// below 1e-7 (such as the fixed base-period cells) are left out, as in `did::mboot`.
    /// `nil` when no column is left.
    func uniformCriticalValue(of influences: [[Double]], multipliers: Matrix, level: Double) -> Double? {
        var maxima = [Double](repeating: 0, count: replications)
        var any = false
        for column in influences {
            let n = Double(column.count)
            guard let sums = try? multipliers.times(column) else { continue }
            let statistics = sums.map { n.squareRoot() * $0 / n }
            let sorted = statistics.sorted()
            let scale = (Self.quantile(sorted, 0.75) - Self.quantile(sorted, 0.25)) / Self.normalInterquartileRange
            guard scale > 1e-7 else { continue }
            any = true
            for b in 0..<replications { maxima[b] = max(maxima[b], abs(statistics[b]) / scale) }
        }
        return any ? Self.quantile(maxima.sorted(), level) : nil
    }

    /// Type-1 empirical quantile of sorted values: the smallest x with F(x) ≥ p.
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let index = Int((p * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(index, 0), sorted.count - 1)]
    }
}
