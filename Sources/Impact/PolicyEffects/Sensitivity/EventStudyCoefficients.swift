import Foundation

/// The event-study coefficients a sensitivity analysis starts from: β̂ = (β̂_pre, β̂_post)
/// with its covariance Σ, the reference period excluded.
///
/// Conventions: as the R package HonestDiD's `betahat`, `sigma`, `numPrePeriods` and
/// `numPostPeriods`: pre-periods first in increasing event time (e = −K−1 … −2), then the
/// post-periods e = 0 … T̄−1; the omitted reference is e = −1 and normalised to zero.
public struct EventStudyCoefficients: Sendable, Equatable {
    /// Event time of each coefficient, increasing (reference excluded).
    public let eventTimes: [Int]
    /// The coefficients β̂.
    public let estimates: [Double]
    /// Their covariance Σ (`estimates.count` square).
    public let covariance: Matrix
    /// Number of pre-period coefficients (event time < −1).
    public let preperiodCount: Int
    /// Number of post-period coefficients (event time ≥ 0).
    public let postperiodCount: Int

    /// Checks and stores the coefficients. Event times must be consecutive with −1 missing
    /// (the reference); at least one pre- and one post-period are needed.
    ///
    /// - Throws: ``SensitivityError``.
    public init(eventTimes: [Int], estimates: [Double], covariance: Matrix) throws(SensitivityError) {
        guard estimates.count == eventTimes.count, covariance.rows == estimates.count,
              covariance.columns == estimates.count else {
            throw .dimensionMismatch(coefficients: estimates.count, covarianceRows: covariance.rows,
                                     covarianceColumns: covariance.columns)
        }
        for (k, e) in eventTimes.enumerated() where !estimates[k].isFinite || !covariance[k, k].isFinite {
            throw .nonFiniteEstimate(eventTime: e)
        }
        let pre = eventTimes.filter { $0 < -1 }.count, post = eventTimes.filter { $0 >= 0 }.count
        guard pre >= 1, post >= 1 else { throw .tooFewPeriods(pre: pre, post: post, needed: "at least one pre-period coefficient besides the reference and one post-period coefficient") }
        let expected = Array((-1 - pre)..<(-1)) + Array(0..<post)
        guard eventTimes == expected else { throw .eventTimesNotConsecutive(eventTimes: eventTimes) }
        self.eventTimes = eventTimes
        self.estimates = estimates
        self.covariance = covariance
        self.preperiodCount = pre
        self.postperiodCount = post
    }

    /// The coefficients of an event-study plot: every non-reference point, with covariance
    /// taken from `covariance(term, term)`.
    ///
    /// - Throws: ``SensitivityError/referenceNotLastPrePeriod(reference:)`` unless the
    ///   reference is e = −1.
    public init(points: [EventTimeEstimate], reference: Int,
                covariance: (Int, Int) -> Double) throws(SensitivityError) {
        guard reference == -1 else { throw .referenceNotLastPrePeriod(reference: reference) }
        let kept = points.filter { !$0.isReference }
        var matrix = Matrix(rows: kept.count, columns: kept.count)
        for a in kept.indices { for b in kept.indices { matrix[a, b] = covariance(a, b) } }
        try self.init(eventTimes: kept.map(\.eventTime), estimates: kept.map(\.estimate), covariance: matrix)
    }

    /// The post-period block of Σ.
    var postCovariance: Matrix {
        var block = Matrix(rows: postperiodCount, columns: postperiodCount)
        for a in 0..<postperiodCount {
            for b in 0..<postperiodCount { block[a, b] = covariance[preperiodCount + a, preperiodCount + b] }
        }
        return block
    }

    /// θ̂ = lᵀβ̂_post and its standard error √(lᵀΣ_post l).
    func target(_ weights: [Double]) -> (estimate: Double, standardError: Double) {
        var estimate = 0.0, variance = 0.0
        for a in 0..<postperiodCount {
            estimate += weights[a] * estimates[preperiodCount + a]
            for b in 0..<postperiodCount {
                variance += weights[a] * weights[b] * covariance[preperiodCount + a, preperiodCount + b]
            }
        }
        return (estimate, variance.squareRoot())
    }
}
