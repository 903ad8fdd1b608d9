/// A cap on the total: when the execution rate is below `rateBelow` percent, the total
/// is at most `maximumTotal`.
public struct ExecutionCap: Sendable, Equatable, Hashable {
    /// Execution rate threshold in percent (exclusive).
    public let rateBelow: Double
    /// Largest total allowed under it.
    public let maximumTotal: Double

    /// Creates a cap.
    public init(rateBelow: Double, maximumTotal: Double) {
        self.rateBelow = rateBelow
        self.maximumTotal = maximumTotal
    }

    /// ≤ 89 under 80 %, ≤ 79 under 70 %, ≤ 69 under 60 %, ≤ 59 under 50 %.
    public static let standardLadder: [ExecutionCap] = [
        ExecutionCap(rateBelow: 80, maximumTotal: 89),
        ExecutionCap(rateBelow: 70, maximumTotal: 79),
        ExecutionCap(rateBelow: 60, maximumTotal: 69),
        ExecutionCap(rateBelow: 50, maximumTotal: 59),
    ]
}
