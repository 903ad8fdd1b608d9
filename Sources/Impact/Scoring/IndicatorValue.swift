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

    /// The value as a clerk writes it: `100家`, `优`, `部分达成`, `不适用` (reports print
    /// words in the chosen language with `text(_:)`).
    public func text() -> String {
        switch self {
        case .quantity(let quantity): quantity.text
        case .grade(let grade): grade.writtenForm
        case .achievement(let level): level.writtenForm
        case .notApplicable: Self.notApplicableForm
        }
    }

    /// How an indicator table writes 不适用.
    public static let notApplicableForm = "不适用"
}
