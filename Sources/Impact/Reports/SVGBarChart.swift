/// An inline SVG horizontal bar chart of one column of a ``ReportTable`` (see ``ReportChart``).
///
/// Bars are sorted from the largest value to the smallest and drawn from a zero line, to
/// the right for positive values and to the left (in another colour) for negative ones; each
/// bar carries its row label on the left and its value, as shown in the table, at its end.
/// Label space is estimated from display width (a wide character counts two cells), and the
/// chart scales with the page through its `viewBox`.
struct SVGBarChart {
    /// One bar: its label, value and the value's text.
    struct Bar {
        let label: String
        let value: Double
        let valueText: String
    }

    /// Heading of the chart (the value column's header with a ranking note).
    let caption: String
    /// Bars, largest value first.
    let bars: [Bar]

    /// Pixels per terminal cell used to estimate text width at 13 px.
    static let cellWidth = 7.5
    /// Height of a bar and the gap between bars, in pixels.
    static let barHeight = 22.0, barGap = 8.0
    /// Width of the whole chart and of the space for value labels, in pixels.
    static let width = 720.0, valueSpace = 110.0

    /// The chart for `chart` over `table`, or `nil` when no row has a finite value.
    init?(table: ReportTable, chart: ReportChart, language: Language) {
        guard let valueIndex = table.columnIndex(chart.valueColumn),
              let labelIndex = table.columnIndex(chart.labelColumn) else { return nil }
        let bars = table.rows.compactMap { row -> Bar? in
            guard let value = row[valueIndex].numericValue else { return nil }
            return Bar(label: row[labelIndex].displayText(language), value: value,
                       valueText: row[valueIndex].displayText(language))
        }
        guard !bars.isEmpty else { return nil }
        // A stable sort keeps table order among equal values.
        self.bars = bars.enumerated().sorted { lhs, rhs in
            lhs.element.value != rhs.element.value ? lhs.element.value > rhs.element.value : lhs.offset < rhs.offset
        }.map(\.element)
        let header = table.columns[valueIndex].header.text(language)
        caption = language == .zh ? "\(header)（从高到低）" : "\(header), highest first"
    }

    /// The `<svg>` element.
    func render() -> String {
        let escape = HTMLRenderer.escape
        let labelCells = bars.map(\.label.displayWidth).max() ?? 0
        let labelSpace = min(max(Double(labelCells) * Self.cellWidth + 12, 60), 260)
        let captionHeight = 24.0
        let height = captionHeight + Double(bars.count) * (Self.barHeight + Self.barGap) + Self.barGap
        let plotWidth = Self.width - labelSpace - Self.valueSpace
        let low = min(0, bars.map(\.value).min() ?? 0)
        let high = max(0, bars.map(\.value).max() ?? 0)
        let span = high - low > 0 ? high - low : 1
        func x(_ value: Double) -> Double { labelSpace + (value - low) / span * plotWidth }
        let zero = x(0)

        var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
            + "viewBox=\"0 0 \(Self.format(Self.width)) \(Self.format(height))\" "
            + "width=\"\(Self.format(Self.width))\" height=\"\(Self.format(height))\" "
            + "aria-label=\"\(escape(caption))\">\n"
        svg += "<title>\(escape(caption))</title>\n"
        svg += "<text x=\"0\" y=\"16\" font-weight=\"bold\">\(escape(caption))</text>\n"
        for (index, bar) in bars.enumerated() {
            let top = captionHeight + Self.barGap + Double(index) * (Self.barHeight + Self.barGap)
            let middle = top + Self.barHeight / 2 + 4
            let end = x(bar.value)
            let left = min(zero, end), barWidth = abs(end - zero)
            svg += "<text x=\"\(Self.format(labelSpace - 8))\" y=\"\(Self.format(middle))\" text-anchor=\"end\">"
                + "\(escape(bar.label))</text>"
            svg += "<rect class=\"bar\(bar.value < 0 ? " negative" : "")\" x=\"\(Self.format(left))\" "
                + "y=\"\(Self.format(top))\" width=\"\(Self.format(barWidth))\" height=\"\(Self.format(Self.barHeight))\">"
                + "<title>\(escape(bar.label)): \(escape(bar.valueText))</title></rect>"
            let valueX = bar.value < 0 ? max(left - 6, 0) : end + 6
            svg += "<text x=\"\(Self.format(valueX))\" y=\"\(Self.format(middle))\""
                + (bar.value < 0 ? " text-anchor=\"end\"" : "") + ">\(escape(bar.valueText))</text>\n"
        }
        svg += "<line class=\"axis\" x1=\"\(Self.format(zero))\" y1=\"\(Self.format(captionHeight))\" "
            + "x2=\"\(Self.format(zero))\" y2=\"\(Self.format(height))\"/>\n"
        svg += "</svg>"
        return svg
    }

    /// A coordinate with at most one decimal.
    static func format(_ value: Double) -> String {
        ReportNumber.fullPrecision((value * 10).rounded() / 10)
    }
}
