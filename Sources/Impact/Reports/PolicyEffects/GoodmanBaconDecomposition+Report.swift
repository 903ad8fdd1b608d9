extension GoodmanBaconDecomposition: Encodable {
    private enum Keys: String, CodingKey {
        case twfe_estimate, weighted_sum, total_weight, treatment_variance, units, periods, components, by_comparison
    }
    private enum GroupKeys: String, CodingKey { case comparison, weight, average_estimate }

    /// `{"twfe_estimate":…,"weighted_sum":…,"total_weight":…,"components":[…],
    ///   "by_comparison":[{"comparison":…,"weight":…,"average_estimate":…}], …}`.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(twoWayEstimate, forKey: .twfe_estimate)
        try container.encode(weightedSum, forKey: .weighted_sum)
        try container.encode(totalWeight, forKey: .total_weight)
        try container.encode(treatmentVariance, forKey: .treatment_variance)
        try container.encode(units, forKey: .units)
        try container.encode(periods, forKey: .periods)
        try container.encode(components, forKey: .components)
        var groups = container.nestedUnkeyedContainer(forKey: .by_comparison)
        for comparison in GoodmanBaconComponent.Comparison.allCases {
            var entry = groups.nestedContainer(keyedBy: GroupKeys.self)
            try entry.encode(comparison.rawValue, forKey: .comparison)
            try entry.encode(weight(of: comparison), forKey: .weight)
            try entry.encode(average(of: comparison).finiteOrNil, forKey: .average_estimate)
        }
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
