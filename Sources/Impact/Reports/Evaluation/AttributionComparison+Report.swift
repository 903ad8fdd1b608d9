extension AttributionComparison {
    /// The comparison as a table: sector, measure, firms, subsidy, naive and causal per 万元
    /// with the causal interval; clearly labelled as computed on synthetic data when
    /// `synthetic` is true. The measure is the value column's statistical term from
    /// ``MeasureLabels`` (`revenue_wan` → 营业收入 / Revenue), as in the sector effect table.
    ///
    /// - Parameters:
    ///   - synthetic: whether the data are synthetic (the title and a note say so).
    ///   - sectorNames: English (and Chinese) names of sectors keyed by the panel's
    ///     sector value, e.g. the sector effect table's names; default none: sectors verbatim.
    public func reportTable(synthetic: Bool, sectorNames: [String: LocalizedText] = [:]) -> ReportTable {
        let unit = LocalizedText(zh: " 万元/万元", en: " 万元 per 万元")
        let rows: [[ReportCell]] = self.rows.map { row in
            [.label(sectorNames[row.sector] ?? LocalizedText(verbatim: row.sector)), .label(MeasureLabels.label(forColumn: row.value)), .integer(row.supportedFirms), .integer(row.unsupportedFirms),
             .number(row.subsidy, decimals: 2), .quantity(row.naive, decimals: 2, unit: unit),
             .quantity(row.causal.value, decimals: 2, unit: unit),
             .number(row.causal.confidenceLow ?? .nan, decimals: 2), .number(row.causal.confidenceHigh ?? .nan, decimals: 2)]
        }
        var notes = [LocalizedText(
            zh: "朴素归因 = 受支持企业 \(year - 1)→\(year) 增量合计 ÷ 资金合计（报告口径，把全部增长记在资金名下）；因果估计 = 同行业双向固定效应双重差分（\(year) 年为政策后，此前各年为政策前，按企业聚类）的 ATT × 受支持企业数 ÷ 资金合计。两者之差是未受支持企业同期也会有的增长。",
            en: "Naive = supported firms' \(year - 1)→\(year) increment ÷ subsidy (the report's measure, crediting all growth to the subsidy); causal = the sector's two-way fixed-effects DiD (\(year) post, earlier years pre, firm-clustered) ATT × supported firms ÷ subsidy. The gap is growth the unsupported firms show too.")]
        if synthetic {
            notes.insert(LocalizedText(
                zh: "注意：本节基于合成企业面板（见数据集 README），仅演示方法，数值不是真实政策效果。",
                en: "Note: computed on the SYNTHETIC firm panel (see the dataset README); it demonstrates the method, the numbers are not real policy effects."), at: 0)
        }
        notes += omissions.map(\.wording).map { LocalizedText(zh: "未列出：\($0.zh)", en: "Left out: \($0.en)") }
        return ReportTable(
            title: LocalizedText(zh: "每万元资金效果：朴素归因 vs 因果估计（合成数据）", en: "Per 万元: naive attribution vs causal estimate (synthetic data)"),
            columns: [ReportColumn(key: "sector", header: LocalizedText(zh: "行业", en: "Sector")),
                      ReportColumn(key: "value", header: LocalizedText(zh: "指标", en: "Measure")),
                      ReportColumn(key: "supported_firms", header: LocalizedText(zh: "受支持企业", en: "Supported")),
                      ReportColumn(key: "unsupported_firms", header: LocalizedText(zh: "未受支持企业", en: "Unsupported")),
                      ReportColumn(key: "subsidy_wan", header: LocalizedText(zh: "资金（万元）", en: "Subsidy (万元)")),
                      ReportColumn(key: "naive_per_wan", header: LocalizedText(zh: "朴素归因", en: "Naive")),
                      ReportColumn(key: "causal_per_wan", header: LocalizedText(zh: "因果估计", en: "Causal (DiD)")),
                      ReportColumn(key: "causal_ci_low", header: LocalizedText(zh: "95% 置信下限", en: "95% CI low")),
                      ReportColumn(key: "causal_ci_high", header: LocalizedText(zh: "95% 置信上限", en: "95% CI high"))],
            rows: rows, notes: notes, key: "naive_vs_causal")
    }
}
