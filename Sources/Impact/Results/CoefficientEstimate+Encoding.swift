/// Transitional: the `Encodable` form of a coefficient, for the policy-effect results that
/// still embed the regression's coefficients through `Codable` (their JSON moves to
/// `JSONValue` in `Reports/`). The same keys, in the same order, as the coefficient entries
/// of `impact estimate --format json` (`CoefficientEstimate.jsonValue` in `Reports/`):
/// `term, estimate, std_error, t, p_value, ci_low, ci_high`, non-finite numbers as `null`.
extension CoefficientEstimate: Encodable {
    private enum Keys: String, CodingKey {
        case term, estimate, std_error, t, p_value, ci_low, ci_high
    }

    /// Encodes the JSON form described on the extension.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(term, forKey: .term)
        try container.encode(estimate.finiteOrNil, forKey: .estimate)
        try container.encode(standardError.finiteOrNil, forKey: .std_error)
        try container.encode(tStatistic.finiteOrNil, forKey: .t)
        try container.encode(pValue.finiteOrNil, forKey: .p_value)
        try container.encode(confidenceLow.finiteOrNil, forKey: .ci_low)
        try container.encode(confidenceHigh.finiteOrNil, forKey: .ci_high)
    }
}

extension Double {
    /// `self` when finite, else `nil` (encoded as JSON `null`).
    var finiteOrNil: Double? { isFinite ? self : nil }
}
