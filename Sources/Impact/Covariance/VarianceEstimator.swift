import Foundation

/// The covariance estimators of a least-squares fit.
///
/// Each is a "meat" between the same bread (see `Sandwich`):
/// - `iid`: `σ̂² (XᵀWX)⁻¹`, homoskedastic errors.
/// - `hc0`…`hc3`: heteroskedasticity-robust (White; HC1 scales by `n/(n − k)`; HC2 and HC3
///   divide squared residuals by `1 − hᵢᵢ` and `(1 − hᵢᵢ)²`, `hᵢᵢ` the leverage).
/// - `cluster(names)`: one name gives one-way cluster-robust CR1; two names give two-way
///   clustering (Cameron, Gelbach and Miller 2011).
/// Small-sample factors and degrees of freedom are in `SmallSampleCorrection`.
public enum VarianceEstimator: Sendable, Equatable, Hashable {
    /// Classical homoskedastic covariance (statsmodels `nonrobust`, pyfixest `iid`).
    case iid
    /// White's heteroskedasticity-robust covariance without correction.
    case hc0
    /// HC0 times `n/(n − K)` (statsmodels `HC1`, pyfixest `hetero`, Stata `robust`).
    case hc1
    /// Squared residuals divided by `1 − hᵢᵢ` (only without fixed effects).
    case hc2
    /// Squared residuals divided by `(1 − hᵢᵢ)²` (only without fixed effects).
    case hc3
    /// Cluster-robust covariance by one or two variables of the model frame (CR1).
    case cluster([String])

    /// The cluster variables of `.cluster(names)`; none for the other estimators.
    public var clusterVariables: [String] {
        if case let .cluster(names) = self { names } else { [] }
    }

    /// Short label used in results and JSON: `iid`, `hc1`, `cluster:firm_id`,
    /// `cluster:firm_id,year` (the `--vcov` syntax of the command line).
    public var label: String {
        switch self {
        case .iid: return "iid"
        case .hc0: return "hc0"
        case .hc1: return "hc1"
        case .hc2: return "hc2"
        case .hc3: return "hc3"
        case let .cluster(names): return "cluster:" + names.joined(separator: ",")
        }
    }

    /// Parses a label as produced by `label` (`iid`, `hc0`…`hc3`, `cluster:A` or
    /// `cluster:A,B`); `nil` for anything else.
    public init?(label: String) {
        switch label.lowercased() {
        case "iid": self = .iid
        case "hc0": self = .hc0
        case "hc1": self = .hc1
        case "hc2": self = .hc2
        case "hc3": self = .hc3
        default:
            guard label.lowercased().hasPrefix("cluster:") else { return nil }
            let names = label.dropFirst("cluster:".count).split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard (1...2).contains(names.count), names.allSatisfy({ !$0.isEmpty }) else { return nil }
            self = .cluster(names)
        }
    }
}
