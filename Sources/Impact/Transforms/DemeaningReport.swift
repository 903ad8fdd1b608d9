/// How the fixed-effect demeaning went, reported in the regression notes.
public struct DemeaningReport: Sendable, Equatable {
    /// Number of fixed-effect dimensions absorbed.
    public let dimensions: Int
    /// Largest number of iterations any column needed (0 with one dimension: one pass
    /// is exact).
    public let iterations: Int
    /// Whether every column met the tolerance within the cap.
    public let converged: Bool
    /// The options used.
    public let options: DemeaningOptions
}
