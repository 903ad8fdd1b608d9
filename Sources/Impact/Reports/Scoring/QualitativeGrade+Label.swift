extension QualitativeGrade {
    /// The grade's name: 优 / excellent, 良 / good, 中 / fair, 差 / poor.
    public var label: LocalizedText {
        switch self {
        case .excellent: LocalizedText(zh: "优", en: "excellent")
        case .good: LocalizedText(zh: "良", en: "good")
        case .fair: LocalizedText(zh: "中", en: "fair")
        case .poor: LocalizedText(zh: "差", en: "poor")
        }
    }
}

extension AchievementLevel {
    /// The level's name: 达成 / achieved, 部分达成 / partly achieved, 未达成 / not achieved.
    public var label: LocalizedText {
        switch self {
        case .achieved: LocalizedText(zh: "达成", en: "achieved")
        case .partlyAchieved: LocalizedText(zh: "部分达成", en: "partly achieved")
        case .notAchieved: LocalizedText(zh: "未达成", en: "not achieved")
        }
    }
}
