/// An aggregated Callaway–Sant'Anna effect: the overall ATT with its standard error and,
/// for ``StaggeredAggregation/dynamic``, ``StaggeredAggregation/group`` and
/// ``StaggeredAggregation/calendar``, one component per event time, cohort or period.
///
/// Standard errors come from the aggregated influence function (weights of the cells plus
/// the estimation of cohort shares), analytic or bootstrap as in the result.
public struct StaggeredAggregate: Sendable, Equatable {
    /// One component: an event time, a cohort or a calendar period, with its effect.
    public struct Component: Sendable, Equatable {
        /// Event time e, cohort g or period t, depending on the aggregation.
        public let key: Int
        /// The aggregated effect.
        public let att: Double
        /// Its standard error.
        public let standardError: Double
    }

    /// The aggregation scheme.
    public let kind: StaggeredAggregation
    /// The overall effect.
    public let att: Double
    /// Standard error of ``att``.
    public let standardError: Double
    /// Components in ascending key order; empty for ``StaggeredAggregation/simple``.
    public let components: [Component]
    /// With bootstrap standard errors, the critical value of a uniform 95% band over the
    /// components (component ± value·se covers all at once); `nil` for analytic errors or
    /// without components.
    public let uniformCriticalValue: Double?
}
