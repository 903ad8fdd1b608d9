/// A value that Impact can print: its report tables for the text formats and its JSON
/// document. Every command's result conforms (in `Reports/`), and
/// ``ReportRenderer/render(_:format:language:)`` turns any of them into bytes.
public protocol Reportable {
    /// The heading of the whole document (terminal, Markdown, HTML and the tables JSON
    /// show it); default none.
    func reportTitle(language: Language) -> LocalizedText?
    /// The tables printed by the text formats (table, Markdown, CSV, HTML), in order.
    func reportTables(language: Language) -> [ReportTable]
    /// The JSON document, keys in its documented order. Default: the tables as
    /// ``JSONRenderer`` lays them out.
    func jsonValue(language: Language) -> JSONValue
    /// The whole output in a text format, for a value that lays it out itself (the
    /// side-by-side regression table on a terminal and in Markdown), ending with a newline;
    /// `nil` (the default) prints ``reportTables(language:)``. Not asked for JSON.
    func customText(format: OutputFormat, language: Language) -> String?
}

extension Reportable {
    /// No heading.
    public func reportTitle(language: Language) -> LocalizedText? { nil }

    /// No layout of its own: the report tables are printed.
    public func customText(format: OutputFormat, language: Language) -> String? { nil }

    /// The report tables as JSON (``JSONRenderer``'s table document).
    public func jsonValue(language: Language) -> JSONValue {
        JSONRenderer.document(reportTables(language: language), language: language,
                              title: reportTitle(language: language))
    }
}
