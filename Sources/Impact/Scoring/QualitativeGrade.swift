/// A four-step qualitative grade, 优 / 良 / 中 / 差, used as a target or an actual.
///
/// Conventions (documented mapping onto the 财预〔2020〕10号 bands): the actual grade is
/// compared with the target grade. Meeting or beating it is 达成 (80–100 % of the weight);
/// one step short is 部分达成 (60–80 %); two or more steps short is 未达成 (0–60 %). So
/// target 优, actual 优 is 达成; target 优, actual 良 is 部分达成; target 良, actual 差 is 未达成.
public enum QualitativeGrade: Int, Sendable, Equatable, Hashable, Comparable, CaseIterable, Codable {
    /// 差, poor.
    case poor = 0
    /// 中, fair.
    case fair = 1
    /// 良, good.
    case good = 2
    /// 优, excellent.
    case excellent = 3

    /// The achievement level of `actual` against the target `self`.
    public func achievement(of actual: QualitativeGrade) -> AchievementLevel {
        switch rawValue - actual.rawValue {
        case ...0: .achieved
        case 1: .partlyAchieved
        default: .notAchieved
        }
    }

    /// The grade as an indicator table writes it: 优, 良, 中 or 差 (what
    /// ``IndicatorValue/init(parsing:)`` reads back). Reports print its ``label``.
    public var writtenForm: String {
        switch self {
        case .excellent: "优"
        case .good: "良"
        case .fair: "中"
        case .poor: "差"
        }
    }

    /// Orders grades from worst to best: 差 < 中 < 良 < 优.
    public static func < (lhs: QualitativeGrade, rhs: QualitativeGrade) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
