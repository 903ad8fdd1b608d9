import Foundation

/// Turns any ``Reportable`` into the bytes of an ``OutputFormat``: the one output path of
/// every command.
///
/// ```swift
/// let bytes = ReportRenderer.render(result, format: .md, language: .en)
/// ```
/// Each format is described by its renderer: ``TextTableRenderer`` (`.table`),
/// ``MarkdownRenderer`` (`.md`), ``CSVRenderer`` (`.csv`, UTF-8 with a byte-order mark),
/// ``HTMLRenderer`` (`.html`) over the value's report tables, and the value's own JSON
/// document (``Reportable/jsonValue(language:)``) for `.json`, written by
/// ``JSONValue/encoded()``. Text outputs show numbers with each cell's decimals; CSV and JSON
/// carry full precision. Every output ends with a newline. The same value, format and
/// language always give the same bytes.
public enum ReportRenderer {
    /// Renders `item` in `format` with labels in `language`.
    ///
    /// In JSON, numbers that are not finite are written as `null`; when there are any, a
    /// note with code `non_finite_as_null` naming their paths is appended to the document's
    /// top-level `"notes"` array (created when absent), or to each element's when the
    /// document is an array of objects.
    public static func render(_ item: some Reportable, format: OutputFormat, language: Language) -> Data {
        switch format {
        case .json:
            return withNonFiniteNote(item.jsonValue(language: language)).encoded()
        case .table, .md, .csv, .html:
            if let custom = (item as? any CustomTextLayout)?.customText(format: format, language: language) {
                return Data(custom.utf8)
            }
            return Data(text(item.reportTables(language: language), format: format, language: language,
                             title: item.reportTitle(language: language)).utf8)
        }
    }

    /// The tables in a text format (CSV has no place for the title).
    static func text(_ tables: [ReportTable], format: OutputFormat, language: Language,
                     title: LocalizedText?) -> String {
        switch format {
        case .table: TextTableRenderer.render(tables, language: language, title: title)
        case .md: MarkdownRenderer.render(tables, language: language, title: title)
        case .csv: CSVRenderer.render(tables, language: language)
        case .html: HTMLRenderer.render(tables, language: language, title: title)
        case .json: JSONRenderer.document(tables, language: language, title: title).text + "\n"
        }
    }

    /// `document` with a note listing its non-finite numbers, when it has any. An array of
    /// objects (several models) gets the note in each element that has such numbers.
    static func withNonFiniteNote(_ document: JSONValue) -> JSONValue {
        if case let .array(items) = document { return .array(items.map(withNonFiniteNote)) }
        let paths = document.nonFinitePaths
        guard !paths.isEmpty, case .object = document else { return document }
        let note = JSONValue.object([
            "code": .string("non_finite_as_null"),
            "message": .string("Numbers that are not finite are written as null: " + paths.joined(separator: ", ") + "."),
        ])
        var notes: [JSONValue] = []
        if case let .array(existing)? = document["notes"] { notes = existing }
        return document.setting("notes", .array(notes + [note]))
    }
}
