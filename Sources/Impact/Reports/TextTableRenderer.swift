/// Aligned plain-text tables for a terminal (``OutputFormat/table``).
///
/// Layout: the document title underlined with `=`, then for each table its title, the
/// header row, a rule of `-`, the rows and the notes, tables separated by a blank line.
/// Columns are separated by two spaces and padded by display width, where East Asian wide
/// characters count two cells (``StringProtocol/displayWidth``); numeric columns are
/// right-aligned, others left-aligned. Line breaks inside a cell become spaces; lines carry
/// no trailing spaces. Only ASCII is used for rules, whose width never varies between terminals.
public enum TextTableRenderer {
    /// Space between two columns.
    static let columnGap = "  "

    /// Renders `tables` with labels in `language` under an optional document `title`.
    public static func render(_ tables: [ReportTable], language: Language, title: LocalizedText? = nil) -> String {
        var blocks: [String] = []
        if let title {
            let text = singleLine(title.text(language))
            blocks.append(text + "\n" + String(repeating: "=", count: max(text.displayWidth, 1)) + "\n")
        }
        blocks += tables.map { render($0, language: language) }
        return blocks.joined(separator: "\n")
    }

    /// Renders one table (title, header, rule, rows, notes), ending with a newline.
    public static func render(_ table: ReportTable, language: Language) -> String {
        let header = table.columns.map { singleLine($0.header.text(language)) }
        let body = table.rows.map { $0.map { singleLine($0.displayText(language)) } }
        let numeric = table.columns.indices.map { table.isNumericColumn($0) }
        let widths = table.columns.indices.map { index in
            ([header[index]] + body.map { $0[index] }).map(\.displayWidth).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { index in
                pad(cells[index], to: widths[index], right: numeric[index])
            }
            return trimTrailingSpaces(padded.joined(separator: columnGap))
        }
        var lines = [singleLine(table.title.text(language))]
        lines.append(line(header))
        lines.append(widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: columnGap))
        lines += body.map(line)
        lines += table.notes.map { singleLine($0.text(language)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` padded with spaces to `width` display cells, on the left when `right`.
    static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let fill = String(repeating: " ", count: max(width - text.displayWidth, 0))
        return right ? fill + text : text + fill
    }

    /// `text` with each line break (CR, LF, CRLF) replaced by a space.
    static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    private static func trimTrailingSpaces(_ text: String) -> String {
        var result = Substring(text)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
