/// Tables with an optional heading: the simplest ``Reportable``.
public struct ReportDocument: Reportable, Sendable {
    /// The tables, printed in order.
    public let tables: [ReportTable]
    /// The heading, or `nil`.
    public let title: LocalizedText?

    /// Creates a document of `tables` under `title`.
    public init(_ tables: [ReportTable], title: LocalizedText? = nil) {
        self.tables = tables
        self.title = title
    }

    /// ``title``, whatever the language (its text is chosen when printed).
    public func reportTitle(language: Language) -> LocalizedText? { title }

    /// ``tables``, whatever the language (their labels are chosen when printed).
    public func reportTables(language: Language) -> [ReportTable] { tables }
}
