import Foundation

extension CostEffectivenessComparison: Reportable {
    /// One table, ``reportTable()``.
    public func reportTables(language: Language) -> [ReportTable] { [reportTable()] }

    /// The JSON document, keys in this order: `unit` (`"万元 per 万元"`), `estimates` (every
    /// figure computed, in order), and `naive`, `dose_response`, `did` (each figure by its
    /// method, `null` when not computed). An estimate is `{"method", "value", "unit",
    /// "std_error", "ci_low", "ci_high", "p_value", "numerator", "denominator", "nobs",
    /// "basis", "label", "horizon_years", "subsidy_basis"}`, `null` where the method has no such
    /// figure; `basis` and `label` in English. Then `cs` (the Callaway–Sant'Anna figure or
    /// `null`), `horizon_years` (the one horizon of every figure) and `notes`
    /// (`{"code", "message"}`: horizon, subsidy basis, warnings).
    public func jsonValue(language: Language) -> JSONValue {
        .object([
            "unit": .string("万元 per 万元"), "estimates": .array(estimates.map(\.jsonValue)),
            "naive": estimate(.naiveAttribution)?.jsonValue, "dose_response": estimate(.doseResponse)?.jsonValue,
            "did": estimate(.differenceInDifferences)?.jsonValue, "cs": estimate(.callawaySantAnna)?.jsonValue,
            "horizon_years": estimates.first.map { .integer($0.horizonYears) },
            "notes": .array(notes.map(\.jsonValue)),
        ])
    }

    /// One table: method, 万元 per 万元, standard error, interval, basis.
    public func reportTable() -> ReportTable {
        let unit = LocalizedText(zh: " 万元/万元", en: " 万元 per 万元")
        let rows: [[ReportCell]] = estimates.map { estimate in
            func number(_ value: Double?) -> ReportCell { value.map { .number($0, decimals: 4) } ?? .empty }
            return [.label(estimate.label), .quantity(estimate.value, decimals: 4, unit: unit),
                    number(estimate.standardError), number(estimate.confidenceLow), number(estimate.confidenceHigh),
                    .integer(estimate.observations), .label(estimate.method.basis)]
        }
        var notes = self.notes.map(\.wording) + [LocalizedText(
            zh: "单位：每万元资金带来的结果增量（万元）。朴素归因把受支持企业的全部增长都算作资金的作用；剂量反应与双重差分估计的是因果效应，各有其识别假设。",
            en: "Unit: 万元 of outcome per 万元 of subsidy. The naive ratio credits the subsidy with all growth of supported firms; the dose-response slope and the DiD figure estimate causal effects, each under its own assumption.")]
        if let did = estimate(.differenceInDifferences) ?? estimate(.callawaySantAnna),
           let numerator = did.numerator, let denominator = did.denominator {
            notes.append(LocalizedText(
                zh: "面板效应：ATT × 处理组企业-年数 = \(ReportNumber.fullPrecision(numerator)) 万元，除以处理组获得的资金 \(ReportNumber.fullPrecision(denominator)) 万元。",
                en: "Panel figure: ATT × treated firm-years = \(ReportNumber.fullPrecision(numerator)) 万元, divided by the \(ReportNumber.fullPrecision(denominator)) 万元 awarded to the treated firms."))
        }
        return ReportTable(
            title: LocalizedText(zh: "每万元资金的效果：归因与因果", en: "Effect per 万元 of subsidy: attribution vs causation"),
            columns: [ReportColumn(key: "method", header: LocalizedText(zh: "方法", en: "Method")),
                      ReportColumn(key: "per_wan", header: LocalizedText(zh: "每万元效果", en: "Per 万元")),
                      ReportColumn(key: "std_error", header: LocalizedText(zh: "标准误", en: "Std. error")),
                      ReportColumn(key: "ci_low", header: LocalizedText(zh: "95% 置信下限", en: "95% CI low")),
                      ReportColumn(key: "ci_high", header: LocalizedText(zh: "95% 置信上限", en: "95% CI high")),
                      ReportColumn(key: "nobs", header: LocalizedText(zh: "观测数", en: "Obs.")),
                      ReportColumn(key: "basis", header: LocalizedText(zh: "性质", en: "Basis"))],
            rows: rows, notes: notes, key: "cost_effectiveness")
    }
}

extension CostEffectivenessEstimate {
    /// The estimate in JSON (see ``CostEffectivenessComparison/jsonValue(language:)``).
    public var jsonValue: JSONValue {
        .object([
            "method": .string(method.rawValue), "value": .number(value), "unit": .string("万元 per 万元"),
            "std_error": .number(standardError), "ci_low": .number(confidenceLow), "ci_high": .number(confidenceHigh),
            "p_value": .number(pValue), "numerator": .number(numerator), "denominator": .number(denominator),
            "nobs": .integer(observations), "basis": .string(method.basis.en), "label": .string(label.en),
            "horizon_years": .integer(horizonYears), "subsidy_basis": subsidyBasis.map { .string($0.rawValue) },
        ])
    }
}
