extension RDIntensityTable {
    /// The table as a ``ReportTable``: one row per group with its firm count, ΣR&D,
    /// Σrevenue (in the data's unit), aggregate intensity and mean of firm intensities
    /// (per cent, 2 decimals in text; full precision in CSV and JSON).
    ///
    /// JSON keys: `sector`, `firms_group`, `year`, `firms`, `excluded`, `rd_total`,
    /// `revenue_total`, `aggregate_pct`, `mean_of_ratios_pct`.
    public func reportTable() -> ReportTable {
        let columns = [
            ReportColumn(key: "sector", header: LocalizedText(zh: "行业", en: "Sector")),
            ReportColumn(key: "firms_group", header: LocalizedText(zh: "企业范围", en: "Firms")),
            ReportColumn(key: "year", header: LocalizedText(zh: "年度", en: "Year")),
            ReportColumn(key: "firms", header: LocalizedText(zh: "企业数", en: "Count")),
            ReportColumn(key: "excluded", header: LocalizedText(zh: "剔除数", en: "Excluded")),
            ReportColumn(key: "rd_total", header: LocalizedText(zh: "研发投入合计", en: "Total R&D")),
            ReportColumn(key: "revenue_total", header: LocalizedText(zh: "营业收入合计", en: "Total revenue")),
            ReportColumn(key: "aggregate_pct", header: LocalizedText(zh: "总体强度(%)", en: "Aggregate ΣR&D/Σrevenue (%)")),
            ReportColumn(key: "mean_of_ratios_pct", header: LocalizedText(zh: "企业强度均值(%)", en: "Mean of firm ratios (%)")),
        ]
        let rows = groups.map { group -> [ReportCell] in
            [
                .label(group.name), .label(group.population), .integer(group.year),
                .integer(group.firms.count), .integer(group.excludedFirms),
                .number(group.totalRD, decimals: 2), .number(group.totalRevenue, decimals: 2),
                .number(group.aggregateIntensity, decimals: 2),
                .number(group.meanOfFirmIntensities, decimals: 2),
            ]
        }
        return ReportTable(
            title: LocalizedText(zh: "研发投入强度", en: "R&D intensity"),
            columns: columns, rows: rows,
            notes: notes.map(\.wording) + [Self.definitionNote], key: "rd_intensity")
    }

    /// The two definitions, printed under every R&D intensity table.
    static let definitionNote = LocalizedText(
        zh: "总体强度 = Σ研发投入 ÷ Σ营业收入 × 100（大企业权重大）；企业强度均值 = 各企业(研发投入 ÷ 营业收入)的算术平均 × 100（每家企业权重相同）。二者含义不同。",
        en: "Aggregate = ΣR&D ÷ Σrevenue × 100 (large firms weigh more); mean of firm ratios = average of each firm's R&D ÷ revenue × 100 (every firm weighs the same). They measure different things.")
}
