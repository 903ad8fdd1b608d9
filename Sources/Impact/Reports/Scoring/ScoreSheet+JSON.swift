extension ScoreSheet: Reportable {
    /// The filled 绩效自评表 (``reportTable(language:)``).
    public func reportTables(language: Language) -> [ReportTable] { [reportTable(language: language)] }

    /// The sheet as JSON, keys in a fixed order:
    /// `{"title", "file", "profile", "rows": [{"level1", "level2", "level3", "indicator",
    /// "description", "kind", "target", "actual", "unit", "target_value", "actual_value",
    /// "weight", "score", "ratio", "level", "meets_target", "deviation_reason"}], "total",
    /// "uncapped_total", "cap", "maximum", "grade", "grade_en", "execution_rate", "warnings"}`.
    ///
    /// Conventions: `target` and `actual` are the cells as a clerk writes them (`≥4%`,
    /// `97家`, `优`); `target_value`/`actual_value` are their numbers in the target's unit
    /// (null for grades); `score` is null for 不适用 rows; `indicator` is the most specific
    /// name (level 3, else 2, else 1); `grade` is 优/良/中/差; numbers at full precision;
    /// `warnings` are `{"code", "message"}` objects (``ScoringWarning``, message in English).
    /// The document is the same in every `language`.
    public func jsonValue(language: Language) -> JSONValue {
        .object([
            "title": .string(title),
            "file": .string(file),
            "profile": .string(profile.name),
            "rows": .array(rows.map(Self.jsonValue(of:))),
            "total": .number(total),
            "uncapped_total": .number(uncappedTotal),
            "cap": .number(cap),
            "maximum": .number(maximum),
            "grade": .string(grade.label.zh),
            "grade_en": .string(grade.label.en),
            "execution_rate": .number(executionRate),
            "warnings": .array(warnings.map(\.jsonValue)),
        ])
    }

    /// One scored row as JSON (keys as listed in ``jsonValue(language:)``).
    static func jsonValue(of row: ScoredIndicator) -> JSONValue {
        let indicator = row.indicator
        var targetValue: Double?
        var actualValue: Double?
        var unit = ""
        if case .quantity(let target) = indicator.target {
            targetValue = target.value
            unit = target.unit.symbol
            if case .quantity(let actual)? = indicator.actual { actualValue = actual.value(in: target.unit) }
        }
        return .object([
            "level1": .string(indicator.level1),
            "level2": .string(indicator.level2),
            "level3": .string(indicator.level3),
            "indicator": .string(indicator.name),
            "description": .string(indicator.description),
            "kind": .string(indicator.kind.rawValue),
            "target": .string(indicator.printedTarget(.zh)),
            "actual": .string(indicator.writtenActual),
            "unit": .string(unit),
            "target_value": .number(targetValue),
            "actual_value": .number(actualValue),
            "weight": .number(row.weight),
            "score": .number(row.score),
            "ratio": .number(row.ratio),
            "level": .string(row.level?.label.zh),
            "meets_target": .bool(row.meetsTarget),
            "deviation_reason": .string(indicator.deviationReason),
        ])
    }
}
