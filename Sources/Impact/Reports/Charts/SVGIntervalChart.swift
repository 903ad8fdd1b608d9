import Foundation

/// An inline SVG chart of estimates with their 95 % intervals: categories left to right in
/// the order given (event time, sectors), one point per series and category with a vertical
/// interval bar, a dashed zero line, and an optional reference category marked (the event
/// study's omitted period); optionally a simultaneous (uniform) band per category drawn as a
/// light bar behind the first series' interval, and the pre-periods shaded.
///
/// Each category gets a slot at least as wide as its label, so labels never overlap; the
/// value axis spans every value and bound and zero, with ticks at round steps; the chart
/// scales with the page through its `viewBox`.
struct SVGIntervalChart {
    /// One series: its legend name and, per category, the estimate and its bounds.
    struct Series {
        let name: String
        let values: [Double?]
        let intervals: [(low: Double?, high: Double?)]?
    }

    /// Heading drawn above the plot.
    let caption: String
    /// Category labels, left to right.
    let categories: [String]
    /// The series (at most four colours).
    let series: [Series]
    /// The index of the reference category (marked, drawn at zero), or `nil`.
    var reference: Int?
    /// The value axis label (unit).
    var axisLabel = ""
    /// Per category, the uniform band of the first series (light bar behind it), or `nil`.
    var bands: [(low: Double?, high: Double?)]?
    /// Categories shaded as pre-periods (an event study's negative event times).
    var shaded: Set<Int> = []
    /// The category axis title (the label column's header), or empty.
    var categoryLabel = ""

    /// Pixels per terminal cell of text at 12 px.
    static let cellWidth = 7.0
    /// Plot height and margins, in pixels.
    static let plotHeight = 240.0, left = 64.0, top = 40.0, bottom = 48.0
    /// Series colours.
    static let colours = ["#0969da", "#cf222e", "#1a7f37", "#8250df"]

    /// The `<svg>` element.
    // Long: one drawing, axis, ticks, points and legend in order.
    func render() -> String {
        let escape = HTMLRenderer.escape
        let slot = max(Double(categories.map(\.displayWidth).max() ?? 1) * Self.cellWidth + 12, 36)
        let width = max(Self.left + slot * Double(max(categories.count, 1)) + 16, Double(caption.displayWidth) * 8.2 + 8)
        let height = Self.top + Self.plotHeight + Self.bottom + (series.count > 1 ? 20 : 0)
        var numbers: [Double] = [0]
        for item in series {
            numbers += item.values.compactMap { $0 }
            numbers += (item.intervals ?? []).flatMap { [$0.low, $0.high].compactMap { $0 } }
        }
        numbers += (bands ?? []).flatMap { [$0.low, $0.high].compactMap { $0 } }
        let finite = numbers.filter(\.isFinite)
        let (low, high, step) = Self.niceRange(finite.min() ?? 0, finite.max() ?? 1)
        func y(_ value: Double) -> Double { Self.top + (high - value) / (high - low) * Self.plotHeight }
        func x(_ category: Int, _ seriesIndex: Int) -> Double {
            let offset = series.count > 1 ? (Double(seriesIndex) - Double(series.count - 1) / 2) * min(slot / Double(series.count + 1), 14) : 0
            return Self.left + slot * (Double(category) + 0.5) + offset
        }
        var svg = Self.opening(width: width, height: height, caption: caption)
        svg += Self.valueGrid(low: low, high: high, step: step, from: Self.left, to: width - 8, y: y)
        svg += "<line class=\"zero\" x1=\"\(f(Self.left))\" x2=\"\(f(width - 8))\" y1=\"\(f(y(0)))\" y2=\"\(f(y(0)))\"/>\n"
        if !axisLabel.isEmpty {
            svg += "<text class=\"tick\" x=\"12\" y=\"\(f(Self.top + Self.plotHeight / 2))\" transform=\"rotate(-90 12 \(f(Self.top + Self.plotHeight / 2)))\" text-anchor=\"middle\">\(escape(axisLabel))</text>\n"
        }
        if !categoryLabel.isEmpty {
            svg += "<text class=\"tick\" x=\"\(f(Self.left + slot * Double(categories.count) / 2))\" y=\"\(f(Self.top + Self.plotHeight + 38))\" text-anchor=\"middle\">\(escape(categoryLabel))</text>\n"
        }
        for (index, label) in categories.enumerated() {
            let centre = Self.left + slot * (Double(index) + 0.5)
            if index == reference {
                svg += "<rect class=\"reference\" x=\"\(f(centre - slot / 2))\" y=\"\(f(Self.top))\" width=\"\(f(slot))\" height=\"\(f(Self.plotHeight))\"/>"
            } else if shaded.contains(index) {
                svg += "<rect class=\"pre\" x=\"\(f(centre - slot / 2))\" y=\"\(f(Self.top))\" width=\"\(f(slot))\" height=\"\(f(Self.plotHeight))\"/>"
            }
            if let band = bands?[index], let bandLow = band.low, let bandHigh = band.high, bandLow.isFinite, bandHigh.isFinite {
                svg += "<rect class=\"band\" x=\"\(f(x(index, 0) - 7))\" y=\"\(f(y(bandHigh)))\" width=\"14\" "
                    + "height=\"\(f(max(y(bandLow) - y(bandHigh), 0.5)))\"><title>\(escape(label)) uniform band</title></rect>"
            }
            svg += "<text x=\"\(f(centre))\" y=\"\(f(Self.top + Self.plotHeight + 18))\" text-anchor=\"middle\">\(escape(label))</text>\n"
        }
        for (seriesIndex, item) in series.enumerated() {
            let colour = Self.colours[seriesIndex % Self.colours.count]
            for (index, value) in item.values.enumerated() {
                let cx = x(index, seriesIndex)
                if let bounds = item.intervals?[index], let lowBound = bounds.low, let highBound = bounds.high,
                   lowBound.isFinite, highBound.isFinite {
                    svg += "<line x1=\"\(f(cx))\" x2=\"\(f(cx))\" y1=\"\(f(y(lowBound)))\" y2=\"\(f(y(highBound)))\" stroke=\"\(colour)\" stroke-width=\"2\"/>"
                        + "<line x1=\"\(f(cx - 4))\" x2=\"\(f(cx + 4))\" y1=\"\(f(y(lowBound)))\" y2=\"\(f(y(lowBound)))\" stroke=\"\(colour)\"/>"
                        + "<line x1=\"\(f(cx - 4))\" x2=\"\(f(cx + 4))\" y1=\"\(f(y(highBound)))\" y2=\"\(f(y(highBound)))\" stroke=\"\(colour)\"/>"
                }
                guard let value, value.isFinite else { continue }
                svg += "<circle cx=\"\(f(cx))\" cy=\"\(f(y(value)))\" r=\"4\" fill=\"\(colour)\">"
                    + "<title>\(escape(categories[index])) \(escape(item.name)): \(ReportNumber.fixed(value, decimals: 2))</title></circle>\n"
            }
        }
        if series.count > 1 {
            var legendX = Self.left
            for (index, item) in series.enumerated() {
                let legendY = height - 8
                svg += "<circle cx=\"\(f(legendX + 5))\" cy=\"\(f(legendY - 4))\" r=\"4\" fill=\"\(Self.colours[index % Self.colours.count])\"/>"
                    + "<text x=\"\(f(legendX + 14))\" y=\"\(f(legendY))\">\(escape(item.name))</text>"
                legendX += Double(item.name.displayWidth) * Self.cellWidth + 36
            }
            svg += "\n"
        }
        return svg + "</svg>"
    }

    /// The `<svg>` opening of a chart `width` × `height` pixels: scalable `viewBox`, the
    /// accessible title and the bold caption line.
    static func opening(width: Double, height: Double, caption: String) -> String {
        let escape = HTMLRenderer.escape
        return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(SVGBarChart.format(width)) \(SVGBarChart.format(height))\" "
            + "width=\"\(SVGBarChart.format(width))\" height=\"\(SVGBarChart.format(height))\" aria-label=\"\(escape(caption))\">\n<title>\(escape(caption))</title>\n"
            + "<text x=\"0\" y=\"16\" font-weight=\"bold\">\(escape(caption))</text>\n"
    }

    /// Horizontal grid lines from x `from` to `to` with their value labels on the left, at
    /// `low`, `low + step`, … up to `high` (`y` maps a value to its pixel row).
    static func valueGrid(low: Double, high: Double, step: Double, from left: Double, to right: Double,
                          y: (Double) -> Double) -> String {
        let f = SVGBarChart.format
        var svg = "", tick = low
        while tick <= high + step / 2 {
            svg += "<line class=\"grid\" x1=\"\(f(left))\" x2=\"\(f(right))\" y1=\"\(f(y(tick)))\" y2=\"\(f(y(tick)))\"/>"
                + "<text class=\"tick\" x=\"\(f(left - 6))\" y=\"\(f(y(tick) + 4))\" text-anchor=\"end\">\(tickText(tick, step: step))</text>\n"
            tick += step
        }
        return svg
    }

    /// A coordinate with at most one decimal.
    private func f(_ value: Double) -> String { SVGBarChart.format(value) }

    /// An axis from below `low` to above `high` in steps of 1, 2 or 5 × 10ⁿ (about five
    /// ticks), always including zero.
    static func niceRange(_ low: Double, _ high: Double) -> (Double, Double, Double) {
        let span = max(high - low, 1e-9)
        let raw = span / 5
        let magnitude = pow10(floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        return ((low / step).rounded(.down) * step, (high / step).rounded(.up) * step, step)
    }

    /// 10 to the power `exponent`.
    private static func pow10(_ exponent: Double) -> Double {
        var result = 1.0
        let whole = Int(exponent)
        if whole >= 0 { for _ in 0..<whole { result *= 10 } } else { for _ in 0..<(-whole) { result /= 10 } }
        return result
    }

    /// A tick's text with as many decimals as the step needs.
    static func tickText(_ value: Double, step: Double) -> String {
        let decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3
        return ReportNumber.fixed(value, decimals: decimals)
    }
}

extension SVGIntervalChart {
    /// The interval chart of a table's ``ReportChart`` with bounds: one point per row with
    /// a finite value, in table order; the reference row is the one without bounds whose
    /// value is zero (an event study's omitted period). `nil` when no row has a value.
    init?(table: ReportTable, chart: ReportChart, language: Language) {
        guard let bounds = chart.intervalColumns, let valueIndex = table.columnIndex(chart.valueColumn),
              let labelIndex = table.columnIndex(chart.labelColumn), let lowIndex = table.columnIndex(bounds.low),
              let highIndex = table.columnIndex(bounds.high) else { return nil }
        let rows = table.rows.filter { $0[valueIndex].numericValue != nil }
        guard !rows.isEmpty else { return nil }
        let header = table.columns[valueIndex].header.text(language)
        let banded = chart.bandColumns != nil
        let what = language == .zh ? "\(header)及95%置信区间" + (banded ? "（浅色：95%一致置信带）" : "")
            : "\(header) with 95% intervals" + (banded ? " (shaded bar: 95% uniform band)" : "")
        self.init(caption: table.title.text(language) + (language == .zh ? "：" : ": ") + what,
                  categories: rows.map { $0[labelIndex].displayText(language) },
                  series: [Series(name: header, values: rows.map { $0[valueIndex].numericValue },
                                  intervals: rows.map { ($0[lowIndex].numericValue, $0[highIndex].numericValue) })])
        categoryLabel = table.columns[labelIndex].header.text(language)
        reference = rows.firstIndex { $0[lowIndex].numericValue == nil && $0[highIndex].numericValue == nil && $0[valueIndex].numericValue == 0 }
        if let band = chart.bandColumns, let bandLow = table.columnIndex(band.low), let bandHigh = table.columnIndex(band.high) {
            bands = rows.map { ($0[bandLow].numericValue, $0[bandHigh].numericValue) }
        }
        if chart.shadesNegativeLabels {
            shaded = Set(rows.indices.filter { (Double(rows[$0][labelIndex].displayText(language)) ?? 0) < 0 })
        }
    }
}
