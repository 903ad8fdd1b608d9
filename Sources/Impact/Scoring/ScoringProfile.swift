/// Scoring rules as data: one named set of choices applied by ``ScoreSheet``.
///
/// The default, ``mof2020``, follows 财预〔2020〕10号 (财政部《项目支出绩效评价管理办法》):
/// - higher-is-better: weight × min(actual / target, 1);
/// - cost (lower-is-better): full marks when actual ≤ target, else weight × target / actual;
/// - `= 0` (and any `=` target): full marks only when the actual equals the target;
/// - qualitative: the evaluator's score inside its band (达成 80–100 %, 部分达成 60–80 %,
///   未达成 0–60 % of the weight), full marks for 达成 when no score is written;
/// - execution rate = executed / adjusted budget, weight × min(rate, 1);
/// - total = Σ row scores; grade 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60.
///
/// Local variants are the options below, never code forks. Each default is stated on its
/// property and set once, in ``mof2020``.
public struct ScoringProfile: Sendable, Equatable {
    /// The name used on the command line (`--profile NAME`).
    public var name: String
    /// One line saying what the profile is.
    public var summary: LocalizedText
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
    /// ``NotApplicablePolicy/excludeFromTotal``.
    public var notApplicable: NotApplicablePolicy
    /// The weight sum the table must have, or `nil` to accept any sum (with a warning).
    /// Default 100.
    public var requiredWeightSum: Double?
    /// Grade thresholds on the total. Default 90 / 80 / 60.
    public var gradeThresholds: GradeThresholds
    /// Execution rate (percent) under which a deviation reason is required. Default 90.
    public var executionReasonThreshold: Double

    /// Creates a profile; every option defaults to the ``mof2020`` choice.
    public init(name: String, summary: LocalizedText,
                costOverrun: CostOverrunRule = .proportional,
                overshootDeduction: OvershootDeduction? = nil,
                executionCaps: [ExecutionCap] = [],
                executionPoints: Double? = nil,
                rounding: ScoreRounding = .twoDecimals,
                notApplicable: NotApplicablePolicy = .excludeFromTotal,
                requiredWeightSum: Double? = 100,
                gradeThresholds: GradeThresholds = .standard,
                executionReasonThreshold: Double = 90) {
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
    }

    /// A copy with `change` applied, for one-off variants (`--allow-weight-sum`).
    public func with(_ change: (inout ScoringProfile) -> Void) -> ScoringProfile {
        var copy = self
        change(&copy)
        return copy
    }
}

/// How a cost indicator scores when the actual exceeds its target.
public enum CostOverrunRule: String, Sendable, Equatable, Hashable, CaseIterable {
    /// weight × target / actual (财预〔2020〕10号).
    case proportional
    /// weight × max(0, 1 − (actual − target) / target): zero at twice the target.
    case linear
}

/// A fixed deduction for overshooting a higher-is-better target (the target was set too
/// low): `points` off the row score, not below 0, when actual ≥ (1 + `share`) × target.
///
/// Conventions: only exact actuals are checked (a bound such as `＞90%` has no size); cost,
/// exact, qualitative and execution rows are never deducted.
public struct OvershootDeduction: Sendable, Equatable, Hashable {
    /// The overshoot share that triggers the deduction, e.g. 0.3 for 30 %.
    public let share: Double
    /// Points deducted.
    public let points: Double

    /// Creates a deduction rule.
    public init(share: Double, points: Double) {
        self.share = share
        self.points = points
    }

    /// 2 points at 30 % or more, the variant named in the project issue.
    public static let twoPointsAtThirtyPercent = OvershootDeduction(share: 0.3, points: 2)
}

/// A cap on the total: when the execution rate is below `rateBelow` percent, the total
/// is at most `maximumTotal`.
public struct ExecutionCap: Sendable, Equatable, Hashable {
    /// Execution rate threshold in percent (exclusive).
    public let rateBelow: Double
    /// Largest total allowed under it.
    public let maximumTotal: Double

    /// Creates a cap.
    public init(rateBelow: Double, maximumTotal: Double) {
        self.rateBelow = rateBelow
        self.maximumTotal = maximumTotal
    }

    /// ≤ 89 under 80 %, ≤ 79 under 70 %, ≤ 69 under 60 %, ≤ 59 under 50 %.
    public static let standardLadder: [ExecutionCap] = [
        ExecutionCap(rateBelow: 80, maximumTotal: 89),
        ExecutionCap(rateBelow: 70, maximumTotal: 79),
        ExecutionCap(rateBelow: 60, maximumTotal: 69),
        ExecutionCap(rateBelow: 50, maximumTotal: 59),
    ]
}

/// The weight of rows marked 不适用.
public enum NotApplicablePolicy: String, Sendable, Equatable, Hashable, CaseIterable {
    /// The row scores nothing and its weight leaves the maximum: the total is out of
    /// Σ applicable weights.
    case excludeFromTotal
    /// Applicable weights are scaled by Σ weights / Σ applicable weights, so the total is
    /// again out of the full sum (100).
    case rescaleToFull
}

/// Lower bounds of the grades 优, 良, 中 on the total (差 below the last).
public struct GradeThresholds: Sendable, Equatable, Hashable {
    /// 优 from here (inclusive).
    public let excellent: Double
    /// 良 from here.
    public let good: Double
    /// 中 from here.
    public let fair: Double

    /// Creates thresholds; they must decrease.
    public init(excellent: Double, good: Double, fair: Double) {
        precondition(excellent > good && good > fair, "grade thresholds must decrease")
        self.excellent = excellent
        self.good = good
        self.fair = fair
    }

    /// 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60.
    public static let standard = GradeThresholds(excellent: 90, good: 80, fair: 60)

    /// The grade of `total`.
    public func grade(of total: Double) -> QualitativeGrade {
        let tolerance = 1e-9
        if total >= excellent - tolerance { return .excellent }
        if total >= good - tolerance { return .good }
        if total >= fair - tolerance { return .fair }
        return .poor
    }
}
