extension IndicatorTable {
    /// Fields every row must have (as a column or key); the actual may be blank when
    /// ``IndicatorField/actualSource`` computes it.
    static let requiredFields: [IndicatorField] = [.level1, .target, .actual, .weight]

    /// Builds one indicator from its cells (text as written; absent fields are blank).
    ///
    /// Weights and scores accept a trailing `分`; targets and actuals follow
    /// ``IndicatorValue/init(parsing:)``; a blank target is an error, a blank actual is
    /// allowed (checked when scoring).
    static func indicator(cells: [IndicatorField: String],
                          origin: IndicatorOrigin) throws(ScoringError) -> Indicator {
        func text(_ field: IndicatorField) -> String { indicatorTrimmed(cells[field] ?? "") }
        func invalid(_ field: IndicatorField) -> ScoringError {
            .invalidCell(origin.location(of: field), field: field, found: cells[field] ?? "", expected: field.expected)
        }
        guard let target = IndicatorValue(parsing: text(.target)) else { throw invalid(.target) }
        var actual: IndicatorValue?
        if !text(.actual).isEmpty {
            guard let value = IndicatorValue(parsing: text(.actual)) else { throw invalid(.actual) }
            actual = value
        }
        guard let weight = points(text(.weight)) else { throw invalid(.weight) }
        var score: Double?
        if !text(.score).isEmpty {
            guard let value = points(text(.score)) else { throw invalid(.score) }
            score = value
        }
        var source: ActualSource?
        if !text(.actualSource).isEmpty {
            guard let value = ActualSource(parsing: text(.actualSource)) else { throw invalid(.actualSource) }
            source = value
        }
        var kind: IndicatorKind?
        if !text(.kind).isEmpty {
            guard let value = IndicatorKind(text: text(.kind)) else { throw invalid(.kind) }
            kind = value
        }
        if actual == nil, source == nil {
            throw .missingActual(origin.location(of: .actual),
                                 indicator: [text(.level3), text(.level2), text(.level1)].first { !$0.isEmpty } ?? "")
        }
        return Indicator(level1: text(.level1), level2: text(.level2), level3: text(.level3),
                         description: text(.description), target: target, actual: actual, weight: weight,
                         evaluatorScore: score, deviationReason: text(.deviationReason),
                         actualSource: source, kind: kind, origin: origin,
                         targetText: text(.target), actualText: actual == nil ? nil : text(.actual))
    }

    /// A number of points: `15`, `14.55`, `15分`; `nil` otherwise.
    private static func points(_ text: String) -> Double? {
        var body = indicatorTrimmed(foldIndicatorFullWidth(text))
        if body.hasSuffix("分") { body = indicatorTrimmed(body.dropLast()) }
        guard let value = Double(body), value.isFinite else { return nil }
        return value
    }
}
