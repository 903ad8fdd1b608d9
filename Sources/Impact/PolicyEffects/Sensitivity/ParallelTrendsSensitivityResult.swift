/// The result of ``ParallelTrendsSensitivity/analyze(_:_:)``: the original interval for
/// θ = the average post-period effect, the robust sets over the grids of M̄ and M, and the
/// breakdown value of M̄. Immutable.
public struct ParallelTrendsSensitivityResult: Sendable, Equatable {
    /// One robust interval: the bound (M̄ or M) and the interval's ends; `nil` ends when
    /// the set is empty.
    public struct RobustInterval: Sendable, Equatable {
        /// M̄ (relative magnitudes) or M (smoothness).
        public let bound: Double
        /// Lower end, or `nil` for an empty set.
        public let low: Double?
        /// Upper end, or `nil` for an empty set.
        public let high: Double?

        /// Creates an interval.
        public init(bound: Double, low: Double?, high: Double?) {
            self.bound = bound
            self.low = low
            self.high = high
        }

        /// Whether the set leaves out zero (an empty set does).
        public var excludesZero: Bool {
            guard let low, let high else { return true }
            return low > 0 || high < 0
        }
    }

    /// The specification analysed.
    public let specification: ParallelTrendsSensitivitySpecification
    /// The event-study coefficients analysed.
    public let coefficients: EventStudyCoefficients
    /// θ̂ = lᵀβ̂_post (l the average over the post-periods).
    public let estimate: Double
    /// se(θ̂) = √(lᵀΣ_post l).
    public let standardError: Double
    /// The original interval θ̂ ± z_{1−α/2}·se(θ̂) (HonestDiD's `constructOriginalCS`).
    public let originalLow: Double, originalHigh: Double
    /// Robust sets under Δ^RM(M̄), one per value of M̄ in the specification's order.
    public let relativeMagnitudes: [RobustInterval]
    /// Fixed-length intervals under Δ^SD(M), one per value of M.
    public let smoothness: [RobustInterval]
    /// What happened (sets open at the grid's end, empty sets).
    public let notes: [SensitivityNote]

    /// Creates a result; ``ParallelTrendsSensitivity/analyze(_:_:)`` is the usual way.
    public init(specification: ParallelTrendsSensitivitySpecification, coefficients: EventStudyCoefficients,
                estimate: Double, standardError: Double, originalLow: Double, originalHigh: Double,
                relativeMagnitudes: [RobustInterval], smoothness: [RobustInterval], notes: [SensitivityNote]) {
        self.specification = specification
        self.coefficients = coefficients
        self.estimate = estimate
        self.standardError = standardError
        self.originalLow = originalLow
        self.originalHigh = originalHigh
        self.relativeMagnitudes = relativeMagnitudes
        self.smoothness = smoothness
        self.notes = notes
    }

    /// The breakdown value of M̄: the largest M̄ of the grid such that the robust set at it
    /// and at every smaller M̄ of the grid excludes zero; `nil` when the set at the smallest
    /// M̄ already contains zero (or no M̄ was given). Grid values only, no refinement between
    /// them: the true breakdown lies between this value and the next M̄ of the grid.
    public var breakdownMbar: Double? {
        Self.breakdown(relativeMagnitudes)
    }

    /// The breakdown value of M (same rule over the smoothness grid).
    public var breakdownM: Double? {
        Self.breakdown(smoothness)
    }

    private static func breakdown(_ intervals: [RobustInterval]) -> Double? {
        var result: Double?
        for interval in intervals.sorted(by: { $0.bound < $1.bound }) {
            guard interval.excludesZero else { break }
            result = interval.bound
        }
        return result
    }
}
