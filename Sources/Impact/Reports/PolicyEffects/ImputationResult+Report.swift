import Foundation

extension ImputationResult: Reportable {
    /// "Staggered adoption effects (imputation, Borusyak–Jaravel–Spiess)".
    public func reportTitle(language: Language) -> LocalizedText? {
        LocalizedText(zh: "交错受支持的处理效应（插补法，Borusyak–Jaravel–Spiess）",
                      en: "Staggered adoption effects (imputation, Borusyak–Jaravel–Spiess)")
    }

    /// The overall ATT (with the sample and the method in its notes), the event-study
    /// effects by horizon with an interval chart (event time on the x axis), each row with
    /// its standard error and normal 95% interval; then the pre-trend leads (charted, the
    /// joint F test in the notes) and the covariate coefficients, when there are any.
    public func reportTables(language: Language) -> [ReportTable] {
        let overallTable = ReportTable(
            title: LocalizedText(zh: "总体平均处理效应", en: "Overall average treatment effect"),
            columns: [ReportColumn(key: "estimand", header: LocalizedText(zh: "估计量", en: "Estimand"))]
                + Self.estimateColumns
                + [ReportColumn(key: "observations", header: LocalizedText(zh: "受支持观测数", en: "Treated rows"))],
            rows: [[.label(LocalizedText(zh: "ATT（全部受支持观测等权平均）", en: "ATT (mean over all treated rows)"))]
                   + Self.estimateCells(overall) + [.integer(overall.observations)]],
            notes: designNotes, key: "overall")
        let eventTable = ReportTable(
            title: LocalizedText(zh: "按事件时间的动态效应", en: "Effects by event time"),
            columns: [ReportColumn(key: "event_time", header: LocalizedText(zh: "事件时间 h", en: "Event time h"))]
                + Self.estimateColumns
                + [ReportColumn(key: "observations", header: LocalizedText(zh: "受支持观测数", en: "Treated rows"))],
            rows: eventStudy.map { [.integer($0.eventTime ?? 0)] + Self.estimateCells($0) + [.integer($0.observations)] },
            key: "event_study")
            .chartingIntervals("estimate", low: "ci_low", high: "ci_high", labelledBy: "event_time")
        let pretrendTables = pretrend.map { [$0.reportTable()] } ?? []
        guard !covariates.isEmpty else { return [overallTable, eventTable] + pretrendTables }
        let coefficientTable = ReportTable(
            title: LocalizedText(zh: "第一阶段协变量系数（未受支持观测）", en: "First-stage covariate coefficients (untreated rows)"),
            columns: [ReportColumn(key: "covariate", header: LocalizedText(zh: "协变量", en: "Covariate")),
                      ReportColumn(key: "coefficient", header: LocalizedText(zh: "系数", en: "Coefficient"))],
            rows: zip(covariates, covariateCoefficients).map { [.text($0), .number($1, decimals: 4)] },
            key: "covariates")
        return [overallTable, eventTable] + pretrendTables + [coefficientTable]
    }

    /// The JSON document, keys in this order:
    ///
    ///     {"estimator": "imputation",
    ///      "overall": {"att", "std_error", "ci_low", "ci_high", "n_treated"},
    ///      "event_study": [{"event_time", "estimate", "std_error", "ci_low", "ci_high",
    ///                       "uniform_low", "uniform_high", "n_treated"}, …],
    ///      "covariates": [{"name", "coefficient"}, …],
    ///      "pretrend": {"leads": […], "test": {…}|null}|null (``ImputationPretrend/jsonValue``),
    ///      "cohorts", "n_units", "n_observations", "n_untreated", "n_treated",
    ///      "standard_errors", "notes": [{"code", "message"}]}
    ///
    /// Intervals are normal 95% (`estimate ± 1.96 · se`). The event-study entries carry the
    /// shared ``EventTimeJSON`` shape of every estimator's event times (`uniform_*` null: the
    /// imputation estimator gives no simultaneous band), then their own `n_treated`.
    public func jsonValue(language: Language) -> JSONValue {
        let (low, high) = overall.confidenceInterval()
        return .object([
            "estimator": .string("imputation"),
            "overall": .object(["att": .number(overall.estimate), "std_error": .number(overall.standardError),
                                "ci_low": .number(low), "ci_high": .number(high),
                                "n_treated": .integer(overall.observations)]),
            "event_study": .array(eventStudy.map { point in
                .object(EventTimeJSON.members(
                    eventTime: point.eventTime ?? 0, estimate: point.estimate, standardError: point.standardError,
                    confidenceInterval: point.confidenceInterval(), uniformInterval: nil)
                    + [JSONValue.Member("n_treated", .integer(point.observations))])
            }),
            "covariates": .array(zip(covariates, covariateCoefficients).map {
                .object(["name": .string($0), "coefficient": .number($1)])
            }),
            "pretrend": pretrend?.jsonValue ?? .null,
            "cohorts": .array(cohorts.map { .integer($0) }),
            "n_units": .integer(unitCount), "n_observations": .integer(observationCount),
            "n_untreated": .integer(untreatedCount), "n_treated": .integer(treatedCount),
            "standard_errors": .string(Self.standardErrorsDescription),
            "notes": .array(notes.map(\.jsonValue)),
        ])
    }

    /// How the standard errors are computed, in English (the JSON's `standard_errors`).
    static let standardErrorsDescription =
        "conservative (Borusyak-Jaravel-Spiess Theorem 3), clustered by firm, cohort-by-period auxiliary means without leave-out"

    /// The estimate, standard error and normal 95% interval cells.
    private static func estimateCells(_ estimate: ImputationEstimate) -> [ReportCell] {
        let (low, high) = estimate.confidenceInterval()
        return [.number(estimate.estimate, decimals: 4), .number(estimate.standardError, decimals: 4),
                .number(low, decimals: 4), .number(high, decimals: 4)]
    }

    /// The estimate, standard error and interval columns.
    private static let estimateColumns = [
        ReportColumn(key: "estimate", header: LocalizedText(zh: "估计值", en: "Estimate")),
        ReportColumn(key: "std_error", header: LocalizedText(zh: "标准误", en: "Std. error")),
        ReportColumn(key: "ci_low", header: LocalizedText(zh: "95%下限", en: "95% low")),
        ReportColumn(key: "ci_high", header: LocalizedText(zh: "95%上限", en: "95% high")),
    ]

    /// Sample, method and standard errors, then the typed notes.
    private var designNotes: [LocalizedText] {
        let cohortList = cohorts.map(String.init).joined(separator: ", ")
        return [
            LocalizedText(zh: "企业 \(unitCount) 家；观测 \(observationCount) 个（未受支持 \(untreatedCount)，受支持并插补 \(treatedCount)）；受支持批次 \(cohortList)。",
                          en: "Firms: \(unitCount); rows: \(observationCount) (untreated \(untreatedCount), treated and imputed \(treatedCount)); cohorts: \(cohortList)."),
            LocalizedText(zh: "方法：以从未受支持和尚未受支持的观测拟合企业与年份固定效应\(covariates.isEmpty ? "" : "及协变量")，插补受支持观测的未受支持结果，处理效应为实际值减插补值的平均。",
                          en: "Method: firm and period effects\(covariates.isEmpty ? "" : " and covariates") fitted on never- and not-yet-treated rows impute each treated row's untreated outcome; effects average the actual minus the imputed outcome."),
            LocalizedText(zh: "标准误：Borusyak–Jaravel–Spiess 定理3 的保守标准误，按企业聚类（辅助效应为批次×年份格内均值，未作留一修正）；区间为正态95%区间。",
                          en: "Standard errors: conservative (Borusyak–Jaravel–Spiess Theorem 3), clustered by firm (auxiliary effects are cohort × period means, without the leave-one-out correction); intervals are normal 95%."),
        ] + notes.map(\.wording)
    }
}
