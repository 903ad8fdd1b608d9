/// JSON form of a difference-in-differences estimate, a fixed shape scripts rely on:
///
///     {"att":…, "std_error":…, "ci_low":…, "ci_high":…, "nobs":…,
///      "coefficients":[…the regression contract's coefficient entries…],
///      "t":…, "p_value":…, "term":"treated:post", "design":"pooled"|"twfe",
///      "vcov":"cluster:firm_id", "n_clusters":…, "treated_units":…, "control_units":…,
///      "cell_means":{…}, "dropped":[…], "notes":[…], "bootstrap":{…}|null}
///
/// The first six keys are the contract of `impact did`; the rest are additions. `notes`
/// are the regression's notes in English, whatever the output language.
extension DifferenceInDifferencesResult: Encodable {
    private enum Keys: String, CodingKey {
        case att, std_error, ci_low, ci_high, nobs, coefficients, t, p_value, term, design, vcov
        case n_clusters, treated_units, control_units, cell_means, dropped, notes, bootstrap
    }

    /// Encodes the JSON form described on the type.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(att.estimate.finiteOrNil, forKey: .att)
        try container.encode(att.standardError.finiteOrNil, forKey: .std_error)
        try container.encode(att.confidenceLow.finiteOrNil, forKey: .ci_low)
        try container.encode(att.confidenceHigh.finiteOrNil, forKey: .ci_high)
        try container.encode(observationCount, forKey: .nobs)
        try container.encode(regression.coefficients, forKey: .coefficients)
        try container.encode(att.tStatistic.finiteOrNil, forKey: .t)
        try container.encode(att.pValue.finiteOrNil, forKey: .p_value)
        try container.encode(att.term, forKey: .term)
        try container.encode(specification.design.rawValue, forKey: .design)
        try container.encode(regression.estimator.label, forKey: .vcov)
        try container.encode(regression.clusterCount, forKey: .n_clusters)
        try container.encode(treatedUnits, forKey: .treated_units)
        try container.encode(controlUnits, forKey: .control_units)
        try container.encode(cellMeans, forKey: .cell_means)
        try container.encode(regression.droppedTerms, forKey: .dropped)
        try container.encode(regression.notes.map(\.wording.en), forKey: .notes)
        try container.encode(bootstrap, forKey: .bootstrap)
    }
}
