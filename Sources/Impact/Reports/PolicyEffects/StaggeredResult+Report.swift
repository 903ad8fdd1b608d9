import Foundation

extension StaggeredResult {
    /// The result as report tables: the ATT(g,t) cells, then the simple, dynamic, group
    /// and calendar aggregations, each row with its standard error and a pointwise 95%
    /// normal interval (ATT ± 1.96·se).
    public func reportTables() -> [ReportTable] {
        let z = StandardNormalDistribution.quantile(0.975)
        func numbers(_ att: Double, _ se: Double, reference: Bool = false) -> [ReportCell] {
            guard !reference else { return [.number(att, decimals: 4), .empty, .empty, .empty] }
            return [.number(att, decimals: 4), .number(se, decimals: 4),
                    .number(att - z * se, decimals: 4), .number(att + z * se, decimals: 4)]
        }
        let estimateColumns = [
            ReportColumn(key: "att", header: LocalizedText(zh: "ATT", en: "ATT")),
            ReportColumn(key: "std_error", header: LocalizedText(zh: "标准误", en: "Std. error")),
            ReportColumn(key: "ci_low", header: LocalizedText(zh: "95%下限", en: "95% low")),
            ReportColumn(key: "ci_high", header: LocalizedText(zh: "95%上限", en: "95% high")),
        ]
        let method = bootstrap.map {
            LocalizedText(zh: "标准误：乘数自助法（\($0.replications)次，\($0.weights.rawValue)权重，种子 \($0.seed)）。",
                          en: "Standard errors: multiplier bootstrap (\($0.replications) draws, \($0.weights.rawValue) weights, seed \($0.seed)).")
        } ?? LocalizedText(zh: "标准误：解析影响函数，按企业聚类。", en: "Standard errors: analytic influence function, clustered by firm.")
        let band = uniformCriticalValue().map {
            [LocalizedText(zh: String(format: "区间为逐点95%%区间；覆盖全部格的一致置信带临界值为 %.3f（以 ±临界值×标准误 代替 ±1.96×标准误）。", $0),
                           en: String(format: "Intervals are pointwise 95%%; the uniform band over all cells uses critical value %.3f instead of 1.96.", $0))]
        } ?? []
        let design = LocalizedText(
            zh: "对照组：\(controlGroup == .neverTreated ? "从未受支持企业" : "尚未受支持企业")；基期：\(basePeriod == .varying ? "变动（处理前为上一期）" : "统一（g − 1）")；企业数 \(unitCount)。",
            en: "Controls: \(controlGroup == .neverTreated ? "never treated" : "not yet treated"); base period: \(basePeriod.rawValue); firms: \(unitCount).")

        let cells = ReportTable(
            title: LocalizedText(zh: "分组—时期处理效应 ATT(g,t)", en: "Group-time effects ATT(g,t)"),
            columns: [
                ReportColumn(key: "group", header: LocalizedText(zh: "首次受支持年份 g", en: "Cohort g")),
                ReportColumn(key: "time", header: LocalizedText(zh: "年份 t", en: "Period t")),
                ReportColumn(key: "base_period", header: LocalizedText(zh: "基期", en: "Base")),
            ] + estimateColumns,
            rows: effects.map { cell in
                [.integer(cell.group), .integer(cell.period), .integer(cell.basePeriod)]
                    + numbers(cell.att, cell.standardError, reference: cell.isReferenceCell)
            },
            notes: [design, method] + band)

        let simple = aggregate(.simple), dynamic = aggregate(.dynamic)
        let group = aggregate(.group), calendar = aggregate(.calendar)
        let overall = ReportTable(
            title: LocalizedText(zh: "汇总处理效应", en: "Aggregated effects"),
            columns: [ReportColumn(key: "aggregation", header: LocalizedText(zh: "汇总方式", en: "Aggregation"))] + estimateColumns,
            rows: [
                [.label(LocalizedText(zh: "简单平均（处理后各格按组规模加权）", en: "Simple (post-treatment cells, cohort-size weights)"))]
                    + numbers(simple.att, simple.standardError),
                [.label(LocalizedText(zh: "按事件时间（e ≥ 0 平均）", en: "Dynamic (mean over e ≥ 0)"))]
                    + numbers(dynamic.att, dynamic.standardError),
                [.label(LocalizedText(zh: "按组（按组规模加权）", en: "Group (cohort-size weights)"))]
                    + numbers(group.att, group.standardError),
                [.label(LocalizedText(zh: "按日历年（平均）", en: "Calendar (mean over periods)"))]
                    + numbers(calendar.att, calendar.standardError),
            ],
            notes: [method])

        func componentTable(_ aggregate: StaggeredAggregate, title: LocalizedText, key: String, header: LocalizedText) -> ReportTable {
            ReportTable(title: title,
                        columns: [ReportColumn(key: key, header: header)] + estimateColumns,
                        rows: aggregate.components.map { [.integer($0.key)] + numbers($0.att, $0.standardError) })
        }
        return [
            cells, overall,
            componentTable(dynamic, title: LocalizedText(zh: "按事件时间的动态效应", en: "Dynamic effects by event time"),
                           key: "event_time", header: LocalizedText(zh: "事件时间 e", en: "Event time e")),
            componentTable(group, title: LocalizedText(zh: "按组效应", en: "Effects by cohort"),
                           key: "group", header: LocalizedText(zh: "首次受支持年份 g", en: "Cohort g")),
            componentTable(calendar, title: LocalizedText(zh: "按日历年效应", en: "Effects by calendar period"),
                           key: "time", header: LocalizedText(zh: "年份 t", en: "Period t")),
        ]
    }

    /// The JSON summary scripts rely on:
    ///
    ///     {"att_gt": [{"group", "time", "att", "std_error"}, …],
    ///      "aggregations": {"simple": {"att", "std_error"},
    ///                       "dynamic": [{"event_time", "att", "std_error"}, …],
    ///                       "group": [{"group", "att", "std_error"}, …], …}}
    ///
    /// Cells also carry `base_period`; the aggregations also hold `calendar` and the
    /// overall `dynamic_overall`, `group_overall`, `calendar_overall`; top-level fields
    /// `control_group`, `base_period`, `n_units` and `standard_errors` describe the fit, and
    /// with the bootstrap `uniform_critical_value` gives the uniform band over the cells.
    /// The universal base-period cell t = g − 1 has `std_error` null.
    public func jsonSummary() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(StaggeredJSONSummary(self))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// The Encodable shape of ``StaggeredResult/jsonSummary()``.
private struct StaggeredJSONSummary: Encodable {
    struct Cell: Encodable {
        let group: Int, time: Int, basePeriod: Int, att: Double, standardError: Double?
        enum CodingKeys: String, CodingKey {
            case group, time, att
            case basePeriod = "base_period", standardError = "std_error"
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(group, forKey: .group)
            try container.encode(time, forKey: .time)
            try container.encode(basePeriod, forKey: .basePeriod)
            try container.encode(att, forKey: .att)
            try container.encode(standardError, forKey: .standardError)
        }
    }
    struct Estimate: Encodable {
        let att: Double, standardError: Double
        enum CodingKeys: String, CodingKey { case att, standardError = "std_error" }
    }
    struct Component: Encodable {
        let keyName: String, key: Int, att: Double, standardError: Double
        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ string: String) { stringValue = string }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(key, forKey: Key(keyName))
            try container.encode(att, forKey: Key("att"))
            try container.encode(standardError, forKey: Key("std_error"))
        }
    }
    struct Aggregations: Encodable {
        let simple: Estimate
        let dynamic: [Component], group: [Component], calendar: [Component]
        let dynamicOverall: Estimate, groupOverall: Estimate, calendarOverall: Estimate
        enum CodingKeys: String, CodingKey {
            case simple, dynamic, group, calendar
            case dynamicOverall = "dynamic_overall", groupOverall = "group_overall", calendarOverall = "calendar_overall"
        }
    }

    let attGt: [Cell]
    let aggregations: Aggregations
    let controlGroup: String, basePeriod: String, nUnits: Int, standardErrors: String
    let uniformCriticalValue: Double?
    enum CodingKeys: String, CodingKey {
        case aggregations
        case attGt = "att_gt", controlGroup = "control_group", basePeriod = "base_period"
        case nUnits = "n_units", standardErrors = "standard_errors"
        case uniformCriticalValue = "uniform_critical_value"
    }

    init(_ result: StaggeredResult) {
        attGt = result.effects.map {
            Cell(group: $0.group, time: $0.period, basePeriod: $0.basePeriod, att: $0.att,
                 standardError: $0.isReferenceCell ? nil : $0.standardError)
        }
        func components(_ aggregate: StaggeredAggregate, _ name: String) -> [Component] {
            aggregate.components.map { Component(keyName: name, key: $0.key, att: $0.att, standardError: $0.standardError) }
        }
        let simple = result.aggregate(.simple), dynamic = result.aggregate(.dynamic)
        let group = result.aggregate(.group), calendar = result.aggregate(.calendar)
        aggregations = Aggregations(
            simple: Estimate(att: simple.att, standardError: simple.standardError),
            dynamic: components(dynamic, "event_time"), group: components(group, "group"),
            calendar: components(calendar, "time"),
            dynamicOverall: Estimate(att: dynamic.att, standardError: dynamic.standardError),
            groupOverall: Estimate(att: group.att, standardError: group.standardError),
            calendarOverall: Estimate(att: calendar.att, standardError: calendar.standardError))
        controlGroup = result.controlGroup.rawValue
        basePeriod = result.basePeriod.rawValue
        nUnits = result.unitCount
        standardErrors = result.bootstrap.map {
            "multiplier bootstrap (\($0.replications) replications, \($0.weights.rawValue) weights, seed \($0.seed))"
        } ?? "analytic influence function"
        uniformCriticalValue = result.uniformCriticalValue()
    }
}
