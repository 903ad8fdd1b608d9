extension EvaluationReport: OfficeDeliverable {
    /// The workbook: 自评表 in the official layout, the sector effect table with a native
    /// chart of the pulls, naive versus causal per 万元 with a chart whose causal bars carry
    /// their 95 % intervals as error bars (when computed), the DiD estimates behind it, and
    /// R&D intensity by sector with a native chart of the aggregate intensity (all firms and
    /// supported firms side by side) when the panel has an R&D column.
    func workbook(language: Language) -> Workbook {
        let formSheet = selfEvaluationForm.grid(language: language)
            .worksheet(name: SelfEvaluationForm.sheetName.text(language))
        let sectorTable = sectorEffects.reportTable(unit: Self.amountUnit)
        var tables = [sectorTable]
        if let attribution {
            tables.append(attribution.reportTable(synthetic: isSynthetic, sectorNames: sectorNames))
            tables.append(estimatesTable(attribution))
        }
        if let rdIntensity { tables.append(rdIntensity.reportTable()) }
        let names = Workbook.sheetNames([formSheet.name] + tables.map { $0.title.text(language) })
        var sheets = [formSheet]
        for (table, name) in zip(tables, names.dropFirst()) {
            var sheet = Worksheet(table: table, language: language, name: name)
            if table.key == "naive_vs_causal", let attribution {
                var chart = naiveVersusCausalChart(attribution, language: language)
                chart.anchor = (row: sheet.rows.count + 1, column: 0, rows: 20, columns: 9)
                sheet.charts = [chart]
            }
            if table.key == "rd_intensity", var chart = rdIntensity.flatMap({ rdIntensityChart($0, language: language) }) {
                chart.anchor = (row: sheet.rows.count + 1, column: 0, rows: 18, columns: 9)
                sheet.charts = [chart]
            }
            sheets.append(sheet)
        }
        return Workbook(sheets: sheets)
    }

    /// The DiD estimates behind the causal column: per sector the ATT with its standard
    /// error, t, p and 95 % interval (key `did_estimates`).
    func estimatesTable(_ attribution: AttributionComparison) -> ReportTable {
        let number: (Double?) -> ReportCell = { $0.map { .number($0, decimals: 4) } ?? .empty }
        let rows: [[ReportCell]] = attribution.rows.map { row in
            [.label(sectorNames[row.sector] ?? LocalizedText(verbatim: row.sector)), .label(MeasureLabels.label(forColumn: row.value)),
             number(row.att.estimate), number(row.att.standardError), .number(row.att.tStatistic, decimals: 2),
             .number(row.att.pValue, decimals: 4), number(row.att.confidenceLow), number(row.att.confidenceHigh),
             .integer(row.causal.observations)]
        }
        let column = { (key: String, zh: String, en: String) in ReportColumn(key: key, header: LocalizedText(zh: zh, en: en)) }
        return ReportTable(
            title: LocalizedText(zh: "双重差分估计（万元/企业）", en: "DiD estimates (万元 per firm)"),
            columns: [column("sector", "行业", "Sector"), column("value", "指标", "Measure"), column("att", "ATT", "ATT"),
                      column("standard_error", "标准误", "Std. error"), column("t", "t 值", "t"), column("p", "p 值", "p"),
                      column("ci_low", "95% 置信下限", "95% CI low"), column("ci_high", "95% 置信上限", "95% CI high"),
                      column("observations", "观测数", "Observations")],
            rows: rows,
            notes: [LocalizedText(zh: "双向固定效应双重差分，按企业聚类的标准误；ATT 以万元/企业计。",
                                  en: "Two-way fixed-effects DiD with firm-clustered standard errors; ATT in 万元 per firm.")],
            key: "did_estimates")
    }

    /// Naive and causal 万元 per 万元 side by side per sector, the causal bars with their
    /// 95 % interval as error bars.
    func naiveVersusCausalChart(_ attribution: AttributionComparison, language: Language) -> OfficeChart {
        let names = attribution.rows.map { (sectorNames[$0.sector] ?? LocalizedText(verbatim: $0.sector)).text(language) }
        return OfficeChart(
            title: language == .zh ? "每万元资金效果：朴素归因 vs 因果估计（95% 置信区间）" : "Per 万元: naive vs causal (95% CI)",
            categories: names,
            series: [
                .init(name: language == .zh ? "朴素归因" : "Naive", values: attribution.rows.map(\.naive), interval: nil),
                .init(name: language == .zh ? "因果估计" : "Causal (DiD)", values: attribution.rows.map(\.causal.value),
                      interval: attribution.rows.map { ($0.causal.confidenceLow, $0.causal.confidenceHigh) }),
            ],
            valueAxisTitle: language == .zh ? "万元/万元" : "万元 per 万元")
    }

    /// The aggregate R&D intensity (ΣR&D ÷ Σrevenue, %) by sector as a native column chart,
    /// one series per firm population (``RDIntensityTable/intensityChart(language:)``'s data).
    func rdIntensityChart(_ table: RDIntensityTable, language: Language) -> OfficeChart? {
        guard let chart = table.intensityChart(language: language) else { return nil }
        return OfficeChart(title: chart.caption, categories: chart.categories,
                           series: chart.series.map { .init(name: $0.name, values: $0.values, interval: nil) },
                           valueAxisTitle: "%")
    }
}
