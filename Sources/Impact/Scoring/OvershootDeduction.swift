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
