/// A dynamic two-way fixed-effects event study: one coefficient per event time, the
/// pre-trend test and the plot data. Immutable.
public struct EventStudyResult: Sendable {
    /// The specification estimated.
    public let specification: EventStudySpecification
    /// The regression `y ~ i(event_time, ref) | unit + time`.
    public let regression: RegressionResult
    /// Plot data: every event time from the lowest to the highest observed, the reference
    /// included at 0, in increasing order.
    public let eventTimes: [EventTimeEstimate]
    /// Joint test of the pre-period coefficients; `nil` when none is estimated.
    public let pretrend: PretrendTest?
    /// Units never treated (all indicators 0).
    public let neverTreatedUnits: Int
    /// Units with a treatment cohort.
    public let treatedUnits: Int
    /// The Sun–Abraham interaction-weighted event study, when requested.
    public let sunAbraham: SunAbrahamResult?

    /// Creates a result; `EventStudy.estimate` is the usual way.
    public init(specification: EventStudySpecification, regression: RegressionResult,
                eventTimes: [EventTimeEstimate], pretrend: PretrendTest?, neverTreatedUnits: Int,
                treatedUnits: Int, sunAbraham: SunAbrahamResult? = nil) {
        self.specification = specification
        self.regression = regression
        self.eventTimes = eventTimes
        self.pretrend = pretrend
        self.neverTreatedUnits = neverTreatedUnits
        self.treatedUnits = treatedUnits
        self.sunAbraham = sunAbraham
    }

    /// The plot point at event time `e`, if present.
    public func estimate(at e: Int) -> EventTimeEstimate? { eventTimes.first { $0.eventTime == e } }

    /// This result with a Sun–Abraham estimate attached (a new value).
    public func attaching(_ sunAbraham: SunAbrahamResult) -> EventStudyResult {
        EventStudyResult(specification: specification, regression: regression, eventTimes: eventTimes,
                         pretrend: pretrend, neverTreatedUnits: neverTreatedUnits, treatedUnits: treatedUnits,
                         sunAbraham: sunAbraham)
    }
}

/// JSON form of an event study:
///
///     {"coefficients":[…regression contract entries…], "event_times":[{"event_time":-2,
///      "term":…,"estimate":…,"std_error":…,"ci_low":…,"ci_high":…,"reference":false,
///      "binned":false}, …], "pretrend_p_value":…, "pretrend":{…}, "reference":-1,
///      "bin_min":…, "bin_max":…, "nobs":…, "vcov":…, "n_clusters":…,
///      "treated_units":…, "never_treated_units":…, "notes":[…], "sun_abraham":{…}|null}
extension EventStudyResult: Encodable {
    private enum Keys: String, CodingKey {
        case coefficients, event_times, pretrend_p_value, pretrend, reference, bin_min, bin_max
        case nobs, vcov, n_clusters, treated_units, never_treated_units, dropped, notes, sun_abraham
    }

    /// Encodes the JSON form described on the type.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(regression.coefficients, forKey: .coefficients)
        try container.encode(eventTimes, forKey: .event_times)
        try container.encode(pretrend?.pValue.finiteOrNil, forKey: .pretrend_p_value)
        try container.encode(pretrend, forKey: .pretrend)
        try container.encode(specification.reference, forKey: .reference)
        try container.encode(specification.binMin, forKey: .bin_min)
        try container.encode(specification.binMax, forKey: .bin_max)
        try container.encode(regression.observationCount, forKey: .nobs)
        try container.encode(regression.estimator.label, forKey: .vcov)
        try container.encode(regression.clusterCount, forKey: .n_clusters)
        try container.encode(treatedUnits, forKey: .treated_units)
        try container.encode(neverTreatedUnits, forKey: .never_treated_units)
        try container.encode(regression.droppedTerms, forKey: .dropped)
        try container.encode(regression.notes.map(\.wording.en), forKey: .notes)
        try container.encode(sunAbraham, forKey: .sun_abraham)
    }
}
