/// A Word document as values, written as a .docx file by ``docxData()``: a title, headings
/// (Word's Heading 1 and Heading 2 styles, so a table of contents works), paragraphs,
/// tables with merged cells and native column charts, on A4 pages.
struct WordDocument {
    /// The document's title (the Title style), or `nil`.
    var title: String?
    /// The body, in order.
    var blocks: [WordBlock] = []

    /// An empty document titled `title`.
    init(title: String?) { self.title = title }

    /// Appends a block.
    mutating func append(_ block: WordBlock) { blocks.append(block) }
}

/// One block of a ``WordDocument``'s body.
enum WordBlock {
    /// A heading at `level` 1 or 2.
    case heading(String, level: Int)
    /// A paragraph of body text.
    case paragraph(String)
    /// A small grey note (sources, conventions, caveats).
    case note(String)
    /// A highlighted placeholder for the evaluator's own text.
    case placeholder(String)
    /// A table.
    case table(WordTable)
    /// A native chart.
    case chart(OfficeChart)
    /// A paragraph 1 pt high that keeps two tables apart (Word joins adjacent tables) with
    /// no visible gap, so a form can be split where a header row must repeat.
    case tableJoin
}

/// A Word table: rows of cells, the first `headerRows` repeated on every page.
struct WordTable {
    /// The rows.
    var rows: [[WordCell]]
    /// How many leading rows are headers (bold, shaded, repeated across pages).
    var headerRows: Int
    /// Relative column widths (any positive numbers; scaled to the text width).
    var columnWeights: [Double]
}

/// A cell of a ``WordTable``.
struct WordCell {
    /// How the cell takes part in a vertical merge.
    enum VerticalMerge { case none, restart, `continue` }

    /// The cell's text (line breaks kept).
    var text: String
    /// Bold text.
    var bold = false
    /// Right-aligned (numbers) or centred text; left when both are false.
    var alignRight = false, centered = false
    /// How many grid columns the cell spans (1 = one).
    var span = 1
    /// Vertical merge with the cells above or below.
    var verticalMerge = VerticalMerge.none

    /// A cell of `text`.
    init(_ text: String, bold: Bool = false, alignRight: Bool = false, centered: Bool = false,
         span: Int = 1, verticalMerge: VerticalMerge = .none) {
        self.text = text
        self.bold = bold
        self.alignRight = alignRight
        self.centered = centered
        self.span = span
        self.verticalMerge = verticalMerge
    }
}

extension WordDocument {
    /// The generic document of any ``Reportable``: its title, then per report table a
    /// Heading 1, the table, its chart (when it has one) and its notes.
    init(title: LocalizedText?, tables: [ReportTable], language: Language) {
        self.init(title: title?.text(language))
        for table in tables { appendSection(table, language: language, level: 1) }
    }

    /// Appends `table` under a heading at `level`, with its chart and notes.
    mutating func appendSection(_ table: ReportTable, language: Language, level: Int) {
        append(.heading(table.title.text(language), level: level))
        append(.table(WordTable(table, language: language)))
        if let chart = table.chart, let office = OfficeChart(table: table, chart: chart, language: language, sheet: "") {
            append(.chart(OfficeChart(title: office.title, categories: office.categories, series: office.series,
                                      valueAxisTitle: office.valueAxisTitle)))
        }
        for note in table.notes { append(.note(note.text(language))) }
    }
}

extension WordTable {
    /// A report table as a Word table: a header row, numbers right-aligned as displayed.
    init(_ table: ReportTable, language: Language) {
        let header = table.columns.map { WordCell($0.header.text(language), bold: true, centered: true) }
        let body = table.rows.map { row in
            row.map { WordCell($0.displayText(language), alignRight: $0.isNumeric) }
        }
        let weights = table.columns.indices.map { column in
            Double(max(table.columns[column].header.text(language).displayWidth,
                       table.rows.map { $0[column].displayText(language).displayWidth }.max() ?? 0, 4))
        }
        self.init(rows: [header] + body, headerRows: 1, columnWeights: weights.map { min($0, 40) })
    }
}
