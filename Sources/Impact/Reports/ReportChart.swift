/// A horizontal bar chart of one numeric column of a ``ReportTable``, drawn in HTML output.
///
/// One bar per row that has a finite number in `valueColumn`, labelled by the row's cell in
/// `labelColumn`, bars sorted from the largest value to the smallest (a ranking, e.g.
/// sectors by growth pull). Negative values draw to the left of a zero line.
public struct ReportChart: Sendable, Equatable {
    /// Key of the column holding the numbers.
    public let valueColumn: String
    /// Key of the column holding each bar's label.
    public let labelColumn: String

    /// Creates a chart of `valueColumn` labelled by `labelColumn` (``ReportColumn/key``s).
    public init(valueColumn: String, labelColumn: String) {
        self.valueColumn = valueColumn
        self.labelColumn = labelColumn
    }
}
