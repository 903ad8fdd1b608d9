extension EventStudyResult: Reportable {
    /// The event study as printable tables: the plot data (one row per event time, the
    /// reference marked), the pre-trend test, the Sun–Abraham estimates and the
    /// Goodman-Bacon decomposition when present. HTML output draws the estimates as a bar
    /// chart.
    public func reportTables(language: Language) -> [ReportTable] {
        let level = ReportNumber.fullPrecision(regression.confidenceLevel * 100)
        let main = Self.plotTable(
            eventTimes, level: level, key: "event_study",
            title: LocalizedText(zh: "事件研究（双向固定效应）：\(specification.outcome)",
                                 en: "Event study (two-way fixed effects): \(specification.outcome)"),
            notes: [designNote()] + regression.notes.map(\.wording) + notes.map(\.wording))
        return [main] + (pretrend.map { [Self.pretrendTable($0)] } ?? [])
            + (sunAbraham.map { [Self.sunAbrahamTable($0, level: level)] } ?? [])
            + (goodmanBacon.map { [$0.reportTable()] } ?? [])
    }

    /// The JSON document, keys in this order:
    ///
    ///     {"coefficients": [{"term", "estimate", "std_error", "t", "p_value", "ci_low", "ci_high"}],
    ///      "event_times": [{"event_time", "term", "estimate", "std_error", "ci_low", "ci_high",
    ///                       "reference", "binned"}],
    ///      "pretrend_p_value", "pretrend": {…}|null, "reference", "bin_min", "bin_max", "nobs",
    ///      "vcov", "n_clusters", "treated_units", "never_treated_units", "dropped",
    ///      "notes": [{"code", "message"}], "sun_abraham": {…}|null, "goodman_bacon": {…}|null}
    public func jsonValue(language: Language) -> JSONValue {
        .object([
            "coefficients": .array(regression.coefficients.map(\.jsonValue)),
            "event_times": .array(eventTimes.map(\.jsonValue)),
            "pretrend_p_value": pretrend.map { .number($0.pValue) }, "pretrend": pretrend?.jsonValue,
            "reference": .integer(specification.reference), "bin_min": .integer(specification.binMin),
            "bin_max": .integer(specification.binMax), "nobs": .integer(regression.observationCount),
            "vcov": .string(regression.estimator.label), "n_clusters": .integer(regression.clusterCount),
            "treated_units": .integer(treatedUnits), "never_treated_units": .integer(neverTreatedUnits),
            "dropped": .strings(regression.droppedTerms),
            "notes": .array(regression.notes.map(\.jsonValue) + notes.map(\.jsonValue)),
            "sun_abraham": sunAbraham?.jsonValue, "goodman_bacon": goodmanBacon?.jsonValue,
        ])
    }

    /// The reference period, the coding of never-treated firms, the standard errors.
    private func designNote() -> LocalizedText {
        LocalizedText(
            zh: "参照期 e = \(specification.reference)（系数归一为 0）；从未受支持企业的所有事件时间虚拟变量均为 0；标准误 \(regression.estimator.label)，观测数 \(regression.observationCount)。",
            en: "Reference period e = \(specification.reference) (normalised to 0); never-treated firms have every event-time indicator 0; standard errors \(regression.estimator.label), \(regression.observationCount) observations.")
    }

    /// The F and χ² pre-trend tests.
    private static func pretrendTable(_ pretrend: PretrendTest) -> ReportTable {
        let times = pretrend.eventTimes.map(String.init).joined(separator: ", ")
        return ReportTable(
            title: LocalizedText(zh: "事前趋势联合检验", en: "Joint pre-trend test"),
            columns: [ReportColumn(key: "test", header: LocalizedText(zh: "检验", en: "Test")),
                      ReportColumn(key: "statistic", header: LocalizedText(zh: "统计量", en: "Statistic")),
                      ReportColumn(key: "df", header: LocalizedText(zh: "自由度", en: "df")),
                      ReportColumn(key: "p_value", header: LocalizedText(zh: "p 值", en: "p-value"))],
            rows: [[.text("F"), .number(pretrend.statistic, decimals: 3),
                    .text("(\(Int(pretrend.numeratorDegrees)), \(ReportNumber.fullPrecision(pretrend.denominatorDegrees)))"),
                    .number(pretrend.pValue, decimals: 4)],
                   [.text("χ²"), .number(pretrend.chiSquared, decimals: 3),
                    .text("\(Int(pretrend.numeratorDegrees))"), .number(pretrend.chiSquaredPValue, decimals: 4)]],
            notes: [LocalizedText(zh: "原假设：事件时间 \(times) 的系数全为 0。F 检验分母自由度取聚类数 − 1（与 fixest 的 wald() 相同）。",
                                  en: "Null: the coefficients at event times \(times) are all 0. The F test uses G − 1 denominator degrees of freedom when clustering (as fixest's wald()).")],
            key: "pretrend")
    }

    /// The Sun–Abraham plot data with its control group.
    private static func sunAbrahamTable(_ sunAbraham: SunAbrahamResult, level: String) -> ReportTable {
        let control: String
        switch sunAbraham.controlGroup {
        case .neverTreated: control = "never-treated"
        case let .lastTreated(cohort): control = "last-treated cohort \(cohort)"
        }
        return plotTable(
            sunAbraham.eventTimes, level: level, key: "sun_abraham",
            title: LocalizedText(zh: "Sun–Abraham 交互加权事件研究", en: "Sun–Abraham interaction-weighted event study"),
            notes: [LocalizedText(zh: "对照组：\(control)；各事件时间按队列观测份额加权，标准误用 delta 方法。",
                                  en: "Control group: \(control); cohort effects weighted by their share of observations at each event time; delta-method standard errors.")])
    }

    /// One row per event time: estimate, standard error and interval.
    static func plotTable(_ points: [EventTimeEstimate], level: String, key: String, title: LocalizedText,
                          notes: [LocalizedText]) -> ReportTable {
        let rows: [[ReportCell]] = points.map { point in
            let marker = point.isReference ? LocalizedText(zh: "参照期", en: "reference")
                : point.isBinned ? LocalizedText(zh: "端点合并", en: "binned") : LocalizedText(verbatim: "")
            return [.text(String(point.eventTime)), .number(point.estimate, decimals: 4),
                    .number(point.standardError, decimals: 4), .number(point.confidenceLow, decimals: 4),
                    .number(point.confidenceHigh, decimals: 4), .label(marker)]
        }
        return ReportTable(
            title: title,
            columns: [ReportColumn(key: "event_time", header: LocalizedText(zh: "事件时间", en: "Event time")),
                      ReportColumn(key: "estimate", header: LocalizedText(zh: "估计值", en: "Estimate")),
                      ReportColumn(key: "std_error", header: LocalizedText(zh: "标准误", en: "Std. error")),
                      ReportColumn(key: "ci_low", header: LocalizedText(zh: "\(level)% 置信下限", en: "\(level)% CI low")),
                      ReportColumn(key: "ci_high", header: LocalizedText(zh: "\(level)% 置信上限", en: "\(level)% CI high")),
                      ReportColumn(key: "note", header: LocalizedText(zh: "说明", en: "Note"))],
            rows: rows, notes: notes, key: key)
            .chartingIntervals("estimate", low: "ci_low", high: "ci_high", labelledBy: "event_time", shadingPrePeriods: true)
    }
}

extension PretrendTest {
    /// The test in JSON, keys in this order: `event_times`, `distribution` (`"F"`),
    /// `f_statistic`, `df1`, `df2`, `p_value`, `chi2`, `chi2_p_value`.
    public var jsonValue: JSONValue {
        .object(["event_times": .array(eventTimes.map(JSONValue.integer)), "distribution": .string("F"),
                 "f_statistic": .number(statistic), "df1": .number(numeratorDegrees), "df2": .number(denominatorDegrees),
                 "p_value": .number(pValue), "chi2": .number(chiSquared), "chi2_p_value": .number(chiSquaredPValue)])
    }
}

extension SunAbrahamResult {
    /// The estimate in JSON, keys in this order: `control_group` (`"never_treated"` or
    /// `"last_treated:2021"`), `event_times` (as the event study's), `cohort_effects`
    /// (`[{"cohort", "event_time", "term", "estimate", "std_error", "observations",
    /// "weight"}]`), `nobs`, `vcov`.
    public var jsonValue: JSONValue {
        let control: String
        switch controlGroup {
        case .neverTreated: control = "never_treated"
        case let .lastTreated(cohort): control = "last_treated:\(cohort)"
        }
        return .object([
            "control_group": .string(control), "event_times": .array(eventTimes.map(\.jsonValue)),
            "cohort_effects": .array(cohortEffects.map { cell in
                .object(["cohort": .integer(cell.cohort), "event_time": .integer(cell.eventTime), "term": .string(cell.term),
                         "estimate": .number(cell.estimate), "std_error": .number(cell.standardError),
                         "observations": .integer(cell.observations), "weight": .number(cell.weight)])
            }),
            "nobs": .integer(regression.observationCount), "vcov": .string(regression.estimator.label),
        ])
    }
}
