/// A native column chart (DrawingML), written into a workbook or a Word document.
///
/// One category per bar group, one series per colour; a series may carry a 95 % interval
/// drawn as custom error bars (plus = high − value, minus = value − low). Values are
/// stored in the chart's cache; in a workbook each series also names the cells it comes
/// from, so the office can edit the data and the chart follows.
struct OfficeChart {
    /// One series of bars.
    struct Series {
        /// The legend name.
        let name: String
        /// One value per category; `nil` leaves a gap.
        let values: [Double?]
        /// Lower and upper interval bounds per category, or `nil` for no error bars.
        let interval: [(low: Double?, high: Double?)]?
        /// Cell range of the values (`'Sheet'!$C$2:$C$5`) in a workbook, else `nil`.
        var valuesReference: String?
    }

    /// The chart's title.
    let title: String
    /// Category labels, left to right.
    let categories: [String]
    /// The series, in legend order.
    let series: [Series]
    /// The value axis title (the unit), or empty.
    let valueAxisTitle: String
    /// Cell range of the category labels in a workbook, else `nil`.
    var categoriesReference: String?
    /// Where it sits on a sheet: top-left cell (0-based row, column) and size in cells.
    var anchor = (row: 0, column: 0, rows: 18, columns: 8)
}
