/// GitHub-flavoured Markdown (``OutputFormat/md``).
///
/// The document title is a level-1 heading, each table title a level-2 heading followed by
/// a pipe table (numeric columns right-aligned with `---:`) and its notes as paragraphs.
/// In cells `\` and `|` are escaped with a backslash (so a cell cannot end early) and line
/// breaks become `<br>`; in headings and notes line breaks become spaces. Other Markdown
/// syntax in text (`*`, `_`, inline HTML) is passed through. Missing values show as `—`.
public enum MarkdownRenderer {
    /// Renders `tables` with labels in `language` under an optional document `title`.
    public static func render(_ tables: [ReportTable], language: Language, title: LocalizedText? = nil) -> String {
        var blocks: [String] = []
        if let title { blocks.append("# " + inline(title.text(language)) + "\n") }
        blocks += tables.map { render($0, language: language) }
        return blocks.joined(separator: "\n")
    }

    /// Renders one table: heading, pipe table and notes, ending with a newline.
    public static func render(_ table: ReportTable, language: Language) -> String {
        func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var lines = ["## " + inline(table.title.text(language)), ""]
        lines.append(row(table.columns.map { cell($0.header.text(language)) }))
        lines.append("|" + table.columns.indices.map { table.isNumericColumn($0) ? " ---: " : " --- " }
            .joined(separator: "|") + "|")
        lines += table.rows.map { row($0.map { cell($0.displayText(language)) }) }
        if !table.notes.isEmpty {
            lines.append("")
            lines += table.notes.map { inline($0.text(language)) + "  " }
            lines[lines.count - 1] = inline(table.notes.last!.text(language))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Characters escaped with a backslash inside a cell: `\` and `|`, which would end the
    /// cell. Other Markdown (`*`, `_`, inline HTML) is left for the caller to use or escape.
    static let cellEscapes: Set<Unicode.Scalar> = ["\\", "|"]

    /// `text` made safe inside a table cell: ``cellEscapes`` escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        var result = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\r": result += "<br>"
            case "\n": if !previousWasCarriageReturn { result += "<br>" }
            default:
                if cellEscapes.contains(scalar) { result += "\\" }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` on one line for a heading or note paragraph (line breaks become spaces).
    static func inline(_ text: String) -> String {
        TextTableRenderer.singleLine(text)
    }
}
