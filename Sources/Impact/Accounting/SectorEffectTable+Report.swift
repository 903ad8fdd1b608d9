extension SectorEffectTable {
    /// The table as a ``ReportTable``: one row per line with firms, subsidy, increment,
    /// totals, growth, pull, contribution share, leverage and the ranks by pull and leverage.
    ///
    /// Amounts are printed in the unit of the data (the bundled dataset: 万元); pull in
    /// percentage points, growth and contribution share in per cent, all with 2 decimals
    /// (CSV and JSON keep full precision). Undefined quantities print as `—`.
    ///
    /// JSON keys: `sector`, `measure`, `year`, `supported_firms`, `subsidy`, `increment`,
    /// `prior_total`, `current_total`, `growth_rate_pct`, `pull_pp`, `contribution_pct`,
    /// `leverage`, `rank_pull`, `rank_leverage`.
    public func reportTable(language: Language) -> ReportTable {
        let pullRanks = ranks(by: .pull)
        let leverageRanks = ranks(by: .leverage)
        let columns = [
            ReportColumn(key: "sector", header: LocalizedText(zh: "行业", en: "Sector")),
            ReportColumn(key: "measure", header: LocalizedText(zh: "指标", en: "Measure")),
            ReportColumn(key: "year", header: LocalizedText(zh: "年度", en: "Year")),
            ReportColumn(key: "supported_firms", header: LocalizedText(zh: "被支持企业数", en: "Supported firms")),
            ReportColumn(key: "subsidy", header: LocalizedText(zh: "支持金额", en: "Subsidy")),
            ReportColumn(key: "increment", header: LocalizedText(zh: "被支持企业增量", en: "Increment of supported firms")),
            ReportColumn(key: "prior_total", header: LocalizedText(zh: "上年行业总量", en: "Sector total, previous year")),
            ReportColumn(key: "current_total", header: LocalizedText(zh: "本年行业总量", en: "Sector total, this year")),
            ReportColumn(key: "growth_rate_pct", header: LocalizedText(zh: "行业增速(%)", en: "Sector growth (%)")),
            ReportColumn(key: "pull_pp", header: LocalizedText(zh: "拉动(个百分点)", en: "Pull (pp)")),
            ReportColumn(key: "contribution_pct", header: LocalizedText(zh: "贡献率(%)", en: "Contribution (%)")),
            ReportColumn(key: "leverage", header: LocalizedText(zh: "每万元撬动", en: "Leverage per 10k yuan")),
            ReportColumn(key: "rank_pull", header: SectorRanking.pull.rankHeader),
            ReportColumn(key: "rank_leverage", header: SectorRanking.leverage.rankHeader),
        ]
        let number: (Double?) -> ReportCell = { $0.map { .number($0, decimals: 2) } ?? .empty }
        let rank: (Int?) -> ReportCell = { $0.map(ReportCell.integer) ?? .empty }
        let rows = effects.indices.map { index -> [ReportCell] in
            let effect = effects[index]
            return [
                .label(effect.name), .label(effect.measure), .integer(effect.year),
                effect.supportedFirms.map(ReportCell.integer) ?? .empty,
                number(effect.subsidy), number(effect.supportedIncrement),
                number(effect.priorTotal), number(effect.currentTotal),
                number(effect.growthRate), number(effect.pull),
                number(effect.contributionShare), number(effect.leverage),
                rank(pullRanks[index]), rank(leverageRanks[index]),
            ]
        }
        return ReportTable(
            title: LocalizedText(zh: "行业拉动效果", en: "Sector effects of supported firms"),
            columns: columns, rows: rows,
            notes: notes + [Self.formulaNote])
    }

    /// The formulas, printed under every sector effect table.
    static let formulaNote = LocalizedText(
        zh: "拉动 = 被支持企业增量 ÷ 上年行业总量 × 100（个百分点）；贡献率 = 被支持企业增量 ÷ 行业增量 × 100；每万元撬动 = 被支持企业增量 ÷ 支持金额。",
        en: "Pull = increment of supported firms ÷ previous-year sector total × 100 (percentage points); contribution = increment of supported firms ÷ sector increment × 100; leverage = increment ÷ subsidy.")
}
