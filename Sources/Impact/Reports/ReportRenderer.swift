/// Turns ``ReportTable``s into printable text in any ``OutputFormat``.
///
/// The one entry point for every command's output:
/// ```swift
/// let text = ReportRenderer.render([table], format: .md, language: .en,
///                                  title: LocalizedText(zh: "绩效自评", en: "Self-evaluation"))
/// ```
/// Each format is described by its renderer: ``TextTableRenderer`` (`.table`),
/// ``MarkdownRenderer`` (`.md`), ``CSVRenderer`` (`.csv`), ``JSONRenderer`` (`.json`) and
/// ``HTMLRenderer`` (`.html`). Text outputs show numbers with each cell's decimals; CSV and
/// JSON carry full precision. Every output ends with a newline.
public enum ReportRenderer {
    /// Renders `tables` in `format` with labels in `language`.
    ///
    /// - Parameters:
    ///   - tables: the tables, printed in order.
    ///   - format: the output format.
    ///   - language: the language of titles, headers, labels and notes.
    ///   - title: a heading for the whole document (the terminal, Markdown, JSON and HTML
    ///     outputs show it; CSV has no place for it); default none.
    /// - Returns: the whole output; for CSV it starts with a byte-order mark (U+FEFF).
    public static func render(_ tables: [ReportTable], format: OutputFormat, language: Language,
                              title: LocalizedText? = nil) -> String {
        switch format {
        case .table: TextTableRenderer.render(tables, language: language, title: title)
        case .md: MarkdownRenderer.render(tables, language: language, title: title)
        case .csv: CSVRenderer.render(tables, language: language)
        case .json: JSONRenderer.render(tables, language: language, title: title)
        case .html: HTMLRenderer.render(tables, language: language, title: title)
        }
    }
}
