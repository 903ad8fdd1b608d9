extension OfficeChart {
    /// The chart part (`xl/charts/chartN.xml` or `word/charts/chartN.xml`): a clustered
    /// column chart with a legend when there is more than one series, data labels with two
    /// decimals, and custom error bars for series with an interval.
    func chartXML() -> String {
        var xml = XMLText.declaration
        xml += "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        xml += "<c:roundedCorners val=\"0\"/><c:chart>"
        xml += "<c:title>\(Self.richText(title, size: 1200, bold: true))<c:overlay val=\"0\"/></c:title>"
        xml += "<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>"
        xml += "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>"
        for (index, series) in series.enumerated() {
            xml += seriesXML(series, index: index)
        }
        xml += "<c:gapWidth val=\"80\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:barChart>"
        xml += "<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
            + "<c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>"
            + "<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>"
            + "<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
            + "<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>"
        xml += "<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>"
            + "<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/>"
        if !valueAxisTitle.isEmpty {
            xml += "<c:title>\(Self.richText(valueAxisTitle, size: 900, bold: false))<c:overlay val=\"0\"/></c:title>"
        }
        xml += "<c:numFmt formatCode=\"0.00\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/>"
            + "<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"1001\"/>"
            + "<c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/></c:valAx></c:plotArea>"
        if series.count > 1 {
            xml += "<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>"
        }
        xml += "<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart></c:chartSpace>"
        return xml
    }

    /// One `<c:ser>`: name, colour, data labels, error bars, categories and values.
    private func seriesXML(_ series: Series, index: Int) -> String {
        let colours = ["2F6EBA", "C0504D", "9BBB59", "8064A2"]
        var xml = "<c:ser><c:idx val=\"\(index)\"/><c:order val=\"\(index)\"/>"
        xml += "<c:tx><c:v>\(XMLText.escape(series.name))</c:v></c:tx>"
        xml += "<c:spPr><a:solidFill><a:srgbClr val=\"\(colours[index % colours.count])\"/></a:solidFill></c:spPr>"
        xml += "<c:invertIfNegative val=\"0\"/>"
        xml += "<c:dLbls><c:numFmt formatCode=\"0.00\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>"
            + "<c:dLblPos val=\"outEnd\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/>"
            + "<c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>"
        if let interval = series.interval {
            let plus = zip(series.values, interval).map { value, bounds in
                value.flatMap { value in bounds.high.map { $0 - value } }
            }
            let minus = zip(series.values, interval).map { value, bounds in
                value.flatMap { value in bounds.low.map { value - $0 } }
            }
            xml += "<c:errBars><c:errBarType val=\"both\"/><c:errValType val=\"cust\"/><c:noEndCap val=\"0\"/>"
            xml += "<c:plus>\(Self.numbers(plus, reference: nil))</c:plus>"
            xml += "<c:minus>\(Self.numbers(minus, reference: nil))</c:minus>"
            xml += "<c:spPr><a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"000000\"/></a:solidFill></a:ln></c:spPr></c:errBars>"
        }
        xml += "<c:cat>\(Self.strings(categories, reference: categoriesReference))</c:cat>"
        xml += "<c:val>\(Self.numbers(series.values, reference: series.valuesReference))</c:val>"
        xml += "</c:ser>"
        return xml
    }

    /// Category labels: a string reference with its cache, or literals.
    static func strings(_ labels: [String], reference: String?) -> String {
        var points = "<c:ptCount val=\"\(labels.count)\"/>"
        for (index, label) in labels.enumerated() {
            points += "<c:pt idx=\"\(index)\"><c:v>\(XMLText.escape(label))</c:v></c:pt>"
        }
        guard let reference else { return "<c:strLit>\(points)</c:strLit>" }
        return "<c:strRef><c:f>\(XMLText.escape(reference))</c:f><c:strCache>\(points)</c:strCache></c:strRef>"
    }

    /// Numbers: a reference with its cache, or literals; `nil` values are left out (gaps).
    static func numbers(_ values: [Double?], reference: String?) -> String {
        var points = "<c:formatCode>General</c:formatCode><c:ptCount val=\"\(values.count)\"/>"
        for (index, value) in values.enumerated() {
            guard let value, value.isFinite else { continue }
            points += "<c:pt idx=\"\(index)\"><c:v>\(ReportNumber.fullPrecision(value))</c:v></c:pt>"
        }
        guard let reference else { return "<c:numLit>\(points)</c:numLit>" }
        return "<c:numRef><c:f>\(XMLText.escape(reference))</c:f><c:numCache>\(points)</c:numCache></c:numRef>"
    }

    /// A title's rich text.
    static func richText(_ text: String, size: Int, bold: Bool) -> String {
        "<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"\(size)\" b=\"\(bold ? 1 : 0)\"/></a:pPr>"
            + "<a:r><a:rPr lang=\"zh-CN\" sz=\"\(size)\" b=\"\(bold ? 1 : 0)\"/><a:t>\(XMLText.escape(text))</a:t></a:r></a:p></c:rich></c:tx>"
    }
}
