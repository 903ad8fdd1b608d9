/// Aligned plain-text tables for a terminal (``OutputFormat/table``).
///
/// Layout: the document title underlined with `=`, then for each table its title, the
/// header row, a rule of `-`, the rows and the notes, tables separated by a blank line.
/// Columns are separated by two spaces and padded by display width, where East Asian wide
/// characters count two cells (`displayWidth`). Numeric cells are
/// right-aligned and text cells left-aligned; a header is right-aligned over a numeric
/// column (``ReportTable/isNumericColumn(_:)``). Text longer than ``maximumCellWidth``
/// cells wraps onto further lines of its row (at a space when the line has one, otherwise
/// between characters, which suits Chinese); numbers never wrap. Line breaks inside a cell
/// become spaces; lines carry no trailing spaces. Rules are ASCII, whose width never varies
/// between terminals.
public enum TextTableRenderer {
    /// Space between two columns.
    static let columnGap = "  "
    /// Widest a text cell may be before it wraps, in terminal cells: 40.
    public static let maximumCellWidth = 40

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
        struct Cell {
            let lines: [String]
            let right: Bool
        }
        func layout(_ text: String, right: Bool) -> Cell {
            let line = singleLine(text)
            return Cell(lines: right ? [line] : wrap(line, width: maximumCellWidth), right: right)
        }
        let numericColumns = table.columns.indices.map { table.isNumericColumn($0) }
        let header = table.columns.indices.map {
            layout(table.columns[$0].header.text(language), right: numericColumns[$0])
        }
        let body = table.rows.map { row in
            row.indices.map { index in
                let cell = row[index]
                return layout(cell.displayText(language), right: cell.isNumeric || (cell.isMissing && numericColumns[index]))
            }
        }
        let widths = table.columns.indices.map { index in
            ([header[index]] + body.map { $0[index] }).flatMap(\.lines).map(\.displayWidth).max() ?? 0
        }
        func lines(_ cells: [Cell]) -> [String] {
            let height = cells.map(\.lines.count).max() ?? 1
            return (0..<height).map { lineIndex in
                let padded = cells.indices.map { index in
                    let cell = cells[index]
                    let text = lineIndex < cell.lines.count ? cell.lines[lineIndex] : ""
                    return pad(text, to: widths[index], right: cell.right)
                }
                return trimTrailingSpaces(padded.joined(separator: columnGap))
            }
        }
        var output = [singleLine(table.title.text(language))]
        output += lines(header)
        output.append(widths.map { String(repeating: "-", count: max($0, 1)) }.joined(separator: columnGap))
        output += body.flatMap(lines)
        output += table.notes.map { singleLine($0.text(language)) }
        return output.joined(separator: "\n") + "\n"
    }

    /// `text` broken into lines of at most `width` display cells: at the last space of a
    /// line when it has one, otherwise between characters; a character wider than `width`
    /// gets a line of its own. Spaces at a break are dropped.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.displayWidth > width else { return [text] }
        var lines: [String] = []
        var line: [Character] = []
        var lineWidth = 0
        for character in text {
            let characterWidth = character.displayWidth
            if lineWidth + characterWidth > width, !line.isEmpty {
                if character != " ", let space = line.lastIndex(of: " "), space > 0 {
                    let rest = Array(line[(space + 1)...])
                    lines.append(String(line[..<space]))
                    line = rest
                } else {
                    lines.append(String(line))
                    line = []
                }
                while line.first == " " { line.removeFirst() }
                lineWidth = String(line).displayWidth
                if character == " ", line.isEmpty { continue }
            }
            line.append(character)
            lineWidth += characterWidth
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines.map(trimTrailingSpaces)
    }

    /// `text` padded with spaces to `width` display cells, on the left when `right`.
    static func pad(_ text: String, to width: Int, right: Bool) -> String {
        let fill = String(repeating: " ", count: max(width - text.displayWidth, 0))
        return right ? fill + text : text + fill
    }

    /// `text` with each line break (CR, LF, CRLF) replaced by a space and every other
    /// control character shown visibly (``TerminalText/visible(_:keeping:)``, e.g. `\u{1B}`).
    static func singleLine(_ text: String) -> String {
        TerminalText.visible(String(text.map { $0.isNewline ? " " : $0 }), keeping: [])
    }

    private static func trimTrailingSpaces(_ text: String) -> String {
        var result = Substring(text)
        while result.last == " " { result = result.dropLast() }
        return String(result)
    }
}
