/// What a sensitivity analysis of parallel trends computes (Rambachan–Roth 2023).
///
/// The target is θ = lᵀτ_post with l the average over the post-periods,
/// l = (1/T̄, …, 1/T̄). Relative magnitudes Δ^RM(M̄) bound every post-period change of the
/// trend violation by M̄ times the largest pre-period change; smoothness Δ^SD(M) bounds the
/// change in slope of the violation by M between consecutive periods.
///
/// Conventions: the defaults of the R package HonestDiD 0.2.6: α = 0.05, the conditional /
/// least-favourable hybrid with κ = α/10, 1,000 test points (see ``thetaRange``), 1,000
/// simulation draws for the least-favourable critical value, post-period moments only.
public struct ParallelTrendsSensitivitySpecification: Sendable, Equatable {
    /// The values of M̄ for the relative-magnitude bounds (each ≥ 0), in the order given.
    public let relativeMagnitudes: [Double]
    /// The values of M for the smoothness bounds (each ≥ 0); empty for none.
    public let smoothness: [Double]
    /// Size α of the tests (1 − confidence level); default 0.05.
    public let alpha: Double
    /// Number of equally spaced θ values tested; default 1,000.
    public let gridPoints: Int
    /// Draws for the least-favourable critical value; default 1,000.
    public let simulations: Int
    /// Seed of those draws (SplitMix64).
    public let seed: UInt64
    /// The θ values tested, or `nil` (the default) for Impact's rule: for each M̄,
    /// [lb − 20·se(θ̂), ub + 20·se(θ̂)] around the identified set [lb, ub] of Δ^RM(M̄) at β̂,
    /// so the robust set never runs into the grid's end. HonestDiD's default is
    /// −20·se(θ̂) … 20·se(θ̂) for every M̄ (centred on zero, not on θ̂); pass that range to
    /// reproduce it.
    public let thetaRange: ClosedRange<Double>?

    /// Creates a specification.
    ///
    /// - Throws: ``SensitivityError/invalidBound(name:value:)`` for a negative or
    ///   non-finite M̄ or M.
    public init(relativeMagnitudes: [Double], smoothness: [Double] = [], alpha: Double = 0.05,
                gridPoints: Int = 1_000, simulations: Int = 1_000, seed: UInt64 = 0,
                thetaRange: ClosedRange<Double>? = nil) throws(SensitivityError) {
        for value in relativeMagnitudes where !(value.isFinite && value >= 0) { throw .invalidBound(name: "M̄", value: value) }
        for value in smoothness where !(value.isFinite && value >= 0) { throw .invalidBound(name: "M", value: value) }
        self.relativeMagnitudes = relativeMagnitudes
        self.smoothness = smoothness
        self.alpha = alpha
        self.gridPoints = max(gridPoints, 2)
        self.simulations = max(simulations, 10)
        self.seed = seed
        self.thetaRange = thetaRange
    }

    /// κ, the size of the least-favourable first stage: α/10.
    public var hybridKappa: Double { alpha / 10 }
}
