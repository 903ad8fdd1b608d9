extension SectorEffectTable {
    /// The table as a ``ReportTable`` (key `sector_effects`): one row per line with firms,
    /// subsidy, increment, totals, growth, pull, contribution share, leverage and the ranks
    /// by pull and by leverage; HTML output draws a bar chart of the pulls.
    ///
    /// - Parameter unit: unit to print increments and totals in (e.g. 亿元); default `nil`:
    ///   the data's ``amountUnit``. Ignored for a non-money measure.
    ///
    /// Subsidies print in 万元; pull as a quantity in percentage points (`8.20个百分点`),
    /// growth and contribution share in per cent, leverage in 万元 per 万元 of subsidy (see
    /// ``leveragePerWan(_:)``), all with 2 decimals in text (CSV and JSON keep full
    /// precision, without units). Undefined quantities print as `—` (`null` in JSON).
    ///
    /// JSON keys: `sector`, `measure`, `year`, `supported_firms`, `subsidy_wan`, `increment`,
    /// `prior_total`, `current_total`, `growth_rate_pct`, `pull_pp`, `contribution_pct`,
    /// `leverage_per_wan`, `rank_pull`, `rank_leverage`.
    public func reportTable(unit: MoneyUnit? = nil) -> ReportTable {
        let shown = amountUnit.map { unit ?? $0 }
        let amount: (Double?) -> ReportCell = { value in
            guard let value else { return .empty }
            let converted = amountUnit.map { $0.convert(value, to: shown!) } ?? value
            return .number(converted, decimals: 2)
        }
        let unitSuffix = shown.map { LocalizedText(zh: "(\($0.symbol))", en: " (\($0.englishSymbol))") }
            ?? LocalizedText(verbatim: "")
        let headed = { (zh: String, en: String) in
            LocalizedText(zh: zh + unitSuffix.zh, en: en + unitSuffix.en)
        }
        let leverageHeader = amountUnit == nil
            ? LocalizedText(zh: "每万元撬动", en: "Leverage per 10k yuan")
            : LocalizedText(zh: "每万元撬动(万元)", en: "Leverage (10k yuan per 10k yuan)")
        let pullRanks = ranks(by: .pull)
        let leverageRanks = ranks(by: .leverage)
        let columns = [
            ReportColumn(key: "sector", header: LocalizedText(zh: "行业", en: "Sector")),
            ReportColumn(key: "measure", header: LocalizedText(zh: "指标", en: "Measure")),
            ReportColumn(key: "year", header: LocalizedText(zh: "年度", en: "Year")),
            ReportColumn(key: "supported_firms", header: LocalizedText(zh: "被支持企业数", en: "Supported firms")),
            ReportColumn(key: "subsidy_wan", header: LocalizedText(zh: "支持金额(万元)", en: "Subsidy (10k yuan)")),
            ReportColumn(key: "increment", header: headed("被支持企业增量", "Increment of supported firms")),
            ReportColumn(key: "prior_total", header: headed("上年行业总量", "Sector total, previous year")),
            ReportColumn(key: "current_total", header: headed("本年行业总量", "Sector total, this year")),
            ReportColumn(key: "growth_rate_pct", header: LocalizedText(zh: "行业增速(%)", en: "Sector growth (%)")),
            ReportColumn(key: "pull_pp", header: LocalizedText(zh: "拉动", en: "Pull")),
            ReportColumn(key: "contribution_pct", header: LocalizedText(zh: "贡献率(%)", en: "Contribution (%)")),
            ReportColumn(key: "leverage_per_wan", header: leverageHeader),
            ReportColumn(key: "rank_pull", header: SectorRanking.pull.rankHeader),
            ReportColumn(key: "rank_leverage", header: SectorRanking.leverage.rankHeader),
        ]
        let number: (Double?) -> ReportCell = { $0.map { .number($0, decimals: 2) } ?? .empty }
        let rank: (Int?) -> ReportCell = { $0.map(ReportCell.integer) ?? .empty }
        let rows = effects.indices.map { index -> [ReportCell] in
            let effect = effects[index]
            return [
                .label(effect.name), .label(effect.measureLabel), .integer(effect.year),
                effect.supportedFirms.map(ReportCell.integer) ?? .empty,
                number(effect.subsidy), amount(effect.supportedIncrement),
                amount(effect.priorTotal), amount(effect.currentTotal),
                number(effect.growthRate), .percentagePoints(effect.pull, decimals: 2),
                number(effect.contributionShare), number(leveragePerWan(effect)),
                rank(pullRanks[index]), rank(leverageRanks[index]),
            ]
        }
        return ReportTable(
            title: LocalizedText(zh: "行业拉动效果", en: "Sector effects of supported firms"),
            columns: columns, rows: rows, notes: notes.map(\.wording) + [Self.formulaNote],
            key: "sector_effects", chart: ReportChart(valueColumn: "pull_pp", labelColumn: "sector"))
    }

    /// The formulas, printed under every sector effect table.
    static let formulaNote = LocalizedText(
        zh: "拉动 = 被支持企业增量 ÷ 上年行业总量 × 100（个百分点）；贡献率 = 被支持企业增量 ÷ 行业增量 × 100；每万元撬动 = 被支持企业增量 ÷ 支持金额。",
        en: "Pull = increment of supported firms ÷ previous-year sector total × 100 (percentage points); contribution = increment of supported firms ÷ sector increment × 100; leverage = increment ÷ subsidy.")
}
