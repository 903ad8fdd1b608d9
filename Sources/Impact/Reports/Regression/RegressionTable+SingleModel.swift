extension RegressionTable {
    /// The first model's coefficients in long form, one row per term: estimate, standard
    /// error, t, p-value and the confidence interval (at the result's level, 95% by
    /// default). Numbers keep full precision in CSV and JSON; text shows ``decimals``
    /// places (p-values 4). Undefined values (a zero variance) print as `—`.
    public func coefficientTable() -> ReportTable {
        let model = models[0]
        let level = ReportNumber.fullPrecision(model.confidenceLevel * 100)
        let columns = [
            ReportColumn(key: "term", header: LocalizedText(zh: "变量", en: "Term")),
            ReportColumn(key: "estimate", header: LocalizedText(zh: "估计值", en: "Estimate")),
            ReportColumn(key: "std_error", header: LocalizedText(zh: "标准误", en: "Std. error")),
            ReportColumn(key: "t", header: LocalizedText(verbatim: "t")),
            ReportColumn(key: "p_value", header: LocalizedText(zh: "p 值", en: "p-value")),
            ReportColumn(key: "ci_low", header: LocalizedText(zh: "\(level)% 置信下限", en: "\(level)% CI low")),
            ReportColumn(key: "ci_high", header: LocalizedText(zh: "\(level)% 置信上限", en: "\(level)% CI high")),
            ReportColumn(key: "significance", header: LocalizedText(zh: "显著性", en: "Signif.")),
        ]
        let rows: [[ReportCell]] = model.coefficients.map { coefficient in
            [.text(coefficient.term),
             .number(coefficient.estimate, decimals: decimals),
             .number(coefficient.standardError, decimals: decimals),
             .number(coefficient.tStatistic, decimals: 3),
             .number(coefficient.pValue, decimals: 4),
             .number(coefficient.confidenceLow, decimals: decimals),
             .number(coefficient.confidenceHigh, decimals: decimals),
             .text(stars(for: coefficient.pValue))]
        }
        return ReportTable(
            title: LocalizedText(zh: "回归系数：\(model.responseName)", en: "Coefficients: \(model.responseName)"),
            columns: columns, rows: rows, notes: [significanceLegend], key: "coefficients")
    }

    /// The first model's fit statistics, one row each: observations, standard-error type,
    /// clusters, R², adjusted R², within R² (with fixed effects), the F test, residual and
    /// inference degrees of freedom, fixed effects; the model's notes underneath.
    public func statisticsTable() -> ReportTable {
        let model = models[0]
        var rows: [[ReportCell]] = []
        func add(_ zh: String, _ en: String, _ value: ReportCell) {
            rows.append([.label(LocalizedText(zh: zh, en: en)), value])
        }
        add("观测数", "Observations", .integer(model.observationCount))
        add("标准误类型", "Standard errors", .text(model.estimator.label))
        if !model.clusterCounts.isEmpty {
            add("聚类数", "Clusters", .text(model.clusterCounts.map(String.init).joined(separator: ", ")))
        }
        add("R²", "R²", .number(model.r2, decimals: decimals))
        add("调整 R²", "Adjusted R²", .number(model.adjustedR2, decimals: decimals))
        if let within = model.withinR2 {
            add("组内 R²", "Within R²", .number(within, decimals: decimals))
        }
        if let test = model.fTest {
            add("F 统计量", "F statistic", .number(test.statistic, decimals: 3))
            add("F 检验 p 值", "F test p-value", .number(test.pValue, decimals: 4))
        }
        add("残差自由度", "Residual df", .integer(model.residualDegreesOfFreedom))
        add("t 检验自由度", "t-test df", .number(model.inferenceDegreesOfFreedom, decimals: 0))
        let effects = model.fit.fixedEffects
        if !effects.isEmpty {
            add("固定效应", "Fixed effects",
                .text(effects.map { "\($0.name) (\($0.levelCount))" }.joined(separator: ", ")))
        }
        if !model.droppedTerms.isEmpty {
            add("因共线性剔除", "Dropped (collinear)", .text(model.droppedTerms.joined(separator: ", ")))
        }
        let columns = [
            ReportColumn(key: "statistic", header: LocalizedText(zh: "统计量", en: "Statistic")),
            ReportColumn(key: "value", header: LocalizedText(zh: "数值", en: "Value")),
        ]
        return ReportTable(title: LocalizedText(zh: "模型统计量", en: "Model statistics"),
                           columns: columns, rows: rows, notes: notes, key: "statistics")
    }
}
