/// Why a sensitivity analysis of parallel trends (``ParallelTrendsSensitivity``) cannot run.
public enum SensitivityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The event study has no pre-period coefficient (the relative-magnitude and smoothness
    /// bounds are scaled by the pre-trends) or none after treatment.
    case tooFewPeriods(pre: Int, post: Int, needed: String)
    /// The coefficients and the covariance matrix do not fit together.
    case dimensionMismatch(coefficients: Int, covarianceRows: Int, covarianceColumns: Int)
    /// A coefficient or covariance entry is NaN or infinite (a dropped event time).
    case nonFiniteEstimate(eventTime: Int)
    /// The omitted reference period is not the last pre-period e = −1, as HonestDiD requires.
    case referenceNotLastPrePeriod(reference: Int)
    /// Event times are not consecutive around the reference period.
    case eventTimesNotConsecutive(eventTimes: [Int])
    /// A value of a bound grid (M̄ or M) is negative or not finite.
    case invalidBound(name: String, value: Double)
    /// Callaway–Sant'Anna's dynamic aggregation needs a universal base period, as in the R
    /// package HonestDiD.
    case needsUniversalBasePeriod
    /// A linear program of the test failed in a way the procedure cannot absorb.
    case optimisationFailed(step: String, reason: String)

    /// The message as a whole sentence.
    public var description: String {
        switch self {
        case let .tooFewPeriods(pre, post, needed):
            return "The sensitivity analysis needs \(needed); the event study has \(pre) pre-period and \(post) post-period coefficients."
        case let .dimensionMismatch(coefficients, rows, columns):
            return "\(coefficients) event-study coefficients do not fit a \(rows) × \(columns) covariance matrix."
        case let .nonFiniteEstimate(eventTime):
            return "The event-study coefficient at event time \(eventTime) or its variance is not finite (was it dropped as collinear?)."
        case let .referenceNotLastPrePeriod(reference):
            return "The sensitivity analysis needs the reference period e = −1 (the last pre-period), not e = \(reference)."
        case let .eventTimesNotConsecutive(eventTimes):
            return "The event times \(eventTimes.map(String.init).joined(separator: ", ")) are not consecutive around the reference period."
        case let .invalidBound(name, value):
            return "Every value of \(name) must be a finite number ≥ 0, not \(value)."
        case .needsUniversalBasePeriod:
            return "The sensitivity analysis of a Callaway–Sant'Anna event study needs --base-period universal (as the R package HonestDiD requires)."
        case let .optimisationFailed(step, reason):
            return "The sensitivity analysis failed in \(step): \(reason)"
        }
    }
}
