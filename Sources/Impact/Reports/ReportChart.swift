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

    /// Keys of the columns holding each value's interval bounds, or `nil` for a bar chart.
    /// With bounds, HTML draws points with their intervals in table order (event time on the
    /// x axis), a zero line, and the reference row (no bounds, value 0) marked.
    public let intervalColumns: (low: String, high: String)?
    /// Keys of the columns drawn as curves against the (numeric) label column, or empty for
    /// the other charts. HTML draws one line with points per column (``SVGCurveChart``).
    public let curveColumns: [String]
    /// Keys of the columns holding a simultaneous (uniform) band around each value, drawn
    /// as a light bar behind the pointwise interval, or `nil`.
    public let bandColumns: (low: String, high: String)?
    /// Whether categories whose label is a negative number (an event study's pre-periods)
    /// are shaded.
    public let shadesNegativeLabels: Bool

    /// Creates a chart of `valueColumn` labelled by `labelColumn` (``ReportColumn/key``s);
    /// with `intervalColumns`, an interval chart instead of ranked bars.
    /// With `bandColumns`, the uniform band is drawn behind each interval; with
    /// `shadesNegativeLabels`, the categories labelled by a negative number are shaded.
    public init(valueColumn: String, labelColumn: String, intervalColumns: (low: String, high: String)? = nil,
                bandColumns: (low: String, high: String)? = nil, shadesNegativeLabels: Bool = false) {
        self.valueColumn = valueColumn
        self.labelColumn = labelColumn
        self.intervalColumns = intervalColumns
        curveColumns = []
        self.bandColumns = bandColumns
        self.shadesNegativeLabels = shadesNegativeLabels
    }

    /// A chart of the numeric columns `curves` as lines against the numeric column `xColumn`
    /// (a power curve: power against effect size); the first curve is ``valueColumn``.
    public init(curves: [String], against xColumn: String) {
        precondition(!curves.isEmpty, "a curve chart needs a column")
        valueColumn = curves[0]
        labelColumn = xColumn
        intervalColumns = nil
        curveColumns = curves
        bandColumns = nil
        shadesNegativeLabels = false
    }

    /// Charts are equal when they draw the same columns the same way.
    public static func == (lhs: ReportChart, rhs: ReportChart) -> Bool {
        lhs.valueColumn == rhs.valueColumn && lhs.labelColumn == rhs.labelColumn
            && lhs.intervalColumns?.low == rhs.intervalColumns?.low && lhs.intervalColumns?.high == rhs.intervalColumns?.high
            && lhs.curveColumns == rhs.curveColumns
            && lhs.bandColumns?.low == rhs.bandColumns?.low && lhs.bandColumns?.high == rhs.bandColumns?.high
            && lhs.shadesNegativeLabels == rhs.shadesNegativeLabels
    }
}
