/// A target or actual cell of the indicator table, parsed.
///
/// `100家`, `≥4%`, `≤1000万元`, `=0` are ``quantity(_:)``; `优`/`良`/`中`/`差` are
/// ``grade(_:)``; `达成`/`部分达成`/`未达成` are ``achievement(_:)``; `不适用` (or `N/A`)
/// is ``notApplicable``. ``IndicatorValue/init(parsing:)`` reads all of them.
public enum IndicatorValue: Sendable, Equatable, Hashable {
    /// A number with optional comparator and unit.
    case quantity(Quantity)
    /// A qualitative grade 优/良/中/差.
    case grade(QualitativeGrade)
    /// An achievement level 达成/部分达成/未达成.
    case achievement(AchievementLevel)
    /// The indicator does not apply this year (`不适用`, `N/A`).
    case notApplicable

    /// The value as a clerk writes it, in `language` for words.
    public func text(_ language: Language = .zh) -> String {
        switch self {
        case .quantity(let quantity): quantity.text
        case .grade(let grade): grade.label.text(language)
        case .achievement(let level): level.label.text(language)
        case .notApplicable: LocalizedText(zh: "不适用", en: "n/a").text(language)
        }
    }
}
