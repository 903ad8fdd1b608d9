/// The distribution of the cluster-level multipliers `v_g` of a wild cluster bootstrap.
///
/// - `rademacher`: ±1 with probability ½ each. With `G` clusters there are only `2^G`
///   distinct draws (and `2^(G−1)` distinct `|t*|`, because `v` and `−v` give the same
///   statistic); see `WildClusterBootstrapOptions` for full enumeration.
/// - `webb`: six points `±√(1/2), ±1, ±√(3/2)`, each with probability 1/6 (Webb 2023),
///   mean 0 and variance 1; recommended with fewer than about 10 clusters.
public enum WildBootstrapWeights: String, Sendable, CaseIterable, Codable {
    /// ±1, equal probabilities.
    case rademacher
    /// Webb's six-point distribution.
    case webb

    /// The support points, in the order the generator indexes them.
    var values: [Double] {
        switch self {
        case .rademacher: return [-1, 1]
        case .webb: return [-(1.5).squareRoot(), -1, -(0.5).squareRoot(), (0.5).squareRoot(), 1, (1.5).squareRoot()]
        }
    }
}
