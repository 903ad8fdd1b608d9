/// A grouping of observations: level codes `0..<levelCount`, one per observation.
public struct FactorCodes: Sendable, Equatable {
    /// Variable name (e.g. `firm_id`).
    public let name: String
    /// Level of each observation, in `0..<levelCount` (no missing values here).
    public let codes: [Int32]
    /// Number of distinct levels.
    public let levelCount: Int

    /// Creates a factor; codes must lie in `0..<levelCount`.
    public init(name: String, codes: [Int32], levelCount: Int) {
        self.name = name
        self.codes = codes
        self.levelCount = levelCount
    }
}
