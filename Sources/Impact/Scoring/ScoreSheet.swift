/// The filled performance self-evaluation table (绩效自评表): every row scored under a
/// ``ScoringProfile``, the total and the grade.
///
/// Create one with `init(table:profile:data:)`; it is an immutable value. Convert it
/// with ``reportTable(language:)`` for printing, or ``jsonValue(language:)`` for `--format json`.
public struct ScoreSheet: Sendable, Equatable {
    /// The table's title, if any.
    public let title: String?
    /// The file the table came from.
    public let file: String
    /// The profile applied.
    public let profile: ScoringProfile
    /// Scored rows, in file order.
    public let rows: [ScoredIndicator]
    /// Σ row scores before any execution cap, rounded.
    public let uncappedTotal: Double
    /// The cap on the total at this execution rate, if the profile has one that applies;
    /// ``total`` is min(``uncappedTotal``, cap).
    public let cap: Double?
    /// The total (Σ row scores, capped when the profile caps by execution rate), rounded.
    public let total: Double
    /// The most the total could be: Σ weights of applicable rows.
    public let maximum: Double
    /// The grade of ``total``: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (by the profile).
    public let grade: QualitativeGrade
    /// The execution rate in percent, when the table has an execution row.
    public let executionRate: Double?
    /// Warnings, in the order found (deviation reasons listed last).
    public let warnings: [ScoringWarning]

    /// Creates a sheet from its parts; use `init(table:profile:data:)` to score a table.
    public init(title: String?, file: String, profile: ScoringProfile, rows: [ScoredIndicator],
                uncappedTotal: Double, cap: Double?, total: Double, maximum: Double,
                grade: QualitativeGrade, executionRate: Double?, warnings: [ScoringWarning]) {
        self.title = title
        self.file = file
        self.profile = profile
        self.rows = rows
        self.uncappedTotal = uncappedTotal
        self.cap = cap
        self.total = total
        self.maximum = maximum
        self.grade = grade
        self.executionRate = executionRate
        self.warnings = warnings
    }
}
