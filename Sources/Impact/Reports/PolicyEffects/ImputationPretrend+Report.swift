extension ImputationPretrend {
    /// The test in JSON, keys in this order:
    ///
    ///     {"leads": [{"event_time", "estimate", "std_error", "ci_low", "ci_high",
    ///                 "uniform_low", "uniform_high", "n_untreated"}, …],
    ///      "test": {"event_times", "distribution", "f_statistic", "df1", "df2", "p_value",
    ///               "chi2", "chi2_p_value"}|null}
    ///
    /// Lead intervals are t intervals with `G − 1` degrees of freedom (the regression's). Each
    /// lead carries the shared ``EventTimeJSON`` shape (`uniform_*` null), then `n_untreated`.
    public var jsonValue: JSONValue {
        .object([
            "leads": .array(zip(leads, leadObservations).map { point, count in
                .object(EventTimeJSON.members(
                    eventTime: point.eventTime, estimate: point.estimate, standardError: point.standardError,
                    confidenceInterval: (point.confidenceLow, point.confidenceHigh), uniformInterval: nil)
                    + [JSONValue.Member("n_untreated", .integer(count))])
            }),
            "test": test?.jsonValue ?? .null,
        ])
    }

    /// The leads with their intervals (charted), the joint F test in the notes.
    func reportTable() -> ReportTable {
        let testNote: [LocalizedText] = test.map { test in
            let p = ReportNumber.fixed(test.pValue, decimals: 4), f = ReportNumber.fixed(test.statistic, decimals: 3)
            let df = "(\(Int(test.numeratorDegrees)), \(ReportNumber.fullPrecision(test.denominatorDegrees)))"
            return [LocalizedText(zh: "联合检验（原假设：全部提前项系数为 0）：F = \(f)，自由度 \(df)，p = \(p)。",
                                  en: "Joint test (null: every lead is 0): F = \(f), df \(df), p = \(p).")]
        } ?? []
        return ReportTable(
            title: LocalizedText(zh: "事前趋势检验（仅用未受支持观测的提前项回归）", en: "Pre-trend test (lead regression on untreated rows)"),
            columns: [ReportColumn(key: "event_time", header: LocalizedText(zh: "事件时间 h", en: "Event time h")),
                      ReportColumn(key: "estimate", header: LocalizedText(zh: "提前项系数", en: "Lead coefficient")),
                      ReportColumn(key: "std_error", header: LocalizedText(zh: "标准误", en: "Std. error")),
                      ReportColumn(key: "ci_low", header: LocalizedText(zh: "95%下限", en: "95% low")),
                      ReportColumn(key: "ci_high", header: LocalizedText(zh: "95%上限", en: "95% high")),
                      ReportColumn(key: "observations", header: LocalizedText(zh: "观测数", en: "Rows"))],
            rows: zip(leads, leadObservations).map { point, count in
                [.integer(point.eventTime), .number(point.estimate, decimals: 4), .number(point.standardError, decimals: 4),
                 .number(point.confidenceLow, decimals: 4), .number(point.confidenceHigh, decimals: 4), .integer(count)]
            },
            notes: [LocalizedText(zh: "在未受支持观测上，于企业与年份固定效应模型中加入受支持企业受支持前第 2 期及更早各期的提前项；事件时间 −1 与从未受支持企业为参照。标准误按企业聚类（CR1）。",
                                  en: "On the untreated rows, the firm and period effects model with lead indicators for event times −2 and earlier of treated firms; event time −1 and never-treated firms are the reference. Standard errors clustered by firm (CR1).")]
                + testNote,
            key: "pretrend")
            .chartingIntervals("estimate", low: "ci_low", high: "ci_high", labelledBy: "event_time")
    }
}
