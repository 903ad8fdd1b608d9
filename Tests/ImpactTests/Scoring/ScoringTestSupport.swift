@testable import Impact

/// Builds a row from cell texts for scoring tests; `target`/`actual` are parsed as a
/// clerk writes them.
func row(_ name: String, _ target: String, _ actual: String?, weight: Double,
         score: Double? = nil, reason: String = "", kind: IndicatorKind? = nil,
         level1: String = "产出指标", line: Int? = nil) -> Indicator {
    Indicator(level1: level1, level2: name, target: IndicatorValue(parsing: target)!,
              actual: actual.map { IndicatorValue(parsing: $0)! }, weight: weight,
              evaluatorScore: score, deviationReason: reason, kind: kind,
              origin: IndicatorOrigin(file: "test.csv", line: line, columns: [.score: 9, .actual: 6, .weight: 7]))
}

/// Scores rows under `profile`.
func sheet(_ rows: [Indicator], profile: ScoringProfile = .mof2020) throws -> ScoreSheet {
    try ScoreSheet(table: IndicatorTable(indicators: rows, file: "test.csv"), profile: profile)
}

/// The score of a single row carrying the whole weight (other weights filled by a full row).
func singleScore(_ indicator: Indicator, profile: ScoringProfile = .mof2020) throws -> Double? {
    let filler = row("filler", "100%", "100%", weight: 100 - indicator.weight)
    return try sheet([indicator, filler], profile: profile).rows[0].score
}
