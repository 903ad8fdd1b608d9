extension DifferenceInDifferencesResult: Reportable {
    /// The estimate as printable tables: a summary (ATT, standard error, t, p, interval,
    /// observations, clusters, group sizes, the bootstrap when run), the regression's
    /// coefficients and the four cell means. Numbers keep full precision in CSV and JSON.
    public func reportTables(language: Language) -> [ReportTable] {
        [summaryTable(), RegressionTable([regression]).coefficientTable(), cellMeansTable()]
    }

    /// The JSON document, a fixed shape scripts rely on, keys in this order:
    ///
    ///     {"att", "std_error", "ci_low", "ci_high", "nobs",
    ///      "coefficients": [{"term", "estimate", "std_error", "t", "p_value", "ci_low", "ci_high"}],
    ///      "t", "p_value", "term", "design": "pooled"|"twfe", "vcov": "cluster:firm_id",
    ///      "n_clusters", "treated_units", "control_units",
    ///      "cell_means": {"treated_post", "treated_pre", "control_post", "control_pre",
    ///                     "difference_in_differences"},
    ///      "dropped": […], "notes": [{"code", "message"}], "bootstrap": {…}|null}
    ///
    /// The first five keys are the contract of `impact did`; the rest are additions. Notes
    /// carry a stable code and the English sentence, whatever the output language.
    public func jsonValue(language: Language) -> JSONValue {
        let means = cellMeans
        return .object([
            "att": .number(att.estimate), "std_error": .number(att.standardError),
            "ci_low": .number(att.confidenceLow), "ci_high": .number(att.confidenceHigh),
            "nobs": .integer(observationCount), "coefficients": .array(regression.coefficients.map(\.jsonValue)),
            "t": .number(att.tStatistic), "p_value": .number(att.pValue), "term": .string(att.term),
            "design": .string(specification.design.rawValue), "vcov": .string(regression.estimator.label),
            "n_clusters": .integer(regression.clusterCount), "treated_units": .integer(treatedUnits),
            "control_units": .integer(controlUnits),
            "cell_means": .object(["treated_post": .number(means.treatedPost), "treated_pre": .number(means.treatedPre),
                                   "control_post": .number(means.controlPost), "control_pre": .number(means.controlPre),
                                   "difference_in_differences": .number(means.differenceInDifferences)]),
            "dropped": .strings(regression.droppedTerms),
            "notes": .array(notes.map(\.jsonValue) + regression.notes.map(\.jsonValue)),
            "bootstrap": bootstrap?.jsonValue,
        ])
    }

    /// Key, statistic and value of the estimate, the bootstrap's rows when it was run.
    private func summaryTable() -> ReportTable {
        let level = ReportNumber.fullPrecision(regression.confidenceLevel * 100)
        var rows: [[ReportCell]] = []
        func add(_ key: String, _ zh: String, _ en: String, _ value: ReportCell) {
            rows.append([.text(key), .label(LocalizedText(zh: zh, en: en)), value])
        }
        let designName = specification.design == .pooled
            ? LocalizedText(zh: "混合 2×2 回归", en: "pooled 2×2 regression")
            : LocalizedText(zh: "双向固定效应", en: "two-way fixed effects")
        add("design", "设计", "Design", .label(designName))
        add("term", "效应项", "Effect term", .text(att.term))
        add("att", "平均处理效应 (ATT)", "ATT", .number(att.estimate, decimals: 4))
        add("std_error", "标准误", "Std. error", .number(att.standardError, decimals: 4))
        add("t", "t 统计量", "t", .number(att.tStatistic, decimals: 3))
        add("p_value", "p 值", "p-value", .number(att.pValue, decimals: 4))
        add("ci_low", "\(level)% 置信下限", "\(level)% CI low", .number(att.confidenceLow, decimals: 4))
        add("ci_high", "\(level)% 置信上限", "\(level)% CI high", .number(att.confidenceHigh, decimals: 4))
        add("vcov", "标准误类型", "Std. errors", .text(regression.estimator.label))
        add("nobs", "观测数", "Observations", .integer(observationCount))
        if let clusters = regression.clusterCount { add("n_clusters", "聚类数", "Clusters", .integer(clusters)) }
        add("treated_units", "处理组企业数", "Treated units", .integer(treatedUnits))
        add("control_units", "对照组企业数", "Control units", .integer(controlUnits))
        if let bootstrap {
            let weights = bootstrap.weights.rawValue
            add("bootstrap_p_value", "野聚类自助 p 值 (WCR, \(weights))", "Wild cluster bootstrap p (WCR, \(weights))",
                .number(bootstrap.pValue, decimals: 4))
            add("bootstrap_ci_low", "自助置信下限", "Bootstrap CI low", .number(bootstrap.confidenceLow, decimals: 4))
            add("bootstrap_ci_high", "自助置信上限", "Bootstrap CI high", .number(bootstrap.confidenceHigh, decimals: 4))
            add("bootstrap_replications", "自助次数", "Bootstrap draws", .integer(bootstrap.replications))
        }
        return ReportTable(
            title: LocalizedText(zh: "双重差分：\(specification.outcome)", en: "Difference-in-differences: \(specification.outcome)"),
            columns: [ReportColumn(key: "key", header: LocalizedText(zh: "键", en: "Key")),
                      ReportColumn(key: "statistic", header: LocalizedText(zh: "统计量", en: "Statistic")),
                      ReportColumn(key: "value", header: LocalizedText(zh: "数值", en: "Value"))],
            rows: rows, notes: notes.map(\.wording) + regression.notes.map(\.wording) + (bootstrap.map { [Self.bootstrapNote($0)] } ?? []), key: "did")
    }

    /// How the bootstrap was run.
    private static func bootstrapNote(_ bootstrap: WildClusterBootstrapResult) -> LocalizedText {
        LocalizedText(
            zh: "自助法：原假设 \(bootstrap.nullValue) 下的限制性野聚类自助 t（种子 \(bootstrap.seed)\(bootstrap.enumerated ? "，已穷举全部 2^G 个符号向量" : "")）；区间由检验反演得到。",
            en: "Bootstrap: restricted wild cluster bootstrap-t under the null \(bootstrap.nullValue) (seed \(bootstrap.seed)\(bootstrap.enumerated ? ", all 2^G sign vectors enumerated" : "")); the interval is by test inversion.")
    }

    /// The four cell means, their changes and the difference in differences.
    private func cellMeansTable() -> ReportTable {
        let means = cellMeans
        return ReportTable(
            title: LocalizedText(zh: "四格均值", en: "Cell means"),
            columns: [ReportColumn(key: "group", header: LocalizedText(zh: "组别", en: "Group")),
                      ReportColumn(key: "pre", header: LocalizedText(zh: "政策前", en: "Pre")),
                      ReportColumn(key: "post", header: LocalizedText(zh: "政策后", en: "Post")),
                      ReportColumn(key: "change", header: LocalizedText(zh: "变化", en: "Change"))],
            rows: [
                [.label(LocalizedText(zh: "处理组", en: "Treated")), .number(means.treatedPre, decimals: 4),
                 .number(means.treatedPost, decimals: 4), .number(means.treatedPost - means.treatedPre, decimals: 4)],
                [.label(LocalizedText(zh: "对照组", en: "Control")), .number(means.controlPre, decimals: 4),
                 .number(means.controlPost, decimals: 4), .number(means.controlPost - means.controlPre, decimals: 4)],
                [.label(LocalizedText(zh: "差分之差", en: "Difference in differences")), .empty, .empty,
                 .number(means.differenceInDifferences, decimals: 4)],
            ],
            notes: [LocalizedText(zh: "无协变量的混合 2×2 回归中，ATT 恰等于四格均值的差分之差。",
                                  en: "In the pooled 2×2 regression without covariates the ATT equals this difference of the four means exactly.")],
            key: "cell_means")
    }
}
