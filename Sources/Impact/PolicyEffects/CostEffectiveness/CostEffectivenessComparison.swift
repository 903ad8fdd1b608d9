/// The effect per 万元 by every method available, printed together so the gap between
/// attribution (the naive ratio) and causation (dose response, DiD) is plain.
public struct CostEffectivenessComparison: Sendable, Equatable {
    /// The estimates, in the order naive, dose response, DiD (those computed).
    public let estimates: [CostEffectivenessEstimate]

    /// Creates a comparison; `estimates` are shown in the given order.
    public init(_ estimates: [CostEffectivenessEstimate]) {
        self.estimates = estimates
    }

    /// The estimate by `method`, if computed.
    public func estimate(_ method: CostEffectivenessMethod) -> CostEffectivenessEstimate? {
        estimates.first { $0.method == method }
    }
}
