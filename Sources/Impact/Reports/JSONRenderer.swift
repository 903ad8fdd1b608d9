/// The JSON document of report tables (the default ``Reportable/jsonValue(language:)``).
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
/// missing values as `null`, non-finite numbers as `null` with a `non_finite_as_null` note
/// (added by ``ReportRenderer``). ``JSONValue/encoded()`` writes it.
public enum JSONRenderer {
    /// The document of `tables` with labels in `language` under an optional `title`.
    ///
    /// `notes`, when given, become a last top-level key `"notes"` (typed notes of the
    /// whole document as `{"code", "message"}` objects; written even when empty).
    public static func document(_ tables: [ReportTable], language: Language, title: LocalizedText? = nil,
                                notes: [any NoteWording]? = nil) -> JSONValue {
        let document = JSONValue.object([
            "title": title.map { .string($0.text(language)) },
            "language": .string(language.rawValue),
            "tables": .array(tables.map { object($0, language: language) }),
        ])
        guard let notes else { return document }
        return document.setting("notes", .array(notes.map(\.jsonValue)))
    }

    /// One table as a JSON object.
    static func object(_ table: ReportTable, language: Language) -> JSONValue {
        .object([
            "key": .string(table.key),
            "title": .string(table.title.text(language)),
            "columns": .array(table.columns.map {
                .object(["key": .string($0.key), "header": .string($0.header.text(language))])
            }),
            "rows": .array(table.rows.map { cells in
                .object(zip(table.columns, cells).map { JSONValue.Member($0.key, value($1, language: language)) })
            }),
            "notes": .strings(table.notes.map { $0.text(language) }),
        ])
    }

    /// The JSON value of a cell.
    static func value(_ cell: ReportCell, language: Language) -> JSONValue {
        switch cell {
        case let .text(text): .string(text)
        case let .label(label): .string(label.text(language))
        case let .integer(value): .integer(value)
        // The raw value: a non-finite one is written as null and noted by the renderer.
        case let .number(value, _, _), let .quantity(value, _, _): .number(value)
        case .empty: .null
        }
    }
}
