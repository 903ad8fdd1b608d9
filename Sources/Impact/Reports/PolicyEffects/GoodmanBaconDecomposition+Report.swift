extension GoodmanBaconDecomposition {
    /// The decomposition in JSON, keys in this order: `twfe_estimate`, `weighted_sum`,
    /// `total_weight`, `treatment_variance`, `units`, `periods`, `components`
    /// (`[{"comparison", "treated_cohort", "control_cohort", "estimate", "weight"}]`),
    /// `by_comparison` (`[{"comparison", "weight", "average_estimate"}]`, every comparison
    /// type in order; `average_estimate` is `null` for a type without weight).
    public var jsonValue: JSONValue {
        .object([
            "twfe_estimate": .number(twoWayEstimate), "weighted_sum": .number(weightedSum),
            "total_weight": .number(totalWeight), "treatment_variance": .number(treatmentVariance),
            "units": .integer(units), "periods": .integer(periods),
            "components": .array(components.map { component in
                .object(["comparison": .string(component.comparison.rawValue),
                         "treated_cohort": .integer(component.treatedCohort),
                         "control_cohort": .integer(component.controlCohort),
                         "estimate": .number(component.estimate), "weight": .number(component.weight)])
            }),
            "by_comparison": .array(GoodmanBaconComponent.Comparison.allCases.map { comparison in
                .object(["comparison": .string(comparison.rawValue), "weight": .number(weight(of: comparison)),
                         "average_estimate": weight(of: comparison) > 0 ? .number(average(of: comparison)) : .null])
            }),
        ])
    }

    /// The components as a table, with the share of weight on already-treated controls
    /// in the notes (how much the TWFE estimate leans on them).
    public func reportTable() -> ReportTable {
        let rows: [[ReportCell]] = components.map { component in
            [.label(component.comparison.label), .integer(component.treatedCohort),
             component.controlCohort.map { .integer($0) } ?? .label(LocalizedText(zh: "从未处理", en: "never")),
             .number(component.estimate, decimals: 4), .number(component.weight, decimals: 4)]
        }
        let forbidden = weight(of: .laterVsAlreadyTreated)
        return ReportTable(
            title: LocalizedText(zh: "Goodman-Bacon 分解", en: "Goodman-Bacon decomposition"),
            columns: [ReportColumn(key: "comparison", header: LocalizedText(zh: "比较", en: "Comparison")),
                      ReportColumn(key: "treated_cohort", header: LocalizedText(zh: "处理队列", en: "Treated cohort")),
                      ReportColumn(key: "control_cohort", header: LocalizedText(zh: "对照队列", en: "Control cohort")),
                      ReportColumn(key: "estimate", header: LocalizedText(zh: "2×2 估计", en: "2×2 estimate")),
                      ReportColumn(key: "weight", header: LocalizedText(zh: "权重", en: "Weight"))],
            rows: rows,
            notes: [LocalizedText(
                zh: "双向固定效应估计 \(ReportNumber.fullPrecision(twoWayEstimate)) = Σ 权重 × 2×2 估计；以已处理企业为对照的权重合计 \(ReportNumber.fullPrecision(forbidden))。",
                en: "TWFE estimate \(ReportNumber.fullPrecision(twoWayEstimate)) = Σ weight × 2×2 estimate; weight on already-treated firms as controls: \(ReportNumber.fullPrecision(forbidden)).")],
            key: "goodman_bacon")
    }
}
