/// JSON pieces shared by the policy-effect results' documents, so every command writes a
/// coefficient, an event time and a note the same way.
enum PolicyEffectJSON {
    /// A coefficient in the regression contract's shape:
    /// `{"term", "estimate", "std_error", "t", "p_value", "ci_low", "ci_high"}`.
    static func coefficient(_ c: CoefficientEstimate) -> JSONValue {
        .object(["term": .string(c.term), "estimate": .number(c.estimate), "std_error": .number(c.standardError),
                 "t": .number(c.tStatistic), "p_value": .number(c.pValue), "ci_low": .number(c.confidenceLow),
                 "ci_high": .number(c.confidenceHigh)])
    }

    /// Every coefficient of `regression`, in order.
    static func coefficients(_ regression: RegressionResult) -> JSONValue {
        .array(regression.coefficients.map(coefficient))
    }

    /// The regression's typed notes (``RegressionNote``) as `{"code", "message"}` objects,
    /// the message in English.
    static func regressionNotes(_ regression: RegressionResult) -> [JSONValue] {
        regression.notes.map(\.jsonValue)
    }

    /// One plot point: `{"event_time", "term", "estimate", "std_error", "ci_low",
    /// "ci_high", "reference", "binned"}`.
    static func eventTime(_ point: EventTimeEstimate) -> JSONValue {
        .object(["event_time": .integer(point.eventTime), "term": .string(point.term),
                 "estimate": .number(point.estimate), "std_error": .number(point.standardError),
                 "ci_low": .number(point.confidenceLow), "ci_high": .number(point.confidenceHigh),
                 "reference": .bool(point.isReference), "binned": .bool(point.isBinned)])
    }

    /// The label of a variance estimator as the documents write it (`cluster:firm_id`).
    static func vcov(_ regression: RegressionResult) -> JSONValue { .string(regression.estimator.label) }
}
