extension RegressionTable {
    /// Aligned plain text for a terminal: the title, the model columns centred, blocks
    /// separated by rules of `-` (ASCII only), then the legend and notes. East Asian wide
    /// characters count as two cells.
    public func text(language: Language) -> String {
        let layout = layout(language: language)
        let rows = textRows(layout)
        let labelWidth = rows.joined().map { $0.label.displayWidth }.max() ?? 0
        let widths = models.indices.map { column in
            rows.joined().map { $0.cells[column].displayWidth }.max() ?? 0
        }
        let total = labelWidth + widths.reduce(0) { $0 + $1 + 2 }
        let rule = String(repeating: "-", count: max(total, 1))
        var lines = [Labels.title.text(language), rule]
        for (index, block) in rows.enumerated() where !block.isEmpty {
            if index > 0 { lines.append(rule) }
            for line in block {
                var text = TextTableRenderer.pad(line.label, to: labelWidth, right: false)
                for (cell, width) in zip(line.cells, widths) {
                    text += "  " + centred(cell, width: width)
                }
                while text.last == " " { text.removeLast() }
                lines.append(text)
            }
        }
        lines.append(rule)
        lines.append(legend.text(language))
        lines += notes.map { TextTableRenderer.singleLine($0.text(language)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// GitHub-flavoured Markdown: a level-2 heading, a pipe table with centred model
    /// columns (the fixed-effect heading in bold, stars escaped as `\*`), then the legend
    /// and notes as paragraphs.
    public func markdown(language: Language) -> String {
        let layout = layout(language: language)
        func escape(_ text: String) -> String {
            MarkdownRenderer.cell(text).replacingOccurrences(of: "*", with: "\\*")
        }
        func row(_ label: String, _ cells: [String]) -> String {
            "| " + ([label] + cells).joined(separator: " | ") + " |"
        }
        var lines = ["## " + Labels.title.text(language), ""]
        let header = layout.header[0]
        lines.append(row(escape(header.label), header.cells.map(escape)))
        lines.append("| --- |" + String(repeating: " :---: |", count: models.count))
        let blocks = textRows(layout)
        for (index, block) in blocks.enumerated() {
            for (position, line) in block.enumerated() {
                if index == 0 && position == 0 { continue }
                var label = escape(line.label)
                if index == 2 && position == 0 { label = "**" + label + "**" }
                lines.append(row(label, line.cells.map(escape)))
            }
        }
        lines.append("")
        lines.append(escape(legend.text(language)))
        for note in notes {
            lines.append("")
            lines.append(MarkdownRenderer.inline(note.text(language)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A LaTeX `tabular` for a paper (needs `\usepackage{booktabs}`; Chinese labels need a
    /// CJK-capable class such as `ctexart`): stars as superscripts, standard errors under
    /// the estimates, `\midrule` between blocks, the legend in a footnote-size last row.
    /// Special characters in names (`_ & % $ # { } ~ ^ \`) are escaped.
    public func latex(language: Language) -> String {
        let layout = layout(language: language)
        let columns = models.count
        func row(_ label: String, _ cells: [String]) -> String {
            ([label] + cells).joined(separator: " & ") + " \\\\"
        }
        var lines = ["\\begin{tabular}{l" + String(repeating: "c", count: columns) + "}", "\\toprule"]
        for line in layout.header {
            lines.append(row(latexEscape(line.label), line.cells.map(latexEscape)))
        }
        lines.append("\\midrule")
        for coefficient in layout.coefficients {
            lines.append(row(latexEscape(coefficient.label), coefficient.estimates.map { estimate in
                estimate.number.isEmpty ? ""
                    : latexEscape(estimate.number) + (estimate.stars.isEmpty ? "" : "$^{\(estimate.stars)}$")
            }))
            lines.append(row("", coefficient.errors.map(latexEscape)))
        }
        if !layout.fixedEffects.isEmpty {
            lines.append("\\midrule")
            for (position, line) in layout.fixedEffects.enumerated() {
                let label = position == 0 ? "\\emph{\(latexEscape(line.label))}" : latexEscape(line.label)
                lines.append(row(label, line.cells.map(latexEscape)))
            }
        }
        lines.append("\\midrule")
        for line in layout.statistics {
            let label = latexEscape(line.label).replacingOccurrences(of: "R²", with: "$R^2$")
            lines.append(row(label, line.cells.map(latexEscape)))
        }
        lines.append("\\bottomrule")
        let footnotes = [legend] + notes
        for note in footnotes {
            lines.append("\\multicolumn{\(columns + 1)}{l}{\\footnotesize \(latexEscape(note.text(language)))} \\\\")
        }
        lines.append("\\end{tabular}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The side-by-side table as a ``ReportTable`` (all cells text, a standard-error row
    /// under each coefficient row), for CSV and HTML output through ``ReportRenderer``.
    /// Column keys: `term`, then `model_1`, `model_2`, ….
    public func reportTable(language: Language) -> ReportTable {
        let layout = layout(language: language)
        let header = layout.header[0]
        let columns = [ReportColumn(key: "term", header: LocalizedText(zh: "变量", en: "Term"))]
            + header.cells.enumerated().map { index, title in
                ReportColumn(key: "model_\(index + 1)", header: LocalizedText(verbatim: title))
            }
        let rows = textRows(layout).joined().dropFirst().map { line in
            ([line.label] + line.cells).map { ReportCell.text($0) }
        }
        return ReportTable(title: Labels.title, columns: columns, rows: Array(rows),
                           notes: [legend] + notes, key: "regression_table")
    }

    // MARK: - Helpers

    /// Blocks of lines with stars attached to their numbers: header, coefficients (each
    /// followed by its standard-error line), fixed effects, statistics.
    private func textRows(_ layout: Layout) -> [[Line]] {
        let coefficients = layout.coefficients.flatMap { coefficient in
            [Line(label: coefficient.label, cells: coefficient.estimates.map { $0.number + $0.stars }),
             Line(label: "", cells: coefficient.errors)]
        }
        return [layout.header, coefficients, layout.fixedEffects, layout.statistics]
    }

    private func centred(_ text: String, width: Int) -> String {
        let space = max(width - text.displayWidth, 0)
        let left = space / 2
        return String(repeating: " ", count: left) + text + String(repeating: " ", count: space - left)
    }
}

/// `text` with LaTeX's special characters escaped for use in a table cell.
func latexEscape(_ text: String) -> String {
    var result = ""
    for character in text {
        switch character {
        case "\\": result += "\\textbackslash{}"
        case "&", "%", "$", "#", "_", "{", "}": result += "\\" + String(character)
        case "~": result += "\\textasciitilde{}"
        case "^": result += "\\textasciicircum{}"
        default: result.append(character)
        }
    }
    return result
}
