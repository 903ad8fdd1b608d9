import Foundation

extension StaggeredResult: Reportable {
    /// "Staggered adoption effects (Callaway–Sant'Anna)".
    public func reportTitle(language: Language) -> LocalizedText? {
        LocalizedText(zh: "交错受支持的处理效应（Callaway–Sant'Anna）", en: "Staggered adoption effects (Callaway–Sant'Anna)")
    }

    /// The result as report tables: a summary (overall ATT, interval, pre-test and the
    /// specification, as `did`'s `summary(aggte(…))`), the ATT(g,t) cells, then the simple, dynamic, group
    /// and calendar aggregations, each row with its standard error and a pointwise 95%
    /// normal interval (ATT ± 1.96·se). The dynamic effects carry an interval chart (event
    /// time on the x axis, a zero line, the base period marked, the pre-periods shaded and,
    /// with the bootstrap, the uniform band behind each interval).
    /// The pre-test (a Wald statistic over the pre-treatment cells) is computed once here and
    /// worded in the summary and under the cells.
    public func reportTables(language: Language) -> [ReportTable] {
        let simple = aggregate(.simple), dynamic = aggregate(.dynamic)
        let group = aggregate(.group), calendar = aggregate(.calendar)
        let test = pretest
        return [
            summaryTable(simple: simple, pretest: test), cellTable(pretest: test), aggregateTable([simple, dynamic, group, calendar]),
            componentTable(dynamic, title: LocalizedText(zh: "按事件时间的动态效应", en: "Dynamic effects by event time"),
                           key: "event_time", header: LocalizedText(zh: "事件时间 e", en: "Event time e"))
                .chartingIntervals("att", low: "ci_low", high: "ci_high", labelledBy: "event_time",
                                   band: ("uniform_low", "uniform_high"), shadingPrePeriods: true),
            componentTable(group, title: LocalizedText(zh: "按组效应", en: "Effects by cohort"),
                           key: "group", header: LocalizedText(zh: "首次受支持年份 g", en: "Cohort g")),
            componentTable(calendar, title: LocalizedText(zh: "按日历年效应", en: "Effects by calendar period"),
                           key: "time", header: LocalizedText(zh: "年份 t", en: "Period t")),
        ]
    }

    /// How the standard errors were computed, in English (the JSON's `standard_errors`).
    var standardErrorsDescription: String {
        bootstrap.map {
            "multiplier bootstrap (\($0.replications) replications, \($0.weights.rawValue) weights, seed \($0.seed))"
        } ?? "analytic influence function"
    }

    /// The ATT, standard error and normal 95% interval cells (only the ATT for the
    /// reference cell).
    private static func estimateCells(_ att: Double, _ se: Double, reference: Bool = false) -> [ReportCell] {
        guard !reference else { return [.number(att, decimals: 4), .empty, .empty, .empty] }
        let z = StandardNormalDistribution.quantile(0.975)
        return [.number(att, decimals: 4), .number(se, decimals: 4),
                .number(att - z * se, decimals: 4), .number(att + z * se, decimals: 4)]
    }

    /// The ATT, standard error and interval columns.
    private static let estimateColumns = [
        ReportColumn(key: "att", header: LocalizedText(zh: "ATT", en: "ATT")),
        ReportColumn(key: "std_error", header: LocalizedText(zh: "标准误", en: "Std. error")),
        ReportColumn(key: "ci_low", header: LocalizedText(zh: "95%下限", en: "95% low")),
        ReportColumn(key: "ci_high", header: LocalizedText(zh: "95%上限", en: "95% high")),
    ]

    /// How the standard errors were computed.
    private var methodNote: LocalizedText {
        bootstrap.map {
            LocalizedText(zh: "标准误：乘数自助法（\($0.replications)次，\($0.weights.rawValue)权重，种子 \($0.seed)）。",
                          en: "Standard errors: multiplier bootstrap (\($0.replications) draws, \($0.weights.rawValue) weights, seed \($0.seed)).")
        } ?? analyticStandardErrorsWording
    }

    /// Control group, base period and number of firms (rows under repeated cross-sections), the pre-test `test` in words; the
    /// uniform band when bootstrapped.
    private func designNotes(pretest test: StaggeredPretest?) -> [LocalizedText] {
        let design = LocalizedText(
            zh: "对照组：\(controlGroup == .neverTreated ? "从未受支持企业" : "尚未受支持企业")；基期：\(basePeriod == .varying ? "变动（处理前为上一期）" : "统一（g − 1）")；\(unitCountWording.zh)。",
            en: "Controls: \(controlGroup == .neverTreated ? "never treated" : "not yet treated"); base period: \(basePeriod.rawValue); \(unitCountWording.en).")
        let band = uniformCriticalValue().map {
            [LocalizedText(zh: String(format: "区间为逐点95%%区间；覆盖全部格的一致置信带临界值为 %.3f（以 ±临界值×标准误 代替 ±1.96×标准误）。", $0),
                           en: String(format: "Intervals are pointwise 95%%; the uniform band over all cells uses critical value %.3f instead of 1.96.", $0))]
        } ?? []
        return [design, methodNote, Self.pretestWording(test)] + band + notes.map(\.wording)
    }

    /// One row per ATT(g,t) cell, the design and the pre-test `test` in its notes.
    private func cellTable(pretest test: StaggeredPretest?) -> ReportTable {
        ReportTable(
            title: LocalizedText(zh: "分组—时期处理效应 ATT(g,t)", en: "Group-time effects ATT(g,t)"),
            columns: [
                ReportColumn(key: "group", header: LocalizedText(zh: "首次受支持年份 g", en: "Cohort g")),
                ReportColumn(key: "time", header: LocalizedText(zh: "年份 t", en: "Period t")),
                ReportColumn(key: "base_period", header: LocalizedText(zh: "基期", en: "Base")),
            ] + Self.estimateColumns,
            rows: effects.map { cell in
                [.integer(cell.group), .integer(cell.period), .integer(cell.basePeriod)]
                    + Self.estimateCells(cell.att, cell.standardError, reference: cell.isReferenceCell)
            },
            notes: designNotes(pretest: test))
    }

    /// The four overall aggregations, computed once by the caller: simple, dynamic, group,
    /// calendar, in this order.
    private func aggregateTable(_ aggregates: [StaggeredAggregate]) -> ReportTable {
        let labels = [
            LocalizedText(zh: "简单平均（处理后各格按组规模加权）", en: "Simple (post-treatment cells, cohort-size weights)"),
            LocalizedText(zh: "按事件时间（e ≥ 0 平均）", en: "Dynamic (mean over e ≥ 0)"),
            LocalizedText(zh: "按组（按组规模加权）", en: "Group (cohort-size weights)"),
            LocalizedText(zh: "按日历年（平均）", en: "Calendar (mean over periods)"),
        ]
        return ReportTable(
            title: LocalizedText(zh: "汇总处理效应", en: "Aggregated effects"),
            columns: [ReportColumn(key: "aggregation", header: LocalizedText(zh: "汇总方式", en: "Aggregation"))]
                + Self.estimateColumns,
            rows: zip(labels, aggregates).map { label, result in
                [.label(label)] + Self.estimateCells(result.att, result.standardError)
            },
            notes: [methodNote])
    }

    /// One row per component (event time, cohort or period) of an aggregation.
    /// With the bootstrap, two more columns give the uniform band (± critical value·se) and
    /// a note states the critical value.
    private func componentTable(_ aggregate: StaggeredAggregate, title: LocalizedText, key: String,
                                header: LocalizedText) -> ReportTable {
        let bandColumns = aggregate.uniformCriticalValue == nil ? [] : [
            ReportColumn(key: "uniform_low", header: LocalizedText(zh: "一致带下限", en: "Uniform low")),
            ReportColumn(key: "uniform_high", header: LocalizedText(zh: "一致带上限", en: "Uniform high")),
        ]
        let notes = aggregate.uniformCriticalValue.map {
            [LocalizedText(zh: String(format: "一致置信带（乘数自助法，95%%）临界值 %.3f，同时覆盖本表全部效应。", $0),
                           en: String(format: "Uniform 95%% band (multiplier bootstrap): critical value %.3f, covering every row at once.", $0))]
        } ?? []
        return ReportTable(
            title: title, columns: [ReportColumn(key: key, header: header)] + Self.estimateColumns + bandColumns,
            rows: aggregate.components.map { component in
                let band = aggregate.uniformInterval(of: component).map {
                    [ReportCell.number($0.low, decimals: 4), .number($0.high, decimals: 4)]
                } ?? []
                return [.integer(component.key)] + Self.estimateCells(component.att, component.standardError) + band
            },
            notes: notes)
    }
}
