/// A single regression prints as a one-model ``RegressionTable``: its coefficient table and
/// its statistics table; in JSON it is the regression contract (``jsonValue``).
extension RegressionResult: Reportable {
    /// The coefficient table and the statistics table (``RegressionTable/coefficientTable()``,
    /// ``RegressionTable/statisticsTable()``).
    public func reportTables(language: Language) -> [ReportTable] {
        RegressionTable([self]).reportTables(language: language)
    }

    /// ``jsonValue``, whatever the language (scripts read the contract, so the note
    /// messages stay English).
    public func jsonValue(language: Language) -> JSONValue { jsonValue }

    /// The regression contract, keys in this fixed order:
    ///
    ///     {"nobs": …, "r2": …, "adj_r2": …, "within_r2": …, "vcov": "cluster:firm_id",
    ///      "coefficients": [{"term", "estimate", "std_error", "t", "p_value", "ci_low", "ci_high"}, …],
    ///      "dropped": […], "notes": [{"code": "singletons_removed", "message": "Removed 5 …"}, …]}
    ///
    /// `within_r2` is `null` without fixed effects; numbers that are not finite are `null`.
    /// `notes` are the typed notes (``RegressionNote``) with their stable code and English
    /// sentence.
    public var jsonValue: JSONValue {
        .object([
            "nobs": .integer(observationCount),
            "r2": .number(r2),
            "adj_r2": .number(adjustedR2),
            "within_r2": .number(withinR2),
            "vcov": .string(estimator.label),
            "coefficients": .array(coefficients.map(\.jsonValue)),
            "dropped": .strings(droppedTerms),
            "notes": .array(notes.map(\.jsonValue)),
        ])
    }
}
