extension EventTimeEstimate {
    /// One plot point in JSON, keys in this order: `event_time, term, estimate, std_error,
    /// ci_low, ci_high, reference, binned, uniform_low, uniform_high` (the last two null: a
    /// regression event study has pointwise intervals only). Its keys include the shared
    /// event-time shape of ``EventTimeJSON``.
    public var jsonValue: JSONValue {
        .object(["event_time": .integer(eventTime), "term": .string(term),
                 "estimate": .number(estimate), "std_error": .number(standardError),
                 "ci_low": .number(confidenceLow), "ci_high": .number(confidenceHigh),
                 "reference": .bool(isReference), "binned": .bool(isBinned),
                 "uniform_low": .null, "uniform_high": .null])
    }
}

/// The JSON shape every estimator gives an event-time estimate, so one script reads the
/// event studies of TWFE, Sun–Abraham, Callaway–Sant'Anna and imputation alike:
///
///     {"event_time", "estimate", "std_error", "ci_low", "ci_high", "uniform_low", "uniform_high"}
///
/// `ci_*` is the pointwise interval; `uniform_*` the simultaneous band over all event
/// times (null when the estimator gives none, e.g. without a bootstrap). A `nil` number is
/// written as null. Estimators may add their own keys after these.
public enum EventTimeJSON {
    /// The shared members, in the order above.
    public static func members(eventTime: Int, estimate: Double, standardError: Double?,
                               confidenceInterval: (low: Double, high: Double)?,
                               uniformInterval: (low: Double, high: Double)?) -> [JSONValue.Member] {
        [JSONValue.Member("event_time", .integer(eventTime)),
         JSONValue.Member("estimate", .number(estimate)),
         JSONValue.Member("std_error", .number(standardError)),
         JSONValue.Member("ci_low", .number(confidenceInterval?.low)),
         JSONValue.Member("ci_high", .number(confidenceInterval?.high)),
         JSONValue.Member("uniform_low", .number(uniformInterval?.low)),
         JSONValue.Member("uniform_high", .number(uniformInterval?.high))]
    }
}
