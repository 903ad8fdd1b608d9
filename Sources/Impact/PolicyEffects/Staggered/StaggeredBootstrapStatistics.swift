/// The multiplier bootstrap's statistics for every influence function a result reports:
/// the ATT(g,t) cells and, for each aggregation, its overall effect and its components.
///
/// Holds the `replications × K` statistics R_bk (K = cells + aggregation columns, a few
/// dozen), never the multipliers, so a result stays small whatever the number of firms.
/// Standard errors are σ_k/sqrt(G) with σ_k = ``StaggeredMultiplierBootstrap/robustScale(_:)``
/// and G the number of clusters (firms unless clustered).
struct StaggeredBootstrapStatistics: Sendable, Equatable {
    /// Where one aggregation's influence functions sit among the columns.
    struct AggregationColumns: Sendable, Equatable {
        /// Column of the overall effect.
        let overall: Int
        /// Columns of the components, in component order.
        let components: Range<Int>
    }

    /// R_bk, `replications × K`.
    let statistics: Matrix
    /// σ_k for every column.
    let scales: [Double]
    /// Number of clusters G (firms when not clustered).
    let clusterCount: Int
    /// Columns of the ATT(g,t) cells, in ``StaggeredResult/effects`` order.
    let cells: Range<Int>
    /// Columns of each aggregation.
    let aggregations: [StaggeredAggregation: AggregationColumns]

    init(statistics: Matrix, clusterCount: Int, cells: Range<Int>,
         aggregations: [StaggeredAggregation: AggregationColumns]) {
        self.statistics = statistics
        self.scales = (0..<statistics.columns).map { StaggeredMultiplierBootstrap.robustScale(statistics.column($0)) }
        self.clusterCount = clusterCount
        self.cells = cells
        self.aggregations = aggregations
    }

    /// The bootstrap standard error of column k: σ_k/sqrt(G).
    func standardError(_ column: Int) -> Double {
        scales[column] / Double(clusterCount).squareRoot()
    }

    /// The critical value of a uniform `level` band over `columns` (`did`'s sup-t): the
    /// type-1 `level` quantile over replications of max_k |R_bk|/σ_k. Columns with σ_k at or
    /// below 1e-7 (fixed base-period cells) are left out, as in `did::mboot`; `nil` when none
    /// is left.
    func uniformCriticalValue(_ columns: Range<Int>, level: Double) -> Double? {
        let used = columns.filter { scales[$0] > 1e-7 }
        guard !used.isEmpty else { return nil }
        let maxima = (0..<statistics.rows).map { b in
            used.reduce(0.0) { max($0, abs(statistics[b, $1]) / scales[$1]) }
        }
        return StaggeredMultiplierBootstrap.quantile(maxima.sorted(), level)
    }
}
