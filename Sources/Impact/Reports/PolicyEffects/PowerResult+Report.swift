extension PowerResult: Reportable {
    /// The heading: the power calculation for the outcome.
    public func reportTitle(language: Language) -> LocalizedText? {
        LocalizedText(zh: "功效与最小可检测效应：\(specification.outcome)",
                      en: "Power and minimum detectable effect: \(specification.outcome)")
    }

    /// The answer (analytic and simulated side by side, the report sentence under it), the
    /// variance components, the power curve and the curve of the MDE against the number of
    /// supported firms (both charted in HTML).
    public func reportTables(language: Language) -> [ReportTable] {
        [summaryTable(), componentsTable(), powerCurveTable(), firmsCurveTable()]
    }

    /// The answer, analytic and simulated.
    private func summaryTable() -> ReportTable {
        var rows: [[ReportCell]] = []
        func add(_ key: String, _ zh: String, _ en: String, _ analytic: ReportCell, _ simulated: ReportCell = .empty) {
            rows.append([.text(key), .label(LocalizedText(zh: zh, en: en)), analytic, simulated])
        }
        let simulated = simulation
        add("supported_firms", "受支持企业数 N", "Supported firms N", .integer(supportedFirms))
        add("comparison_firms", "对照企业数 C", "Comparison firms C", .integer(comparisonFirms))
        add("pre_periods", "支持前期数 m", "Pre periods m", .integer(specification.prePeriods))
        add("post_periods", "支持后期数 r", "Post periods r", .integer(specification.postPeriods))
        add("alpha", "显著性水平 α", "Size α", .number(specification.alpha, decimals: 3))
        add("target_power", "目标功效", "Target power", .number(specification.targetPower, decimals: 3))
        add("mde", "最小可检测效应", "Minimum detectable effect",
            .number(analytic.minimumDetectableEffect ?? .nan, decimals: 2), Self.cell(simulated?.minimumDetectableEffect, 2))
        add("mde_percent", "最小可检测效应（占支持前均值 %）", "MDE (% of pre-period mean)",
            .number(percentOfMean(analytic.minimumDetectableEffect ?? .nan), decimals: 2, suffix: "%"),
            Self.cell(simulated?.minimumDetectableEffect.map(percentOfMean), 2, suffix: "%"))
        add("effect", effectGiven ? "给定效应" : "评估效应（解析 MDE）", effectGiven ? "Effect given" : "Effect evaluated (analytic MDE)",
            .number(evaluatedEffect, decimals: 2))
        add("effect_percent", "效应（占支持前均值 %）", "Effect (% of pre-period mean)",
            .number(percentOfMean(evaluatedEffect), decimals: 2, suffix: "%"))
        add("power", "该效应下的功效", "Power at this effect", .number(analytic.power, decimals: 3), Self.cell(simulated?.power, 3))
        if question == .firms {
            add("firms_needed", "所需受支持企业数", "Supported firms needed", Self.count(analytic.firmsNeeded),
                Self.count(simulated?.firmsNeeded))
        }
        add("std_error", "DiD 估计标准误", "Std. error of the DiD", .number(analytic.standardError, decimals: 4),
            Self.cell(simulated?.standardError, 4))
        add("simulations", "模拟次数", "Simulations", .empty, Self.count(simulated?.simulations))
        add("monte_carlo_error", "功效的蒙特卡洛标准误", "Monte Carlo s.e. of the power", .empty, Self.cell(simulated?.monteCarloError, 4))
        return ReportTable(
            title: LocalizedText(zh: "功效分析", en: "Power analysis"),
            columns: [ReportColumn(key: "key", header: LocalizedText(zh: "键", en: "Key")),
                      ReportColumn(key: "statistic", header: LocalizedText(zh: "统计量", en: "Statistic")),
                      ReportColumn(key: "analytic", header: LocalizedText(zh: "解析公式", en: "Analytic")),
                      ReportColumn(key: "simulation", header: LocalizedText(zh: "模拟", en: "Simulation"))],
            rows: rows, notes: [sentence, methodNote] + notes.map(\.wording), key: "power")
    }

    /// The variance components behind the formula.
    private func componentsTable() -> ReportTable {
        let c = components
        let rows: [[ReportCell]] = [
            [.text("pre_period_mean"), .label(LocalizedText(zh: "支持前均值", en: "Pre-period mean")), .number(preMean, decimals: 2)],
            [.text("variance"), .label(LocalizedText(zh: "残差方差 σ²", en: "Residual variance σ²")), .number(c.variance, decimals: 4)],
            [.text("pre_covariance"), .label(LocalizedText(zh: "支持前期间平均协方差 ψᴮ", en: "Mean pre-period covariance ψᴮ")),
             .number(c.preCovariance, decimals: 4)],
            [.text("post_covariance"), .label(LocalizedText(zh: "支持后期间平均协方差 ψᴬ", en: "Mean post-period covariance ψᴬ")),
             .number(c.postCovariance, decimals: 4)],
            [.text("cross_covariance"), .label(LocalizedText(zh: "前后期平均协方差 ψˣ", en: "Mean pre–post covariance ψˣ")),
             .number(c.crossCovariance, decimals: 4)],
            [.text("contrast_variance"), .label(LocalizedText(zh: "企业前后差的方差 V", en: "Variance of a firm's contrast V")),
             .number(c.contrastVariance, decimals: 4)],
            [.text("panel_firms"), .label(LocalizedText(zh: "面板企业数", en: "Panel firms")), .integer(panelFirms)],
            [.text("history"), .label(LocalizedText(zh: "历史期", en: "History")),
             .text("\(historyPeriods.lowerBound)–\(historyPeriods.upperBound)")],
            [.text("windows"), .label(LocalizedText(zh: "连续 m+r 期窗口数", en: "Windows of m+r periods")), .integer(windows)],
        ]
        return ReportTable(
            title: LocalizedText(zh: "方差成分（剔除企业与时期效应后的残差）", en: "Variance components (residuals after firm and period effects)"),
            columns: [ReportColumn(key: "key", header: LocalizedText(zh: "键", en: "Key")),
                      ReportColumn(key: "statistic", header: LocalizedText(zh: "统计量", en: "Statistic")),
                      ReportColumn(key: "value", header: LocalizedText(zh: "数值", en: "Value"))],
            rows: rows, key: "variance_components")
    }

    /// A number cell, or empty.
    static func cell(_ value: Double?, _ decimals: Int, suffix: String = "") -> ReportCell {
        value.map { .number($0, decimals: decimals, suffix: suffix) } ?? .empty
    }

    /// A count cell, or empty.
    static func count(_ value: Int?) -> ReportCell { value.map(ReportCell.integer) ?? .empty }
}
