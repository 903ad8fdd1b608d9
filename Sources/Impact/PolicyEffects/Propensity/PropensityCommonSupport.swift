/// Common support of the propensity score by the min/max rule: the interval where the
/// treated and control score ranges overlap,
///
///     [max(min p_treated, min p_control), min(max p_treated, max p_control)],
///
/// and the units outside it, which are trimmed (both treated and controls).
///
/// Conventions: the min/max rule of Dehejia and Wahba (1999), as Stata's `psmatch2,
/// common` applies it to treated units; here it applies to both groups, and the counts
/// trimmed are reported per group. Bounds are inclusive.
public struct PropensityCommonSupport: Sendable, Equatable {
    /// Lower bound of the overlap.
    public let lower: Double
    /// Upper bound of the overlap.
    public let upper: Double
    /// Whether each unit lies on the support.
    public let isOnSupport: [Bool]
    /// Treated units trimmed.
    public let trimmedTreated: Int
    /// Control units trimmed.
    public let trimmedControls: Int
    /// Whether trimming was applied (`false`: every unit kept, bounds are the score range).
    public let isApplied: Bool

    /// The min/max overlap of a sample's propensity scores.
    ///
    /// - Throws: ``PropensityError/noCommonSupport(treatedRange:controlRange:)`` when the
    ///   ranges do not overlap.
    public init(minMaxOf sample: PropensitySample) throws(PropensityError) {
        let treatedScores = sample.propensity.indices.filter { sample.treated[$0] }.map { sample.propensity[$0] }
        let controlScores = sample.propensity.indices.filter { !sample.treated[$0] }.map { sample.propensity[$0] }
        let treatedRange = treatedScores.min()!...treatedScores.max()!
        let controlRange = controlScores.min()!...controlScores.max()!
        let low = max(treatedRange.lowerBound, controlRange.lowerBound)
        let high = min(treatedRange.upperBound, controlRange.upperBound)
        guard low <= high else {
            throw .noCommonSupport(treatedRange: treatedRange, controlRange: controlRange)
        }
        lower = low
        upper = high
        let on = sample.propensity.map { $0 >= low && $0 <= high }
        isOnSupport = on
        trimmedTreated = sample.treated.indices.filter { sample.treated[$0] && !on[$0] }.count
        trimmedControls = sample.treated.indices.filter { !sample.treated[$0] && !on[$0] }.count
        isApplied = true
    }

    /// All units kept: no trimming.
    init(keepingAllOf sample: PropensitySample) {
        lower = sample.propensity.min() ?? 0
        upper = sample.propensity.max() ?? 1
        isOnSupport = [Bool](repeating: true, count: sample.count)
        trimmedTreated = 0
        trimmedControls = 0
        isApplied = false
    }

    /// Total units trimmed.
    public var trimmedCount: Int { trimmedTreated + trimmedControls }
}
