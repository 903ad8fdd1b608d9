extension InstrumentalVariablesResult {
    /// The 2SLS contract: the regression contract of the second stage
    /// (``RegressionResult/jsonValue``: `nobs, r2, adj_r2, within_r2, vcov, coefficients,
    /// dropped, notes`; the notes followed by the weak-instrument notes), then
    ///
    ///     "estimator": "2sls", "endogenous": [...], "instruments": [...],
    ///     "first_stage": [{"endogenous", "nobs", "coefficients": [...], "partial_f": F,
    ///                      "kp_f": F | null, "effective_f": number | null}, ...],
    ///     "wu_hausman": {"statistic", "df", "df_denom", "p_value"} | null
    ///
    /// with `F = {"statistic", "df1", "df2", "p_value"}`: `partial_f` the classical F of
    /// the excluded instruments, `kp_f` their robust (clustered) Wald F under the model's
    /// variance (`null` under iid), `effective_f` Montiel Olea–Pflueger's.
    public var jsonValue: JSONValue {
        var members: [(String, JSONValue)] = []
        if case let .object(regression) = secondStage.jsonValue {
            members = regression.map { ($0.key, $0.value) }
        }
        if let index = members.firstIndex(where: { $0.0 == "notes" }), case let .array(existing) = members[index].1 {
            members[index].1 = .array(existing + notes.map(\.jsonValue))
        }
        members += [
            ("estimator", .string("2sls")),
            ("endogenous", .strings(endogenousNames)),
            ("instruments", .strings(instrumentNames)),
            ("first_stage", .array(firstStages.map(\.jsonValue))),
            ("wu_hausman", wuHausman?.jsonValue ?? .null),
        ]
        return .object(members.map { JSONValue.Member($0.0, $0.1) })
    }
}

extension FirstStageResult {
    /// `{"endogenous", "nobs", "coefficients", "partial_f", "kp_f", "effective_f"}`.
    public var jsonValue: JSONValue {
        .object([
            "endogenous": .string(endogenous),
            "nobs": .integer(regression.observationCount),
            "coefficients": .array(regression.coefficients.map(\.jsonValue)),
            "partial_f": partialF.jsonValue,
            "kp_f": robustF?.jsonValue,
            "effective_f": .number(effectiveF),
        ])
    }
}

extension FTest {
    /// `{"statistic", "df1", "df2", "p_value"}`.
    public var jsonValue: JSONValue {
        .object([
            "statistic": .number(statistic),
            "df1": .number(numeratorDegrees),
            "df2": .number(denominatorDegrees),
            "p_value": .number(pValue),
        ])
    }
}

extension EndogeneityTest {
    /// `{"statistic", "df", "df_denom", "p_value"}`.
    public var jsonValue: JSONValue {
        .object([
            "statistic": .number(statistic),
            "df": .number(numeratorDegrees),
            "df_denom": .number(denominatorDegrees),
            "p_value": .number(pValue),
        ])
    }
}
