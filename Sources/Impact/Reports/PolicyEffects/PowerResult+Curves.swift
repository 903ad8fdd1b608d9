extension PowerResult {
    /// Power against effect size at the design's firms, charted as curves in HTML.
    func powerCurveTable() -> ReportTable {
        let rows: [[ReportCell]] = powerCurve.map { point in
            let band = point.simulatedPower.flatMap { power in point.monteCarloError.map { (power - 2 * $0, power + 2 * $0) } }
            return [.number(point.effect, decimals: 2), .number(percentOfMean(point.effect), decimals: 2, suffix: "%"),
                    .number(point.analyticPower, decimals: 3), Self.cell(point.simulatedPower, 3),
                    Self.cell(band.map { max($0.0, 0) }, 3), Self.cell(band.map { min($0.1, 1) }, 3)]
        }
        return ReportTable(
            title: LocalizedText(zh: "功效曲线（N = \(supportedFirms)）", en: "Power curve (N = \(supportedFirms))"),
            columns: [ReportColumn(key: "effect", header: LocalizedText(zh: "效应", en: "Effect")),
                      ReportColumn(key: "effect_percent", header: LocalizedText(zh: "效应 %", en: "Effect %")),
                      ReportColumn(key: "analytic_power", header: LocalizedText(zh: "解析功效", en: "Analytic power")),
                      ReportColumn(key: "simulated_power", header: LocalizedText(zh: "模拟功效", en: "Simulated power")),
                      ReportColumn(key: "simulated_low", header: LocalizedText(zh: "模拟下限 (−2 s.e.)", en: "Sim. low (−2 s.e.)")),
                      ReportColumn(key: "simulated_high", header: LocalizedText(zh: "模拟上限 (+2 s.e.)", en: "Sim. high (+2 s.e.)"))],
            rows: rows, key: "power_curve",
            chart: ReportChart(curves: ["analytic_power", "simulated_power"], against: "effect"))
    }

    /// The minimum detectable effect against the number of supported firms, charted in HTML.
    func firmsCurveTable() -> ReportTable {
        let rows: [[ReportCell]] = firmsCurve.map { point in
            [.integer(point.supportedFirms), .integer(point.comparisonFirms), .number(point.analyticEffect, decimals: 2),
             .number(percentOfMean(point.analyticEffect), decimals: 2, suffix: "%"), Self.cell(point.simulatedEffect, 2),
             Self.cell(point.simulatedEffect.map(percentOfMean), 2, suffix: "%")]
        }
        return ReportTable(
            title: LocalizedText(zh: "最小可检测效应与受支持企业数", en: "Minimum detectable effect by number of supported firms"),
            columns: [ReportColumn(key: "supported_firms", header: LocalizedText(zh: "受支持企业数", en: "Supported firms")),
                      ReportColumn(key: "comparison_firms", header: LocalizedText(zh: "对照企业数", en: "Comparison firms")),
                      ReportColumn(key: "analytic_mde", header: LocalizedText(zh: "解析 MDE", en: "Analytic MDE")),
                      ReportColumn(key: "analytic_mde_percent", header: LocalizedText(zh: "解析 MDE %", en: "Analytic MDE %")),
                      ReportColumn(key: "simulated_mde", header: LocalizedText(zh: "模拟 MDE", en: "Simulated MDE")),
                      ReportColumn(key: "simulated_mde_percent", header: LocalizedText(zh: "模拟 MDE %", en: "Simulated MDE %"))],
            rows: rows, key: "firms_curve",
            chart: ReportChart(curves: ["analytic_mde", "simulated_mde"], against: "supported_firms"))
    }
}
