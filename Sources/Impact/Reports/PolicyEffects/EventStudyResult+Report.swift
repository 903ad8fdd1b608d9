extension EventStudyResult {
    /// The event study as printable tables: the plot data (one row per event time, the
    /// reference marked), the pre-trend test, and the Sun–Abraham estimates when present.
    /// HTML output draws the estimates as a bar chart.
    public func reportTables() -> [ReportTable] {
        let level = ReportNumber.fullPrecision(regression.confidenceLevel * 100)
        var tables = [Self.plotTable(eventTimes, level: level, key: "event_study",
                                     title: LocalizedText(zh: "事件研究（双向固定效应）：\(specification.outcome)",
                                                          en: "Event study (two-way fixed effects): \(specification.outcome)"),
                                     notes: [LocalizedText(
                                        zh: "参照期 e = \(specification.reference)（系数归一为 0）；从未受支持企业的所有事件时间虚拟变量均为 0；标准误 \(regression.estimator.label)，观测数 \(regression.observationCount)。",
                                        en: "Reference period e = \(specification.reference) (normalised to 0); never-treated firms have every event-time indicator 0; standard errors \(regression.estimator.label), \(regression.observationCount) observations.")]
                                        + regression.notes.map(\.wording)
                                        + (neverTreatedUnits == 0 && !regression.droppedTerms.isEmpty ? [LocalizedText(
                                            zh: "没有从未受支持的企业：事件时间虚拟变量与企业、年份固定效应共线，已多删除一个；建议合并端点或使用 Sun–Abraham 估计。",
                                            en: "No never-treated firms: the event-time indicators are collinear with the firm and year effects and one more was dropped; bin the end points or use the Sun–Abraham estimator.")] : []))]
        if let pretrend {
            let times = pretrend.eventTimes.map(String.init).joined(separator: ", ")
            tables.append(ReportTable(
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
                key: "pretrend"))
        }
        if let sunAbraham {
            let control: String
            switch sunAbraham.controlGroup {
            case .neverTreated: control = "never-treated"
            case let .lastTreated(cohort): control = "last-treated cohort \(cohort)"
            }
            tables.append(Self.plotTable(
                sunAbraham.eventTimes, level: level, key: "sun_abraham",
                title: LocalizedText(zh: "Sun–Abraham 交互加权事件研究", en: "Sun–Abraham interaction-weighted event study"),
                notes: [LocalizedText(zh: "对照组：\(control)；各事件时间按队列观测份额加权，标准误用 delta 方法。",
                                      en: "Control group: \(control); cohort effects weighted by their share of observations at each event time; delta-method standard errors.")]))
        }
        return tables
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
            rows: rows, notes: notes, key: key).charting("estimate", labelledBy: "event_time")
    }
}
