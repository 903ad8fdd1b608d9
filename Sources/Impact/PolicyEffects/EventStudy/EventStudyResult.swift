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
    /// The Goodman-Bacon decomposition of the static two-way DiD, when requested.
    public let goodmanBacon: GoodmanBaconDecomposition?

    /// Creates a result; `EventStudy.estimate` is the usual way.
    public init(specification: EventStudySpecification, regression: RegressionResult,
                eventTimes: [EventTimeEstimate], pretrend: PretrendTest?, neverTreatedUnits: Int,
                treatedUnits: Int, sunAbraham: SunAbrahamResult? = nil,
                goodmanBacon: GoodmanBaconDecomposition? = nil) {
        self.specification = specification
        self.regression = regression
        self.eventTimes = eventTimes
        self.pretrend = pretrend
        self.neverTreatedUnits = neverTreatedUnits
        self.treatedUnits = treatedUnits
        self.sunAbraham = sunAbraham
        self.goodmanBacon = goodmanBacon
    }

    /// What happened while estimating: the indicators dropped for want of never-treated
    /// units.
    public var notes: [EventStudyNote] {
        neverTreatedUnits == 0 && !regression.droppedTerms.isEmpty
            ? [.collinearWithoutNeverTreated(dropped: regression.droppedTerms)] : []
    }

    /// The plot point at event time `e`, if present.
    public func estimate(at e: Int) -> EventTimeEstimate? { eventTimes.first { $0.eventTime == e } }

    /// This result with a Sun–Abraham estimate attached (a new value).
    public func attaching(_ sunAbraham: SunAbrahamResult) -> EventStudyResult {
        EventStudyResult(specification: specification, regression: regression, eventTimes: eventTimes,
                         pretrend: pretrend, neverTreatedUnits: neverTreatedUnits, treatedUnits: treatedUnits,
                         sunAbraham: sunAbraham, goodmanBacon: goodmanBacon)
    }

    /// This result with a Goodman-Bacon decomposition attached (a new value).
    public func attaching(_ goodmanBacon: GoodmanBaconDecomposition) -> EventStudyResult {
        EventStudyResult(specification: specification, regression: regression, eventTimes: eventTimes,
                         pretrend: pretrend, neverTreatedUnits: neverTreatedUnits, treatedUnits: treatedUnits,
                         sunAbraham: sunAbraham, goodmanBacon: goodmanBacon)
    }
}
