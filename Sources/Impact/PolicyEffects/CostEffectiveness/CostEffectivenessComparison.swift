/// The effect per 万元 by every method available, printed together so the gap between
/// attribution (the naive ratio) and causation (dose response, DiD) is plain.
public struct CostEffectivenessComparison: Sendable, Equatable {
    /// The estimates, in the order naive, dose response, DiD or Callaway–Sant'Anna (those
    /// computed), all over the same horizon.
    public let estimates: [CostEffectivenessEstimate]
    /// How the figures were put on one basis (horizon, subsidy basis) and warnings.
    public let notes: [CostEffectivenessNote]

    /// Creates a comparison; `estimates` are shown in the given order.
    public init(_ estimates: [CostEffectivenessEstimate], notes: [CostEffectivenessNote] = []) {
        self.estimates = estimates
        self.notes = notes
    }

    /// The estimate by `method`, if computed.
    public func estimate(_ method: CostEffectivenessMethod) -> CostEffectivenessEstimate? {
        estimates.first { $0.method == method }
    }
}
