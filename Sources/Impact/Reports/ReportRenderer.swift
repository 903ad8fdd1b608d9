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
/// ``JSONValue/encoded()``; `.xlsx` and `.docx` are Office packages (a value's own layout
/// when it has one, else one sheet or section per report table). Text outputs and CSV show
/// numbers with each cell's decimals; JSON carries full precision. In `.table` and `.md`
/// output, control characters from data (ESC, NUL, …) are shown as `\u{1B}` rather than
/// written raw. Every output ends with a newline. The same value, format and
/// language always give the same bytes.
public enum ReportRenderer {
    /// Renders `item` in `format` with labels in `language`.
    ///
    /// In JSON, numbers that are not finite are written as `null`; when there are any, a
    /// note with code `non_finite_as_null` naming their paths is appended to the document's
    /// top-level `"notes"` array (created when absent), or to each element's when the
    /// document is an array of objects.
    public static func render(_ item: some Reportable, format: OutputFormat, language: Language) -> Data {
        if format != .json, !format.isBinary, let custom = item.customText(format: format, language: language) {
            return Data(terminalSafe(custom, format: format).utf8)
        }
        let tables = { item.reportTables(language: language) }, title = item.reportTitle(language: language)
        switch format {
        case .json: return withNonFiniteNote(item.jsonValue(language: language)).encoded()
        case .table:
            return Data(terminalSafe(TextTableRenderer.render(tables(), language: language, title: title), format: format).utf8)
        case .md:
            return Data(terminalSafe(MarkdownRenderer.render(tables(), language: language, title: title), format: format).utf8)
        case .csv: return Data(CSVRenderer.render(tables(), language: language).utf8)
        case .html: return Data(HTMLRenderer.render(tables(), language: language, title: title).utf8)
        case .xlsx: return xlsx(item, language: language)
        case .docx: return docx(item, language: language)
        }
    }

    /// Text formats read on a terminal (`.table`, `.md`) with control characters from data
    /// shown visibly (``TerminalText``); line feeds kept. Other formats are returned as they are.
    static func terminalSafe(_ text: String, format: OutputFormat) -> String {
        format == .table || format == .md ? TerminalText.visible(text) : text
    }

    /// `document` with a note listing its non-finite numbers, when it has any. An array of
    /// objects (several models) gets the note in each element that has such numbers.
    static func withNonFiniteNote(_ document: JSONValue) -> JSONValue {
        if case let .array(items) = document { return .array(items.map(withNonFiniteNote)) }
        let paths = document.nonFinitePaths
        guard !paths.isEmpty, case .object = document else { return document }
        let note = NonFiniteNumbersNote(paths: paths).jsonValue
        var notes: [JSONValue] = []
        if case let .array(existing)? = document["notes"] { notes = existing }
        return document.setting("notes", .array(notes + [note]))
    }
}
