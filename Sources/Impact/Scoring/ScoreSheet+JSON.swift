extension ScoreSheet {
    /// The sheet as JSON, keys in a fixed order:
    /// `{"title", "file", "profile", "rows": [{"level1", "level2", "level3", "indicator",
    /// "description", "kind", "target", "actual", "unit", "target_value", "actual_value",
    /// "weight", "score", "ratio", "level", "meets_target", "deviation_reason"}], "total",
    /// "uncapped_total", "cap", "maximum", "grade", "grade_en", "execution_rate", "warnings"}`.
    ///
    /// Conventions: `target` and `actual` are the cells as a clerk writes them (`≥4%`,
    /// `97家`, `优`); `target_value`/`actual_value` are their numbers in the target's unit
    /// (null for grades); `score` is null for 不适用 rows; `indicator` is the most specific
    /// name (level 3, else 2, else 1); `grade` is 优/良/中/差; numbers at full precision.
    public func jsonText() -> String {
        let rowsJSON = rows.map { row -> OrderedJSON in
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
                ("level1", .string(indicator.level1)),
                ("level2", .string(indicator.level2)),
                ("level3", .string(indicator.level3)),
                ("indicator", .string(indicator.name)),
                ("description", .string(indicator.description)),
                ("kind", .string(indicator.kind.rawValue)),
                ("target", .string(indicator.printedTarget(.zh))),
                ("actual", indicator.printedActual(.zh).map { .string($0) } ?? .null),
                ("unit", .string(unit)),
                ("target_value", .number(targetValue)),
                ("actual_value", .number(actualValue)),
                ("weight", .number(row.weight)),
                ("score", .number(row.score)),
                ("ratio", .number(row.ratio)),
                ("level", row.level.map { .string($0.label.zh) } ?? .null),
                ("meets_target", .bool(row.meetsTarget)),
                ("deviation_reason", .string(indicator.deviationReason)),
            ])
        }
        let root = OrderedJSON.object([
            ("title", title.map { .string($0) } ?? .null),
            ("file", .string(file)),
            ("profile", .string(profile.name)),
            ("rows", .array(rowsJSON)),
            ("total", .number(total)),
            ("uncapped_total", .number(uncappedTotal)),
            ("cap", .number(cap)),
            ("maximum", .number(maximum)),
            ("grade", .string(grade.label.zh)),
            ("grade_en", .string(grade.label.en)),
            ("execution_rate", .number(executionRate)),
            ("warnings", .array(warnings.map { .string($0.description) })),
        ])
        return root.rendered(indent: 0) + "\n"
    }
}
