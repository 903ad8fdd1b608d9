/// Which scoring rule an indicator follows.
///
/// Unless the file names a kind (column 指标类型 / `kind`), it is inferred: the budget
/// execution row is a row whose level-1, level-2 or level-3 name is exactly one of
/// ``executionRowNames`` (预算执行率, 执行率得分, …) and is ``executionRate``; an indicator
/// that merely contains 执行率 (项目计划执行率) is an ordinary indicator; a qualitative target (优/良/中/差, 达成) is ``qualitative``; a
/// target `≤`/`<` is ``lowerIsBetter``; `=` is ``exact``; `≥`, `>` or a plain number is
/// ``higherIsBetter``.
public enum IndicatorKind: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// Score = weight × min(actual / target, 1).
    case higherIsBetter = "higher"
    /// Cost: full marks when actual ≤ target, else weight × target / actual (or the linear
    /// penalty of ``ScoringProfile/costOverrun``).
    case lowerIsBetter = "lower"
    /// `= value`: full marks only when the actual equals the target (e.g. `=0` accidents).
    case exact
    /// The evaluator's grade inside its band (达成 80–100 %, 部分达成 60–80 %, 未达成 0–60 %).
    case qualitative
    /// Budget execution rate = executed / adjusted budget, score = weight × min(rate, 1).
    case executionRate = "execution"

    /// Reads a kind from the file: `higher`, `lower`, `exact`, `qualitative`, `execution`
    /// or their Chinese names 正向, 反向 (also 成本), 等于, 定性, 执行率.
    public init?(text: String) {
        switch indicatorTrimmed(text).lowercased() {
        case "higher", "正向", "higher_is_better": self = .higherIsBetter
        case "lower", "反向", "成本", "cost", "lower_is_better": self = .lowerIsBetter
        case "exact", "等于", "=": self = .exact
        case "qualitative", "定性": self = .qualitative
        case "execution", "执行率", "execution_rate": self = .executionRate
        default: return nil
        }
    }

    /// What the kind column may hold, for error messages.
    public static let expectedText =
        "one of higher, lower, exact, qualitative, execution (正向, 反向, 等于, 定性, 执行率) or nothing"

    /// The names (compared exactly, case-insensitively) that make a row the budget execution
    /// row: 预算执行率, 预算执行率得分, 执行率得分, 执行率, 资金执行率, budget execution rate,
    /// execution rate.
    public static let executionRowNames: Set<String> = [
        "预算执行率", "预算执行率得分", "执行率得分", "执行率", "资金执行率", "budget execution rate", "execution rate",
    ]

    /// The kind implied by a row's names and target (see the type's documentation).
    public static func inferred(names: [String], target: IndicatorValue) -> IndicatorKind {
        if names.contains(where: { executionRowNames.contains(indicatorTrimmed($0).lowercased()) }) {
            return .executionRate
        }
        switch target {
        case .grade, .achievement, .notApplicable: return .qualitative
        case .quantity(let quantity):
            switch quantity.comparator {
            case .atMost?, .lessThan?: return .lowerIsBetter
            case .equal?: return .exact
            case .atLeast?, .greaterThan?, nil: return .higherIsBetter
            }
        }
    }
}
