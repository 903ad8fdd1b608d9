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

    /// The level's name.
    public var label: LocalizedText {
        switch self {
        case .achieved: LocalizedText(zh: "达成", en: "achieved")
        case .partlyAchieved: LocalizedText(zh: "部分达成", en: "partly achieved")
        case .notAchieved: LocalizedText(zh: "未达成", en: "not achieved")
        }
    }

    /// The band as printed in messages: `80–100 %`.
    public var bandText: String {
        "\(Int(lowerFraction * 100))–\(Int(upperFraction * 100)) %"
    }
}
