extension FormGrid {
    /// The bordered rows: everything but the title, subtitle and footer lines.
    var bodyRows: [[Cell]] {
        rows.filter { row in !row.allSatisfy { [.title, .subtitle, .footer].contains($0.role) } }
    }

    /// The title, subtitle and footer lines, by role.
    func lines(_ role: Role) -> [String] {
        rows.filter { row in row.allSatisfy { $0.role == role } }.map { $0.map(\.text).joined(separator: "　　") }
    }

    /// The grid as a sheet: the cells at their places, merges for spans, text wrapped,
    /// numbers as numbers, the indicator header row repeated on printed pages, landscape A4.
    func worksheet(name: String) -> Worksheet {
        var sheet = Worksheet(name: name)
        sheet.columnWidths = columnWidths
        sheet.landscape = true
        for (rowIndex, row) in rows.enumerated() {
            var cells = [SheetCell](repeating: .empty(rowIndex < 2 || row.allSatisfy { $0.role == .footer } ? .plain : .text),
                                    count: columns)
            for cell in row {
                let style: SheetCellStyle = switch cell.role {
                case .title: .title
                case .subtitle: .caption
                case .label: .centered
                case .header: .header
                case .value: .text
                case .number: cell.number == nil ? .text : SheetCellStyle.number(decimals: cell.decimals)
                case .footer: .plain
                }
                cells[cell.column] = cell.number.map { SheetCell(value: .number($0), style: style) }
                    ?? .text(cell.text, style)
                if cell.span > 1 || cell.rowSpan > 1 {
                    sheet.merges.append(CellRange(firstRow: rowIndex, firstColumn: cell.column,
                                                  lastRow: rowIndex + cell.rowSpan - 1, lastColumn: cell.column + cell.span - 1))
                }
            }
            sheet.rows.append(cells)
        }
        var spans: [Int: [Int: Int]] = [:]
        for (rowIndex, row) in rows.enumerated() {
            for cell in row { spans[rowIndex, default: [:]][cell.column] = cell.rowSpan == 1 ? cell.span : 0 }
        }
        sheet.fitRowHeights(spans: spans)
        if let repeatedRow { sheet.printTitleRows = repeatedRow...repeatedRow }
        return sheet
    }

    /// The bordered rows as Word tables: spans as `gridSpan`, row spans as vertical merges
    /// (a continuation cell in each covered row). Word repeats only a table's leading rows,
    /// so a grid with a ``repeatedRow`` is split there: the header fields, funds and
    /// objectives in one table, and the indicator block in a second whose first row (the
    /// indicator headers) repeats on every printed page.
    func wordTables() -> [WordTable] {
        let body = bodyRows
        guard let repeatedRow, repeatedRow < rows.count,
              let split = body.firstIndex(where: { $0.first?.column == rows[repeatedRow].first?.column
                                                     && $0.map(\.text) == rows[repeatedRow].map(\.text) }),
              split > 0 else {
            return [wordTable(body, headerRows: 0)]
        }
        return [wordTable(Array(body[..<split]), headerRows: 0), wordTable(Array(body[split...]), headerRows: 1)]
    }

    /// `rows` as one Word table whose first `headerRows` rows repeat across pages; a row
    /// span must end inside `rows`.
    func wordTable(_ rows: [[Cell]], headerRows: Int) -> WordTable {
        var covered: [Int: (until: Int, span: Int)] = [:]
        var rowsOut: [[WordCell]] = []
        for (rowIndex, row) in rows.enumerated() {
            var cells: [WordCell] = []
            var column = 0
            let starts = Dictionary(row.map { ($0.column, $0) }, uniquingKeysWith: { first, _ in first })
            while column < columns {
                if let cover = covered[column], cover.until >= rowIndex {
                    cells.append(WordCell("", span: cover.span, verticalMerge: .continue))
                    column += cover.span
                } else if let cell = starts[column] {
                    if cell.rowSpan > 1 { covered[column] = (rowIndex + cell.rowSpan - 1, cell.span) }
                    cells.append(WordCell(cell.text, bold: cell.role == .label || cell.role == .header,
                                          alignRight: cell.role == .number,
                                          centered: cell.role == .label || cell.role == .header, span: cell.span,
                                          verticalMerge: cell.rowSpan > 1 ? .restart : .none))
                    column += cell.span
                } else {
                    cells.append(WordCell(""))
                    column += 1
                }
            }
            rowsOut.append(cells)
        }
        return WordTable(rows: rowsOut, headerRows: headerRows, columnWeights: columnWidths)
    }

    /// The grid as HTML: the title and year as headings, the bordered rows as one `<table>`
    /// (`rowspan`/`colspan` for merges), the sign-off as a line under it.
    func html(escape: (String) -> String) -> String {
        var html = "<section class=\"form\" id=\"self_evaluation\">\n"
        for line in lines(.title) { html += "<h2 class=\"form-title\">\(escape(line))</h2>\n" }
        for line in lines(.subtitle) { html += "<p class=\"form-year\">\(escape(line))</p>\n" }
        html += "<table class=\"form\">\n<colgroup>"
        let total = columnWidths.reduce(0, +)
        for width in columnWidths {
            html += "<col style=\"width:\(ReportNumber.fixed(width / total * 100, decimals: 1))%\">"
        }
        html += "</colgroup>\n<tbody>\n"
        for row in bodyRows {
            html += "<tr>"
            for cell in row {
                let tag = cell.role == .header ? "th" : "td"
                var attributes = ""
                if cell.span > 1 { attributes += " colspan=\"\(cell.span)\"" }
                if cell.rowSpan > 1 { attributes += " rowspan=\"\(cell.rowSpan)\"" }
                let cssClass = switch cell.role {
                case .label: " class=\"label\""
                case .number: " class=\"num\""
                default: ""
                }
                html += "<\(tag)\(attributes)\(cssClass)>" + escape(cell.text).replacingOccurrences(of: "\n", with: "<br>") + "</\(tag)>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        for line in lines(.footer) { html += "<p class=\"signoff\">\(escape(line))</p>\n" }
        return html + "</section>\n"
    }
}
