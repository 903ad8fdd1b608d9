/// Convergence settings of the fixed-effect demeaning (alternating projections).
public struct DemeaningOptions: Sendable, Equatable {
    /// Stopping tolerance on the fixed-effect coefficients between two sweeps: iteration
    /// stops when every coefficient changes by at most `tolerance` in absolute terms or
    /// relative to `0.1 + |coefficient|` (fixest's criterion). Default `1e-10`, stricter
    /// than fixest's `1e-6` and pyfixest's `1e-8`, so that results agree with peers run at
    /// tight tolerances to well beyond 1e-6.
    public var tolerance: Double
    /// Iteration cap (each iteration is two sweeps plus an acceleration step).
    /// Default `10_000`.
    public var maxIterations: Int

    /// Creates options; see each property for its default.
    public init(tolerance: Double = 1e-10, maxIterations: Int = 10_000) {
        precondition(tolerance > 0 && maxIterations > 0, "tolerance and iteration cap must be positive")
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }
}
