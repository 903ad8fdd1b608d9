import Foundation

extension PropensityEffect: Reportable {
    /// "Propensity-score estimate".
    public func reportTitle(language: Language) -> LocalizedText? {
        LocalizedText(zh: "倾向得分估计", en: "Propensity-score estimate")
    }

    /// Report tables: the ATT with its inference next to the naive difference, the support
    /// and matching counts, the balance table, and the propensity logit when the scores
    /// were estimated here.
    public func reportTables(language: Language) -> [ReportTable] {
        [summaryTable(), balanceTable()] + (propensityModel.map { [Self.modelTable($0)] } ?? [])
    }

    /// The JSON document, keys in this order: `method`, `att`, `std_error`, `z`, `p_value`,
    /// `ci_low`, `ci_high`, `naive_difference`, `n_treated`, `n_controls`,
    /// `unmatched_treated`, `common_support` (`{"applied", "lower", "upper",
    /// "trimmed_treated", "trimmed_controls"}`), `balance` (`[{"covariate", "mean_treated",
    /// "mean_control", "smd_before", "mean_treated_adjusted", "mean_control_adjusted",
    /// "smd_after"}]`), and, when the scores were estimated here, `propensity_model`
    /// (`{"coefficients": [{"term", "estimate", "std_error", "z", "p_value"}],
    /// "log_likelihood", "log_likelihood_null", "pseudo_r2", "llr", "llr_p_value", "aic",
    /// "bic", "iterations", "nobs"}`).
    public func jsonValue(language: Language) -> JSONValue {
        let interval = confidenceInterval()
        let document = JSONValue.object([
            "method": .string(method.rawValue), "att": .number(att), "std_error": .number(standardError),
            "z": .number(zStatistic), "p_value": .number(pValue), "ci_low": .number(interval.low),
            "ci_high": .number(interval.high), "naive_difference": .number(naiveDifference),
            "n_treated": .integer(treatedCount), "n_controls": .integer(controlCount),
            "unmatched_treated": .integer(unmatchedTreated),
            "common_support": .object(["applied": .bool(support.isApplied), "lower": .number(support.lower),
                                       "upper": .number(support.upper),
                                       "trimmed_treated": .integer(support.trimmedTreated),
                                       "trimmed_controls": .integer(support.trimmedControls)]),
            "balance": .array(balance.rows.map { row in
                .object(["covariate": .string(row.covariate), "mean_treated": .number(row.treatedMean),
                         "mean_control": .number(row.controlMean), "smd_before": .number(row.standardizedDifference),
                         "mean_treated_adjusted": .number(row.adjustedTreatedMean),
                         "mean_control_adjusted": .number(row.adjustedControlMean),
                         "smd_after": .number(row.adjustedStandardizedDifference)])
            }),
        ])
        guard let logit = propensityModel else { return document }
        return document.setting("propensity_model", Self.modelJSON(logit))
    }

    /// The logit in JSON (see ``jsonValue(language:)``).
    private static func modelJSON(_ logit: LogitResult) -> JSONValue {
        .object([
            "coefficients": .array(logit.coefficientTable().map { c in
                .object(["term": .string(c.term), "estimate": .number(c.estimate),
                         "std_error": .number(c.standardError), "z": .number(c.tStatistic),
                         "p_value": .number(c.pValue)])
            }),
            "log_likelihood": .number(logit.logLikelihood), "log_likelihood_null": .number(logit.nullLogLikelihood),
            "pseudo_r2": .number(logit.pseudoRSquared), "llr": .number(logit.likelihoodRatio),
            "llr_p_value": .number(logit.likelihoodRatioPValue), "aic": .number(logit.aic), "bic": .number(logit.bic),
            "iterations": .integer(logit.iterations), "nobs": .integer(logit.observationCount),
        ])
    }

    /// The ATT, its inference, the naive difference and the support counts.
    private func summaryTable() -> ReportTable {
        let interval = confidenceInterval()
        let methodName = method == .inverseProbabilityWeighting
            ? LocalizedText(zh: "逆概率加权（IPW）", en: "Inverse-probability weighting (IPW)")
            : LocalizedText(zh: "最近邻匹配（有放回）", en: "Nearest-neighbour matching (with replacement)")
        return ReportTable(
            title: LocalizedText(zh: "受支持企业的平均处理效应（ATT）", en: "Average effect on the treated (ATT)"),
            columns: [
                ReportColumn(key: "quantity", header: LocalizedText(zh: "项目", en: "Quantity")),
                ReportColumn(key: "value", header: LocalizedText(zh: "数值", en: "Value")),
            ],
            rows: [
                [.label(LocalizedText(zh: "方法", en: "Method")), .label(methodName)],
                [.label(LocalizedText(zh: "ATT（因果估计）", en: "ATT (causal estimate)")), .number(att, decimals: 4)],
                [.label(LocalizedText(zh: "标准误", en: "Std. error")), .number(standardError, decimals: 4)],
                [.label(LocalizedText(zh: "z 值", en: "z")), .number(zStatistic, decimals: 3)],
                [.label(LocalizedText(zh: "p 值", en: "p-value")), .number(pValue, decimals: 4)],
                [.label(LocalizedText(zh: "95%置信区间下限", en: "95% CI low")), .number(interval.low, decimals: 4)],
                [.label(LocalizedText(zh: "95%置信区间上限", en: "95% CI high")), .number(interval.high, decimals: 4)],
                [.label(LocalizedText(zh: "未调整均值差（朴素）", en: "Unadjusted difference (naive)")), .number(naiveDifference, decimals: 4)],
                [.label(LocalizedText(zh: "参与估计的受支持企业", en: "Treated units used")), .integer(treatedCount)],
                [.label(LocalizedText(zh: "参与估计的对照企业", en: "Control units used")), .integer(controlCount)],
                [.label(LocalizedText(zh: "共同支撑区间", en: "Common support")),
                 support.isApplied ? .text(String(format: "[%.4f, %.4f]", support.lower, support.upper))
                                   : .label(LocalizedText(zh: "未修剪", en: "not trimmed"))],
                [.label(LocalizedText(zh: "剔除的受支持企业（共同支撑外）", en: "Treated trimmed (off support)")), .integer(support.trimmedTreated)],
                [.label(LocalizedText(zh: "剔除的对照企业（共同支撑外）", en: "Controls trimmed (off support)")), .integer(support.trimmedControls)],
                [.label(LocalizedText(zh: "卡尺内无匹配的受支持企业", en: "Treated without a match in the caliper")), .integer(unmatchedTreated)],
            ])
    }

    /// Balance before and after adjustment.
    private func balanceTable() -> ReportTable {
        ReportTable(
            title: LocalizedText(zh: "协变量平衡（标准化均值差）", en: "Covariate balance (standardized mean differences)"),
            columns: [
                ReportColumn(key: "covariate", header: LocalizedText(zh: "协变量", en: "Covariate")),
                ReportColumn(key: "mean_treated", header: LocalizedText(zh: "处理组均值", en: "Treated mean")),
                ReportColumn(key: "mean_control", header: LocalizedText(zh: "对照组均值", en: "Control mean")),
                ReportColumn(key: "smd_before", header: LocalizedText(zh: "调整前SMD", en: "SMD before")),
                ReportColumn(key: "mean_control_adjusted", header: LocalizedText(zh: "调整后对照均值", en: "Adjusted control mean")),
                ReportColumn(key: "smd_after", header: LocalizedText(zh: "调整后SMD", en: "SMD after")),
            ],
            rows: balance.rows.map { row in
                [.text(row.covariate), .number(row.treatedMean, decimals: 4), .number(row.controlMean, decimals: 4),
                 .number(row.standardizedDifference, decimals: 3), .number(row.adjustedControlMean, decimals: 4),
                 .number(row.adjustedStandardizedDifference, decimals: 3)]
            },
            notes: [LocalizedText(zh: "SMD = 均值差 / sqrt((处理组方差 + 对照组方差)/2)，分母取调整前；|SMD| < 0.1 视为平衡。",
                                  en: "SMD = difference in means / sqrt((treated variance + control variance)/2), unadjusted denominator; |SMD| < 0.1 is good balance.")])
    }

    /// The propensity logit's coefficients and fit.
    private static func modelTable(_ logit: LogitResult) -> ReportTable {
        return ReportTable(
            title: LocalizedText(zh: "倾向得分模型（Logit）", en: "Propensity-score model (logit)"),
            columns: [
                ReportColumn(key: "term", header: LocalizedText(zh: "变量", en: "Term")),
                ReportColumn(key: "estimate", header: LocalizedText(zh: "系数", en: "Coefficient")),
                ReportColumn(key: "std_error", header: LocalizedText(zh: "标准误", en: "Std. error")),
                ReportColumn(key: "z", header: LocalizedText(zh: "z 值", en: "z")),
                ReportColumn(key: "p_value", header: LocalizedText(zh: "p 值", en: "p-value")),
                ReportColumn(key: "ci_low", header: LocalizedText(zh: "95%下限", en: "95% low")),
                ReportColumn(key: "ci_high", header: LocalizedText(zh: "95%上限", en: "95% high")),
            ],
            rows: logit.coefficientTable().map { c in
                [.text(c.term), .number(c.estimate, decimals: 4), .number(c.standardError, decimals: 4),
                 .number(c.tStatistic, decimals: 3), .number(c.pValue, decimals: 4),
                 .number(c.confidenceLow, decimals: 4), .number(c.confidenceHigh, decimals: 4)]
            },
            notes: [LocalizedText(
                zh: String(format: "观测 %d；对数似然 %.4f；McFadden 伪R² %.4f；LR 统计量 %.3f；迭代 %d 次。",
                           logit.observationCount, logit.logLikelihood, logit.pseudoRSquared, logit.likelihoodRatio, logit.iterations),
                en: String(format: "Observations %d; log-likelihood %.4f; McFadden pseudo-R² %.4f; LR statistic %.3f; %d iterations.",
                           logit.observationCount, logit.logLikelihood, logit.pseudoRSquared, logit.likelihoodRatio, logit.iterations))])
    }
}
