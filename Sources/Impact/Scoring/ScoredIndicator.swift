/// One scored row of the 绩效自评表: the indicator, the weight it carried after the
/// profile's rescaling, the actual used, and its score.
public struct ScoredIndicator: Sendable, Equatable {
    /// The row as read (with the actual from data, when computed).
    public let indicator: Indicator
    /// The weight the row carried: the written weight, rescaled when the profile rescales
    /// 不适用 rows or sets execution points; 0 for a 不适用 row.
    public let weight: Double
    /// actual / target for numeric rows (the execution rate as a fraction for execution
    /// rows), `nil` for qualitative and 不适用 rows.
    public let ratio: Double?
    /// The achievement level of a qualitative row.
    public let level: AchievementLevel?
    /// Share of the weight earned before deductions, in [0, 1].
    public let fraction: Double
    /// Points deducted (overshoot), 0 when none.
    public let deduction: Double
    /// The rounded score, `nil` for a 不适用 row.
    public let score: Double?
    /// Whether the actual reaches the target.
    public let meetsTarget: Bool

    /// Creates a scored row.
    public init(indicator: Indicator, weight: Double, ratio: Double?, level: AchievementLevel?,
                fraction: Double, deduction: Double, score: Double?, meetsTarget: Bool) {
        self.indicator = indicator
        self.weight = weight
        self.ratio = ratio
        self.level = level
        self.fraction = fraction
        self.deduction = deduction
        self.score = score
        self.meetsTarget = meetsTarget
    }
}
