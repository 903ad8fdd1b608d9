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
}

extension Reportable {
    /// No heading.
    public func reportTitle(language: Language) -> LocalizedText? { nil }

    /// The report tables as JSON (``JSONRenderer``'s table document).
    public func jsonValue(language: Language) -> JSONValue {
        JSONRenderer.document(reportTables(language: language), language: language,
                              title: reportTitle(language: language))
    }
}
