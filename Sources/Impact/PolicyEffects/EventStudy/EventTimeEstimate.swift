/// One point of an event-study plot: the effect at event time `e` with its interval.
///
/// The reference period is reported with estimate 0, standard error 0 and the interval
/// [0, 0] (it is normalised, not estimated). An event time whose indicator was dropped as
/// collinear has NaN values (`null` in JSON).
public struct EventTimeEstimate: Sendable, Equatable {
    /// Event time `e = period − cohort` (after binning).
    public let eventTime: Int
    /// Coefficient name in the regression (`event_time::-3`), or `nil` for the reference.
    public let term: String?
    /// Point estimate.
    public let estimate: Double
    /// Standard error.
    public let standardError: Double
    /// Lower confidence limit.
    public let confidenceLow: Double
    /// Upper confidence limit.
    public let confidenceHigh: Double
    /// Whether this is the omitted reference period.
    public let isReference: Bool
    /// Whether this event time is a binned end point (pools more distant times).
    public let isBinned: Bool

    /// Creates a plot point.
    public init(eventTime: Int, term: String?, estimate: Double, standardError: Double,
                confidenceLow: Double, confidenceHigh: Double, isReference: Bool, isBinned: Bool) {
        self.eventTime = eventTime
        self.term = term
        self.estimate = estimate
        self.standardError = standardError
        self.confidenceLow = confidenceLow
        self.confidenceHigh = confidenceHigh
        self.isReference = isReference
        self.isBinned = isBinned
    }
}
