/// JSON form of a regression result, the contract other commands reuse:
///
///     {"nobs":…, "r2":…, "adj_r2":…, "within_r2":…, "vcov":"…",
///      "coefficients":[{"term":"x1","estimate":…,"std_error":…,"t":…,"p_value":…,
///                       "ci_low":…,"ci_high":…}],
///      "dropped":[…], "notes":[…]}
///
/// `notes` is an array of strings in English whatever `--lang` is: scripts read the
/// contract, so its text does not change with the output language.
///
/// `null` stands for anything not defined (`within_r2` without fixed effects, a standard
/// error of a zero variance); NaN and infinities are never written.
extension RegressionResult: Encodable {
    private enum Keys: String, CodingKey {
        case nobs, r2, adj_r2, within_r2, vcov, coefficients, dropped, notes
    }

    /// Encodes the JSON form described on the type.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(observationCount, forKey: .nobs)
        try container.encode(r2.finiteOrNil, forKey: .r2)
        try container.encode(adjustedR2.finiteOrNil, forKey: .adj_r2)
        try container.encode(withinR2?.finiteOrNil, forKey: .within_r2)
        try container.encode(estimator.label, forKey: .vcov)
        try container.encode(coefficients, forKey: .coefficients)
        try container.encode(droppedTerms, forKey: .dropped)
        try container.encode(notes.map(\.en), forKey: .notes)
    }
}

extension CoefficientEstimate: Encodable {
    private enum Keys: String, CodingKey {
        case term, estimate, std_error, t, p_value, ci_low, ci_high
    }

    /// Encodes the JSON form described on the type.
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
