/// The effect per 万元 by every method available, printed together so the gap between
/// attribution (the naive ratio) and causation (dose response, DiD) is plain.
public struct CostEffectivenessComparison: Sendable, Equatable, Encodable {
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

    private enum Keys: String, CodingKey { case unit, estimates, naive, dose_response, did }

    /// `{"unit":"万元 per 万元","estimates":[…],"naive":{…},"dose_response":{…},"did":{…}}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("万元 per 万元", forKey: .unit)
        try container.encode(estimates, forKey: .estimates)
        try container.encode(estimate(.naiveAttribution), forKey: .naive)
        try container.encode(estimate(.doseResponse), forKey: .dose_response)
        try container.encode(estimate(.differenceInDifferences), forKey: .did)
    }
}
