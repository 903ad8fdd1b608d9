/// An inline SVG chart of curves: one or more numeric columns of a table drawn as lines with
/// points against a numeric column (a power curve, power against effect size; the minimum
/// detectable effect against the number of firms).
///
/// Both axes are linear and span every value (the value axis includes zero), with ticks at
/// round steps (``SVGIntervalChart/niceRange(_:_:)``); rows without a number in a column
/// leave that point out; the chart scales with the page through its `viewBox`.
struct SVGCurveChart {
    /// One curve: its legend name and its points.
    struct Curve {
        let name: String
        let points: [(x: Double, y: Double)]
    }

    /// Heading drawn above the plot.
    let caption: String
    /// The x axis title.
    let xLabel: String
    /// The curves (at most four colours).
    let curves: [Curve]

    /// Plot size and margins, in pixels.
    static let width = 560.0, plotHeight = 240.0, left = 64.0, right = 16.0, top = 40.0, bottom = 64.0

    /// The `<svg>` element.
    // Long: one drawing, axes, ticks, curves and legend in order.
    func render() -> String {
        let escape = HTMLRenderer.escape
        let xs: [Double] = curves.flatMap { curve in curve.points.map { $0.x } }
        let ys: [Double] = curves.flatMap { curve in curve.points.map { $0.y } } + [0]
        let (xLow, xHigh, xStep) = SVGIntervalChart.niceRange(xs.min() ?? 0, xs.max() ?? 1)
        let (yLow, yHigh, yStep) = SVGIntervalChart.niceRange(ys.min() ?? 0, ys.max() ?? 1)
        let plotWidth: Double = Self.width - Self.left - Self.right
        let height: Double = Self.top + Self.plotHeight + Self.bottom
        func x(_ value: Double) -> Double { Self.left + (value - xLow) / max(xHigh - xLow, 1e-12) * plotWidth }
        func y(_ value: Double) -> Double { Self.top + (yHigh - value) / max(yHigh - yLow, 1e-12) * Self.plotHeight }
        var svg = SVGIntervalChart.opening(width: Self.width, height: height, caption: caption)
        svg += SVGIntervalChart.valueGrid(low: yLow, high: yHigh, step: yStep, from: Self.left, to: Self.width - Self.right, y: y)
        var tick = xLow
        while tick <= xHigh + xStep / 2 {
            svg += "<line class=\"axis\" x1=\"\(f(x(tick)))\" x2=\"\(f(x(tick)))\" y1=\"\(f(Self.top + Self.plotHeight))\" y2=\"\(f(Self.top + Self.plotHeight + 4))\"/>"
                + "<text class=\"tick\" x=\"\(f(x(tick)))\" y=\"\(f(Self.top + Self.plotHeight + 16))\" text-anchor=\"middle\">\(SVGIntervalChart.tickText(tick, step: xStep))</text>\n"
            tick += xStep
        }
        svg += "<line class=\"axis\" x1=\"\(f(Self.left))\" x2=\"\(f(Self.width - Self.right))\" y1=\"\(f(Self.top + Self.plotHeight))\" y2=\"\(f(Self.top + Self.plotHeight))\"/>\n"
        svg += "<text class=\"tick\" x=\"\(f(Self.left + plotWidth / 2))\" y=\"\(f(Self.top + Self.plotHeight + 34))\" text-anchor=\"middle\">\(escape(xLabel))</text>\n"
        for (index, curve) in curves.enumerated() {
            let colour = SVGIntervalChart.colours[index % SVGIntervalChart.colours.count]
            let path = curve.points.map { "\(f(x($0.x))),\(f(y($0.y)))" }.joined(separator: " ")
            svg += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(index > 0 ? " stroke-dasharray=\"6 3\"" : "") points=\"\(path)\"/>\n"
            for point in curve.points {
                svg += "<circle cx=\"\(f(x(point.x)))\" cy=\"\(f(y(point.y)))\" r=\"3\" fill=\"\(colour)\"><title>\(escape(curve.name)): "
                    + "\(ReportNumber.fixed(point.x, decimals: 2)) → \(ReportNumber.fixed(point.y, decimals: 3))</title></circle>"
            }
            svg += "\n"
        }
        var legendX = Self.left
        for (index, curve) in curves.enumerated() {
            let legendY = height - 8
            svg += "<circle cx=\"\(f(legendX + 5))\" cy=\"\(f(legendY - 4))\" r=\"4\" fill=\"\(SVGIntervalChart.colours[index % SVGIntervalChart.colours.count])\"/>"
                + "<text x=\"\(f(legendX + 14))\" y=\"\(f(legendY))\">\(escape(curve.name))</text>"
            legendX += Double(curve.name.displayWidth) * SVGIntervalChart.cellWidth + 36
        }
        return svg + "\n</svg>"
    }

    /// A coordinate with at most one decimal.
    private func f(_ value: Double) -> String { SVGBarChart.format(value) }
}

extension SVGCurveChart {
    /// The curves of `chart`'s ``ReportChart/curveColumns`` against its label column; `nil`
    /// when no curve has a point.
    init?(table: ReportTable, chart: ReportChart, language: Language) {
        guard let xIndex = table.columnIndex(chart.labelColumn) else { return nil }
        var curves: [Curve] = []
        for key in chart.curveColumns {
            guard let index = table.columnIndex(key) else { continue }
            let points = table.rows.compactMap { row -> (x: Double, y: Double)? in
                guard let x = row[xIndex].numericValue, let y = row[index].numericValue, x.isFinite, y.isFinite else { return nil }
                return (x, y)
            }
            if !points.isEmpty { curves.append(Curve(name: table.columns[index].header.text(language), points: points)) }
        }
        guard !curves.isEmpty else { return nil }
        self.init(caption: table.title.text(language), xLabel: table.columns[xIndex].header.text(language), curves: curves)
    }
}
