/// A table ready to print: localized headers, typed cells and notes.
///
/// Every command's result converts to one or more `ReportTable`s; the renderers
/// (terminal text, Markdown, CSV, JSON, HTML) turn them into output. Cells keep their
/// numbers, so CSV and JSON carry full precision while text shows the stated decimals.
public struct ReportTable: Sendable, Equatable {
    /// Heading printed above the table.
    public let title: LocalizedText
    /// Column definitions, left to right.
    public let columns: [ReportColumn]
    /// Rows of cells, each as long as `columns`.
    public let rows: [[ReportCell]]
    /// Lines printed under the table (sources, conventions, warnings).
    public let notes: [LocalizedText]
    /// Stable machine name of the table (`snake_case`, English), the `"key"` of the table
    /// in JSON output; `nil` when the table has none.
    public let key: String?
    /// The bar chart drawn under the table in HTML output; `nil` (the default) draws none.
    public let chart: ReportChart?

    /// Creates a table; every row must have one cell per column, column keys must be
    /// unique, and a chart must name columns of the table.
    public init(title: LocalizedText, columns: [ReportColumn], rows: [[ReportCell]],
                notes: [LocalizedText] = [], key: String? = nil, chart: ReportChart? = nil) {
        precondition(rows.allSatisfy { $0.count == columns.count }, "row width differs from columns")
        precondition(Set(columns.map(\.key)).count == columns.count, "column keys are not unique")
        if let chart {
            precondition(columns.contains { $0.key == chart.valueColumn }, "chart value column is not in the table")
            precondition(columns.contains { $0.key == chart.labelColumn }, "chart label column is not in the table")
        }
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.key = key
        self.chart = chart
    }

    /// This table with a bar chart of the numbers in column `valueColumn`, one bar per row
    /// labelled by column `labelColumn` (both are ``ReportColumn/key``s), drawn in HTML output.
    public func charting(_ valueColumn: String, labelledBy labelColumn: String) -> ReportTable {
        ReportTable(title: title, columns: columns, rows: rows, notes: notes, key: key,
                    chart: ReportChart(valueColumn: valueColumn, labelColumn: labelColumn))
    }

    /// This table with an interval chart: the numbers in `valueColumn` as points with the
    /// bounds in `lowColumn` and `highColumn`, in table order, labelled by `labelColumn`.
    /// With `band`, the columns of a uniform band drawn behind the intervals (when the table
    /// has them); with `shadingPrePeriods`, categories labelled by a negative event time are
    /// shaded.
    public func chartingIntervals(_ valueColumn: String, low lowColumn: String, high highColumn: String,
                                  labelledBy labelColumn: String, band: (low: String, high: String)? = nil,
                                  shadingPrePeriods: Bool = false) -> ReportTable {
        let drawnBand = band.flatMap { columnIndex($0.low) != nil && columnIndex($0.high) != nil ? $0 : nil }
        return ReportTable(title: title, columns: columns, rows: rows, notes: notes, key: key,
                           chart: ReportChart(valueColumn: valueColumn, labelColumn: labelColumn,
                                              intervalColumns: (lowColumn, highColumn), bandColumns: drawnBand,
                                              shadesNegativeLabels: shadingPrePeriods))
    }

    /// The index of the column whose key is `key`, or `nil`.
    public func columnIndex(_ key: String) -> Int? {
        columns.firstIndex { $0.key == key }
    }
}
