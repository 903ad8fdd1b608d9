extension Workbook {
    /// The generic workbook of any ``Reportable``: one sheet per ``ReportTable`` (see
    /// ``Worksheet/init(table:language:name:)``).
    init(tables: [ReportTable], language: Language) {
        let names = Workbook.sheetNames(tables.map { $0.title.text(language) })
        self.init(sheets: zip(tables, names).map { Worksheet(table: $0, language: language, name: $1) })
    }
}

extension Worksheet {
    /// A sheet holding one report table: its title (merged across), the header row, the
    /// rows (numbers as numbers with the table's decimals, text through the formula guard)
    /// and the notes under it; title and header repeat on every printed page; a table of
    /// more than seven columns prints landscape. A table with a ``ReportChart`` gets a
    /// native column chart of that column, in table order, to the right of the notes.
    init(table: ReportTable, language: Language, name: String) {
        self.init(name: name)
        let width = table.columns.count
        append([.text(table.title.text(language), .title)] + Array(repeating: .empty(.plain), count: max(width - 1, 0)))
        if width > 1 { merges.append(CellRange(firstRow: 0, firstColumn: 0, lastRow: 0, lastColumn: width - 1)) }
        append(table.columns.map { .text($0.header.text(language), .header) })
        for row in table.rows { append(row.map { Self.sheetCell($0, language: language) }) }
        printTitleRows = 0...1
        landscape = width > 7
        columnWidths = table.columns.indices.map { column in
            let header = Double(table.columns[column].header.text(language).displayWidth)
            let longest = table.rows.map { Double($0[column].displayText(language).displayWidth) }.max() ?? 0
            return min(max(max(header * 0.8, longest) + 2, 8), 50)
        }
        fitRowHeights(spans: [0: [0: width]])
        for note in table.notes {
            append([.text(note.text(language), .plain)])
        }
        if let chart = table.chart, let office = OfficeChart(table: table, chart: chart, language: language, sheet: name) {
            var placed = office
            placed.anchor = (row: rows.count + 1, column: 0, rows: 18, columns: min(max(width, 6), 10))
            charts.append(placed)
        }
    }

    /// A report cell as a sheet cell: numbers as numbers with their decimals, integers with
    /// none, text and labels as text, missing values empty.
    static func sheetCell(_ cell: ReportCell, language: Language) -> SheetCell {
        switch cell {
        case .integer(let value): .number(Double(value), decimals: 0)
        case .number(let value, let decimals, _), .quantity(let value, let decimals, _):
            .number(value, decimals: decimals)
        case .text, .label: .text(cell.displayText(language))
        case .empty: .empty()
        }
    }
}

extension OfficeChart {
    /// A column chart of `chart`'s value column over `table`, one bar per row with a finite
    /// value, in table order; the series refers to the sheet's cells (rows from 3, below the
    /// title and header).
    init?(table: ReportTable, chart: ReportChart, language: Language, sheet: String) {
        guard let valueIndex = table.columnIndex(chart.valueColumn),
              let labelIndex = table.columnIndex(chart.labelColumn) else { return nil }
        let shown = table.rows.filter { $0[valueIndex].numericValue != nil }
        guard !shown.isEmpty else { return nil }
        let header = table.columns[valueIndex].header.text(language)
        self.init(title: header, categories: shown.map { $0[labelIndex].displayText(language) },
                  series: [Series(name: header, values: shown.map { $0[valueIndex].numericValue }, interval: nil)],
                  valueAxisTitle: "")
        // References only when every row is charted, so the cells are one contiguous range.
        if shown.count == table.rows.count {
            let quoted = "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
            let range = { (column: Int) in
                "\(quoted)!$\(CellRange.columnName(column))$3:$\(CellRange.columnName(column))$\(table.rows.count + 2)"
            }
            categoriesReference = range(labelIndex)
            var series = self.series[0]
            series.valuesReference = range(valueIndex)
            self = OfficeChart(title: title, categories: categories, series: [series], valueAxisTitle: "",
                               categoriesReference: categoriesReference, anchor: anchor)
        }
    }
}
