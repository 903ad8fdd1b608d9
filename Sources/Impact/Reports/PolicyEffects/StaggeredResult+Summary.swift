import Foundation

extension StaggeredResult {
    /// The compact summary an economist reads first, as `did`'s `summary(aggte(…))`: one row
    /// with the overall ATT (the simple aggregation), its standard error, its pointwise 95 %
    /// interval and the pre-test p-value, and notes naming the control group, base period,
    /// estimation method, covariates, anticipation, standard errors, firms and cohorts.
    /// `simple` (the simple aggregation) and `test` (``pretest``) are the result's, computed
    /// once per render by the caller.
    func summaryTable(simple: StaggeredAggregate, pretest test: StaggeredPretest?) -> ReportTable {
        let interval = simple.confidenceInterval()
        return ReportTable(
            title: LocalizedText(zh: "摘要：总体平均处理效应", en: "Summary: overall average treatment effect"),
            columns: [
                ReportColumn(key: "att", header: LocalizedText(zh: "ATT", en: "ATT")),
                ReportColumn(key: "std_error", header: LocalizedText(zh: "标准误", en: "Std. error")),
                ReportColumn(key: "ci_low", header: LocalizedText(zh: "95%下限", en: "95% low")),
                ReportColumn(key: "ci_high", header: LocalizedText(zh: "95%上限", en: "95% high")),
                ReportColumn(key: "pretest_p_value", header: LocalizedText(zh: "平行趋势预检验 p", en: "Pre-test p")),
            ],
            rows: [[.number(simple.att, decimals: 4), .number(simple.standardError, decimals: 4),
                    .number(interval.low, decimals: 4), .number(interval.high, decimals: 4),
                    test.map { .number($0.pValue, decimals: 4) } ?? .empty]],
            notes: [Self.pretestWording(test), specificationWording, methodWording])
    }

    /// The pre-test `test` (the result's ``pretest``) in words: W, df and p, or why it is absent.
    static func pretestWording(_ test: StaggeredPretest?) -> LocalizedText {
        guard let test else {
            return LocalizedText(zh: "平行趋势预检验：无处理前格（或其协方差奇异），未计算。",
                                 en: "Pre-test of parallel trends: not computed (no pre-treatment cells, or their covariance is singular).")
        }
        let values = String(format: "W = %.4f, df = %d, p = %.4f", test.statistic, test.degreesOfFreedom, test.pValue)
        return LocalizedText(zh: "平行趋势预检验（处理前各 ATT(g,t) 联合为零的 Wald 检验）：\(values)。",
                             en: "Pre-test of parallel trends (Wald test that all pre-treatment ATT(g,t) are zero): \(values).")
    }

    /// Control group, base period, anticipation, firms and cohorts.
    private var specificationWording: LocalizedText {
        let control = controlGroup == .neverTreated
            ? LocalizedText(zh: "从未受支持企业", en: "never treated") : LocalizedText(zh: "尚未受支持企业", en: "not yet treated")
        let base = basePeriod == .varying
            ? LocalizedText(zh: "变动", en: "varying") : LocalizedText(zh: "统一", en: "universal")
        return LocalizedText(
            zh: "对照组：\(control.zh)；基期：\(base.zh)；预期期数：\(anticipation)；\(unitCountWording.zh)；组数 \(groups.count)。",
            en: "Control group: \(control.en); base period: \(base.en); anticipation periods: \(anticipation); \(unitCountWording.en); cohorts: \(groups.count).")
    }

    /// Estimation method and covariates.
    private var methodWording: LocalizedText {
        let method: LocalizedText = switch estimationMethod {
        case .doublyRobust: LocalizedText(zh: "双重稳健（Sant'Anna–Zhao）", en: "doubly robust (Sant'Anna–Zhao)")
        case .inverseProbabilityWeighting: LocalizedText(zh: "逆概率加权", en: "inverse probability weighting")
        case .outcomeRegression: LocalizedText(zh: "结果回归", en: "outcome regression")
        }
        let list = covariates.isEmpty ? nil : covariates.joined(separator: ", ")
        return LocalizedText(
            zh: "估计方法：\(method.zh)；协变量：\(list ?? "无（各方法相同）")。",
            en: "Estimation method: \(method.en); covariates: \(list ?? "none (all methods coincide)").")
    }
}
