/// A ``Reportable`` that lays out some text formats itself instead of printing its report
/// tables (the side-by-side regression table on a terminal and in Markdown). Asked first by
/// ``ReportRenderer/render(_:format:language:)`` for the text formats; `nil` means "use the
/// report tables".
public protocol CustomTextLayout: Reportable {
    /// The whole output in `format` and `language`, ending with a newline, or `nil`.
    func customText(format: OutputFormat, language: Language) -> String?
}
