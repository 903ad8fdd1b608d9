/// Scoring rules as data: one named set of choices applied by ``ScoreSheet``.
///
/// The default, ``mof2020``, follows 财预〔2020〕10号 (财政部《项目支出绩效评价管理办法》):
/// - higher-is-better: weight × min(actual / target, 1);
/// - cost (lower-is-better): full marks when actual ≤ target, else weight × target / actual;
/// - `= 0` (and any `=` target): full marks only when the actual equals the target;
/// - qualitative: the evaluator's score inside its band (达成 80–100 %, 部分达成 60–80 %,
///   未达成 0–60 % of the weight), full marks for 达成 when no score is written;
/// - execution rate = executed / adjusted budget, weight × min(rate, 1);
/// - 不适用 rows: their weight goes to the other rows of the same 一级指标 (10号 practice);
/// - total = Σ row scores, exact on the 0.01 grid (`ScoreGrid`), always out of 100;
///   grade 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60;
/// - rows exceeding their target by 30 % or more need a deviation reason, as shortfalls do.
///
/// Local variants are the options below, never code forks. Each default is stated on its
/// property and set once, in ``mof2020``.
public struct ScoringProfile: Sendable, Equatable {
    /// The name used on the command line (`--profile NAME`).
    public var name: String
    /// One line saying what the profile is (worded in reports).
    public var summary: ProfileSummary
    /// How a cost overrun (actual > target on a lower-is-better row) is scored.
    /// Default ``CostOverrunRule/proportional``.
    public var costOverrun: CostOverrunRule
    /// Points deducted when an actual exceeds a higher-is-better target by at least the
    /// stated share; `nil` (default) deducts nothing.
    public var overshootDeduction: OvershootDeduction?
    /// Caps on the total by budget execution rate; empty (default) caps nothing.
    public var executionCaps: [ExecutionCap]
    /// Points carried by the execution-rate row (10 or 20); `nil` (default) keeps the
    /// table's weight. When set, the other applicable rows are rescaled so the weights
    /// still sum to the same total.
    public var executionPoints: Double?
    /// Rounding of row scores and the total. Default 2 decimals.
    public var rounding: ScoreRounding
    /// What happens to the weight of rows marked 不适用. Default
    /// ``NotApplicablePolicy/reallocateWithinLevel1`` (the 10号 practice).
    public var notApplicable: NotApplicablePolicy
    /// The weight sum the table must have, or `nil` to accept any sum (with a warning).
    /// Default 100.
    public var requiredWeightSum: Double?
    /// Grade thresholds on the total. Default 90 / 80 / 60.
    public var gradeThresholds: GradeThresholds
    /// Execution rate (percent) under which a deviation reason is required. Default 90.
    public var executionReasonThreshold: Double
    /// Share by which an actual may exceed a higher-is-better target (or the upper end of a
    /// range target) before the row needs a deviation reason, as 10号 asks evaluators to
    /// explain large deviations in either direction; `nil` flags nothing. Default 0.3 (30 %).
    public var overshootReasonMargin: Double?

    /// Creates a profile; every option defaults to the ``mof2020`` choice.
    public init(name: String, summary: ProfileSummary,
                costOverrun: CostOverrunRule = .proportional,
                overshootDeduction: OvershootDeduction? = nil,
                executionCaps: [ExecutionCap] = [],
                executionPoints: Double? = nil,
                rounding: ScoreRounding = .twoDecimals,
                notApplicable: NotApplicablePolicy = .reallocateWithinLevel1,
                requiredWeightSum: Double? = 100,
                gradeThresholds: GradeThresholds = .standard,
                executionReasonThreshold: Double = 90,
                overshootReasonMargin: Double? = 0.3) {
        self.name = name
        self.summary = summary
        self.costOverrun = costOverrun
        self.overshootDeduction = overshootDeduction
        self.executionCaps = executionCaps
        self.executionPoints = executionPoints
        self.rounding = rounding
        self.notApplicable = notApplicable
        self.requiredWeightSum = requiredWeightSum
        self.gradeThresholds = gradeThresholds
        self.executionReasonThreshold = executionReasonThreshold
        self.overshootReasonMargin = overshootReasonMargin
    }

    /// A copy with `change` applied, for one-off variants (`--allow-weight-sum`).
    public func with(_ change: (inout ScoringProfile) -> Void) -> ScoringProfile {
        var copy = self
        change(&copy)
        return copy
    }
}
