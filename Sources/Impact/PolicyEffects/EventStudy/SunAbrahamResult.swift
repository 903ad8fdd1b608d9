/// The Sun–Abraham (2021) interaction-weighted event study: cohort-specific effects and
/// their weighted averages by event time. Immutable.
public struct SunAbrahamResult: Sendable {
    /// The comparison units of the interacted regression.
    public enum ControlGroup: Sendable, Equatable {
        /// Units never treated.
        case neverTreated
        /// The last-treated cohort (periods from its adoption on are dropped).
        case lastTreated(cohort: Int)
    }

    /// One cohort × event-time coefficient and its weight in the event-time average.
    public struct CohortEffect: Sendable, Equatable {
        /// Cohort (first treated period).
        public let cohort: Int
        /// Event time.
        public let eventTime: Int
        /// Coefficient name in the regression.
        public let term: String
        /// `δ̂_{g,e}`.
        public let estimate: Double
        /// Its standard error.
        public let standardError: Double
        /// Observations of cohort `g` at event time `e`.
        public let observations: Int
        /// `w_{g,e} = n_{g,e} / Σ_{g'} n_{g',e}` (sums to 1 over cohorts at each `e`).
        public let weight: Double
    }

    /// The control group used.
    public let controlGroup: ControlGroup
    /// Interaction-weighted estimates by event time, reference included at 0 (plot data).
    public let eventTimes: [EventTimeEstimate]
    /// The cohort-specific effects with their weights.
    public let cohortEffects: [CohortEffect]
    /// The interacted regression.
    public let regression: RegressionResult
}

extension SunAbrahamResult: Encodable {
    private enum Keys: String, CodingKey { case control_group, event_times, cohort_effects, nobs, vcov }
    private enum CellKeys: String, CodingKey { case cohort, event_time, term, estimate, std_error, observations, weight }

    /// Encodes the JSON form described on the type.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        switch controlGroup {
        case .neverTreated: try container.encode("never_treated", forKey: .control_group)
        case let .lastTreated(cohort): try container.encode("last_treated:\(cohort)", forKey: .control_group)
        }
        try container.encode(eventTimes, forKey: .event_times)
        var cells = container.nestedUnkeyedContainer(forKey: .cohort_effects)
        for cell in cohortEffects {
            var entry = cells.nestedContainer(keyedBy: CellKeys.self)
            try entry.encode(cell.cohort, forKey: .cohort)
            try entry.encode(cell.eventTime, forKey: .event_time)
            try entry.encode(cell.term, forKey: .term)
            try entry.encode(cell.estimate.finiteOrNil, forKey: .estimate)
            try entry.encode(cell.standardError.finiteOrNil, forKey: .std_error)
            try entry.encode(cell.observations, forKey: .observations)
            try entry.encode(cell.weight, forKey: .weight)
        }
        try container.encode(regression.observationCount, forKey: .nobs)
        try container.encode(regression.estimator.label, forKey: .vcov)
    }
}
