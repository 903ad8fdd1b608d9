/// Clusters above the firm for the multiplier bootstrap: one cluster code per firm.
///
/// Conventions: codes run over `0..<count` in order of first appearance; a firm belongs to
/// one cluster in every period (the cluster variable must not vary within a firm, as `did`
/// requires).
public struct StaggeredClusters: Sendable, Equatable {
    /// Name of the cluster column.
    public let name: String
    /// Cluster code of each firm, in panel order.
    public let codes: [Int]
    /// Number of clusters G.
    public let count: Int

    /// Creates clusters from one code per firm (`0..<count`).
    public init(name: String, codes: [Int]) {
        self.name = name
        self.codes = codes
        self.count = (codes.max() ?? -1) + 1
    }

    /// The G × K matrix of cluster means of the n × K `influence`: row c is
    /// Σ_{i∈c} IF_i / n_c.
    func means(of influence: Matrix) -> Matrix {
        var sizes = [Double](repeating: 0, count: count)
        for code in codes { sizes[code] += 1 }
        var result = Matrix(rows: count, columns: influence.columns)
        for j in 0..<influence.columns {
            for (i, code) in codes.enumerated() { result[code, j] += influence[i, j] / sizes[code] }
        }
        return result
    }
}
