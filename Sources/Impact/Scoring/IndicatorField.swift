/// The columns (CSV) or keys (JSON) of an indicator table, with the headers a clerk may
/// write for each: Chinese first, then English aliases. Matching ignores case, spaces and
/// underscores, so `Deviation Reason`, `deviation_reason` and `偏差原因` are the same column.
public enum IndicatorField: String, Sendable, CaseIterable, Hashable {
    /// 一级指标 (产出指标, 效益指标, …).
    case level1
    /// 二级指标 (数量指标, 质量指标, …).
    case level2
    /// 三级指标 (the indicator's own name).
    case level3
    /// 指标说明 / 指标内容.
    case description
    /// 年度指标值: the target with comparator.
    case target
    /// 实际完成值: the actual, literal.
    case actual
    /// 分值: the weight in points.
    case weight
    /// 得分: the evaluator's score (needed for qualitative rows short of 达成; optional otherwise).
    case score
    /// 偏差原因 (also the official form's 偏差原因分析及改进措施): why the actual deviates from
    /// the target.
    case deviationReason = "deviation_reason"
    /// 数据来源: compute the actual from data (see ``ActualSource``).
    case actualSource = "actual_source"
    /// 指标类型: override the scoring rule (see ``IndicatorKind``).
    case kind
    /// 序号: the row number; read only to skip a closing 合计/总分 row labelled there.
    case serialNumber = "serial_number"

    /// Headers accepted for this field, the first being the canonical Chinese one.
    public var headers: [String] {
        switch self {
        case .level1: ["一级指标", "level1", "level_1"]
        case .level2: ["二级指标", "level2", "level_2"]
        case .level3: ["三级指标", "level3", "level_3", "indicator", "指标名称"]
        case .description: ["指标说明", "指标内容", "description"]
        case .target: ["年度指标值", "指标值", "目标值", "target"]
        case .actual: ["实际完成值", "完成值", "actual"]
        case .weight: ["分值", "权重", "weight"]
        case .score: ["得分", "评价得分", "score", "evaluator_score"]
        case .deviationReason: ["偏差原因", "偏差原因分析", "偏差原因分析及改进措施", "偏差原因及改进措施",
                                "偏差原因分析和改进措施", "deviation_reason", "reason"]
        case .actualSource: ["数据来源", "actual_source", "source"]
        case .kind: ["指标类型", "kind"]
        case .serialNumber: ["序号", "serial_number", "no."]
        }
    }

    /// The field whose header matches `header`, or `nil`.
    public init?(header: String) {
        let key = IndicatorField.normalize(header)
        guard let field = IndicatorField.allCases.first(where: {
            $0.headers.contains { IndicatorField.normalize($0) == key }
        }) else { return nil }
        self = field
    }

    /// Lower-cased header without spaces, underscores or hyphens.
    private static func normalize(_ header: String) -> String {
        String(indicatorTrimmed(header).lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" })
    }

    /// What the field must hold, for error messages.
    public var expected: String {
        switch self {
        case .level1, .level2, .level3, .description, .deviationReason, .serialNumber: "text"
        case .target, .actual: IndicatorValue.expectedText
        case .weight: "a number of points (分值), such as 15"
        case .score: "a number of points (得分), such as 14.55, or nothing"
        case .actualSource: ActualSource.expectedText
        case .kind: IndicatorKind.expectedText
        }
    }
}
