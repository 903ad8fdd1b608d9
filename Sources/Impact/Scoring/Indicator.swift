/// One row of the performance self-evaluation table (绩效自评表): the indicator's names,
/// target, actual and weight as the clerk wrote them.
///
/// Conventions: `actual` is `nil` when the cell is blank (allowed only when
/// ``actualSource`` computes it); `evaluatorScore` is the written 得分, required for a
/// qualitative row short of 达成 and otherwise checked against the computed score.
public struct Indicator: Sendable, Equatable {
    /// 一级指标 (e.g. 产出指标).
    public let level1: String
    /// 二级指标 (e.g. 数量指标).
    public let level2: String
    /// 三级指标; may be empty when the table has only two levels.
    public let level3: String
    /// 指标说明.
    public let description: String
    /// 年度指标值.
    public let target: IndicatorValue
    /// 实际完成值, or `nil` when blank.
    public let actual: IndicatorValue?
    /// 分值, in points.
    public let weight: Double
    /// 得分 written by the evaluator, if any.
    public let evaluatorScore: Double?
    /// 偏差原因, empty when none was given.
    public let deviationReason: String
    /// Where to compute the actual from data, if anywhere.
    public let actualSource: ActualSource?
    /// The scoring rule (given or inferred, see ``IndicatorKind``).
    public let kind: IndicatorKind
    /// Where the row was read from, with the column of each field when known.
    public let origin: IndicatorOrigin
    /// The target as written in the file (trimmed), e.g. `≥90%`.
    public let targetText: String
    /// The actual as written in the file (trimmed), e.g. `＞90%`; for an actual computed from
    /// data, its printed value.
    public let actualText: String?

    /// Creates an indicator; `kind` defaults to the one inferred from names and target.
    public init(level1: String, level2: String, level3: String = "", description: String = "",
                target: IndicatorValue, actual: IndicatorValue?, weight: Double,
                evaluatorScore: Double? = nil, deviationReason: String = "",
                actualSource: ActualSource? = nil, kind: IndicatorKind? = nil,
                origin: IndicatorOrigin = IndicatorOrigin(file: "<memory>"),
                targetText: String? = nil, actualText: String? = nil) {
        self.level1 = level1
        self.level2 = level2
        self.level3 = level3
        self.description = description
        self.target = target
        self.actual = actual
        self.weight = weight
        self.evaluatorScore = evaluatorScore
        self.deviationReason = deviationReason
        self.actualSource = actualSource
        self.kind = kind ?? IndicatorKind.inferred(names: [level1, level2, level3], target: target)
        self.origin = origin
        self.targetText = targetText ?? target.text()
        self.actualText = actualText ?? actual?.text()
    }

    /// The most specific name: level 3, else level 2, else level 1.
    public var name: String {
        [level3, level2, level1].first { !$0.isEmpty } ?? ""
    }

    /// Whether the indicator is marked 不适用 (target or actual).
    public var isNotApplicable: Bool {
        target == .notApplicable || actual == .notApplicable
    }

    /// A copy with another actual (used when computing actuals from data).
    public func replacingActual(_ actual: IndicatorValue) -> Indicator {
        Indicator(level1: level1, level2: level2, level3: level3, description: description,
                  target: target, actual: actual, weight: weight, evaluatorScore: evaluatorScore,
                  deviationReason: deviationReason, actualSource: actualSource, kind: kind,
                  origin: origin, targetText: targetText, actualText: actual.text())
    }

}
