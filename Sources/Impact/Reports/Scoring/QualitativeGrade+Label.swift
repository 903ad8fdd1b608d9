extension QualitativeGrade {
    /// The grade's name: 优 / excellent, 良 / good, 中 / fair, 差 / poor.
    public var label: LocalizedText {
        let english = switch self {
        case .excellent: "excellent"
        case .good: "good"
        case .fair: "fair"
        case .poor: "poor"
        }
        return LocalizedText(zh: writtenForm, en: english)
    }
}

extension AchievementLevel {
    /// The level's name: 达成 / achieved, 部分达成 / partly achieved, 未达成 / not achieved.
    public var label: LocalizedText {
        LocalizedText(zh: writtenForm, en: englishName)
    }
}
