/// JSON (``OutputFormat/json``) with machine keys and numbers at full precision.
///
/// Shape (one document for any number of tables):
/// ```json
/// {
///   "title": "…" | null,
///   "language": "zh" | "en",
///   "tables": [
///     {
///       "key": "sector_effects" | null,
///       "title": "…",
///       "columns": [{"key": "sector", "header": "…"}, …],
///       "rows": [{"sector": "…", "pull": 8.2, …}, …],
///       "notes": ["…"]
///     }
///   ]
/// }
/// ```
/// Row fields are named by ``ReportColumn/key`` in column order. Numbers are JSON numbers at
/// full precision without unit, integers as integers, labels as text in the chosen language,
/// missing values (and non-finite numbers) as `null`, so the output never contains NaN or
/// infinity. Strings are escaped per RFC 8259 (quote, backslash and control characters;
/// other characters, Chinese included, stay as UTF-8).
public enum JSONRenderer {
    /// Renders `tables` with labels in `language` under an optional document `title`.
    public static func render(_ tables: [ReportTable], language: Language, title: LocalizedText? = nil) -> String {
        var lines = ["{"]
        lines.append("  \"title\": " + (title.map { string($0.text(language)) } ?? "null") + ",")
        lines.append("  \"language\": " + string(language.rawValue) + ",")
        if tables.isEmpty {
            lines.append("  \"tables\": []")
        } else {
            lines.append("  \"tables\": [")
            let rendered = tables.map { object($0, language: language, indent: "    ") }
            lines.append(rendered.joined(separator: ",\n"))
            lines.append("  ]")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One table as a JSON object, each line prefixed by `indent`; rows one per line.
    static func object(_ table: ReportTable, language: Language, indent: String) -> String {
        let inner = indent + "  "
        var lines = [indent + "{"]
        lines.append(inner + "\"key\": " + (table.key.map(string) ?? "null") + ",")
        lines.append(inner + "\"title\": " + string(table.title.text(language)) + ",")
        let columns = table.columns.map {
            "{\"key\": " + string($0.key) + ", \"header\": " + string($0.header.text(language)) + "}"
        }
        lines.append(inner + "\"columns\": " + array(columns, indent: inner) + ",")
        let rows = table.rows.map { cells in
            "{" + zip(table.columns, cells).map { column, cell in
                string(column.key) + ": " + value(cell, language: language)
            }.joined(separator: ", ") + "}"
        }
        lines.append(inner + "\"rows\": " + array(rows, indent: inner) + ",")
        lines.append(inner + "\"notes\": " + array(table.notes.map { string($0.text(language)) }, indent: inner))
        lines.append(indent + "}")
        return lines.joined(separator: "\n")
    }

    /// A JSON array of already-encoded `elements`, one per line.
    private static func array(_ elements: [String], indent: String) -> String {
        guard !elements.isEmpty else { return "[]" }
        return "[\n" + elements.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }

    /// The JSON value of a cell.
    static func value(_ cell: ReportCell, language: Language) -> String {
        switch cell {
        case let .text(text): string(text)
        case let .label(label): string(label.text(language))
        case let .integer(value): String(value)
        case .number, .quantity: cell.numericValue.map(ReportNumber.fullPrecision) ?? "null"
        case .empty: "null"
        }
    }

    /// `text` as a JSON string literal (RFC 8259 escapes).
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
