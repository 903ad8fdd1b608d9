extension EventTimeEstimate {
    /// One plot point in JSON, keys in this order: `event_time, term, estimate, std_error,
    /// ci_low, ci_high, reference, binned`.
    public var jsonValue: JSONValue {
        .object(["event_time": .integer(eventTime), "term": .string(term),
                 "estimate": .number(estimate), "std_error": .number(standardError),
                 "ci_low": .number(confidenceLow), "ci_high": .number(confidenceHigh),
                 "reference": .bool(isReference), "binned": .bool(isBinned)])
    }
}
