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
