/// How far a qualitative indicator reached its target, with the band of the weight the
/// evaluator's score must fall in (财预〔2020〕10号, 附件2 定性指标).
///
/// Bands, as fractions of the weight: 达成 [0.8, 1], 部分达成 [0.6, 0.8), 未达成 [0, 0.6).
public enum AchievementLevel: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// 达成: the annual target was reached.
    case achieved
    /// 部分达成: partly reached, with some effect.
    case partlyAchieved
    /// 未达成: not reached, little effect.
    case notAchieved

    /// The smallest admissible score as a fraction of the weight (inclusive).
    public var lowerFraction: Double {
        switch self {
        case .achieved: 0.8
        case .partlyAchieved: 0.6
        case .notAchieved: 0
        }
    }

    /// The largest admissible score as a fraction of the weight (inclusive only for 达成).
    public var upperFraction: Double {
        switch self {
        case .achieved: 1
        case .partlyAchieved: 0.8
        case .notAchieved: 0.6
        }
    }

    /// Whether `score` lies inside this level's band for `weight`; the upper end is open
    /// except for 达成. A tolerance of 1e-9 × weight absorbs rounding in written scores.
    public func contains(score: Double, weight: Double) -> Bool {
        let tolerance = 1e-9 * max(weight, 1)
        let lower = lowerFraction * weight - tolerance
        if self == .achieved { return score >= lower && score <= weight + tolerance }
        return score >= lower && score < upperFraction * weight - tolerance
    }

    /// The level as an indicator table writes it: 达成, 部分达成 or 未达成 (what
    /// ``IndicatorValue/init(parsing:)`` reads back). Reports print its ``label``.
    public var writtenForm: String {
        switch self {
        case .achieved: "达成"
        case .partlyAchieved: "部分达成"
        case .notAchieved: "未达成"
        }
    }

    /// The level's English name in error messages: `achieved`, `partly achieved`,
    /// `not achieved` (the spelling ``IndicatorValue/init(parsing:)`` also accepts).
    public var englishName: String {
        switch self {
        case .achieved: "achieved"
        case .partlyAchieved: "partly achieved"
        case .notAchieved: "not achieved"
        }
    }

    /// The band as printed in messages: `80–100 %`.
    public var bandText: String {
        "\(Int(lowerFraction * 100))–\(Int(upperFraction * 100)) %"
    }
}
