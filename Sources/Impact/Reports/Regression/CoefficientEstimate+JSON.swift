extension CoefficientEstimate {
    /// The coefficient in JSON, keys in this order (the `impact estimate` contract):
    /// `term, estimate, std_error, t, p_value, ci_low, ci_high`; a number that is not
    /// finite (the standard error of a zero variance) is written as `null`.
    public var jsonValue: JSONValue {
        .object([
            "term": .string(term),
            "estimate": .number(estimate),
            "std_error": .number(standardError),
            "t": .number(tStatistic),
            "p_value": .number(pValue),
            "ci_low": .number(confidenceLow),
            "ci_high": .number(confidenceHigh),
        ])
    }
}
