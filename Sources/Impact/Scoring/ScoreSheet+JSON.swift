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
        let rowsJSON = rows.map { row -> JSONValue in
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
                ("target", .string(indicator.target.text())),
                ("actual", indicator.actual.map { .string($0.text()) } ?? .null),
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
        let root = JSONValue.object([
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

/// A JSON value with ordered object keys, for stable output.
enum JSONValue {
    case string(String)
    case number(Double?)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Pretty-printed text, two spaces per level.
    func rendered(indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .string(let text): return JSONValue.quoted(text)
        case .number(let value):
            guard let value, value.isFinite else { return "null" }
            if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
            return "\(value)"
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        case .array(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(close)]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { pad + JSONValue.quoted($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
                .joined(separator: ",\n") + "\n\(close)}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
