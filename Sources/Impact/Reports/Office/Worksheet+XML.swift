extension Worksheet {
    /// `xl/worksheets/sheetN.xml`: fit-to-width A4 page setup, column widths, the cells
    /// (text as inline strings through the formula guard, numbers as numbers), merges and
    /// the drawing reference when the sheet has charts.
    func sheetXML(hasDrawing: Bool) -> String {
        var xml = XMLText.declaration
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
            + "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/>"
        if !columnWidths.isEmpty {
            xml += "<cols>"
            for (index, width) in columnWidths.enumerated() {
                xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(ReportNumber.fixed(width, decimals: 1))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\""
                + (rowHeights[rowIndex].map { " ht=\"\(ReportNumber.fixed($0, decimals: 1))\" customHeight=\"1\"" } ?? "") + ">"
            for (columnIndex, cell) in row.enumerated() {
                xml += Self.cellXML(cell, reference: CellRange.name(row: rowIndex, column: columnIndex))
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !merges.isEmpty {
            xml += "<mergeCells count=\"\(merges.count)\">"
            for merge in merges { xml += "<mergeCell ref=\"\(merge.reference)\"/>" }
            xml += "</mergeCells>"
        }
        xml += "<printOptions horizontalCentered=\"1\"/>"
            + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"\(landscape ? "landscape" : "portrait")\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        if hasDrawing { xml += "<drawing r:id=\"rId1\"/>" }
        return xml + "</worksheet>"
    }

    /// One `<c>` element.
    static func cellXML(_ cell: SheetCell, reference: String) -> String {
        let style = cell.style.rawValue
        switch cell.value {
        case .empty:
            return "<c r=\"\(reference)\" s=\"\(style)\"/>"
        case .number(let value):
            return "<c r=\"\(reference)\" s=\"\(style)\"><v>\(ReportNumber.fullPrecision(value))</v></c>"
        case .text(let text):
            return "<c r=\"\(reference)\" s=\"\(style)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + XMLText.escape(SpreadsheetText.guarded(text)) + "</t></is></c>"
        }
    }

    /// Sets the height of every row that holds wrapped text to fit it: lines = display
    /// width ÷ (1.1 × width of the columns the cell spans: a 10.5-point CJK character
    /// takes about 1.8 of Excel's character units), 14 points a line (at least 15).
    mutating func fitRowHeights(spans: [Int: [Int: Int]] = [:]) {
        for (rowIndex, row) in rows.enumerated() {
            var lines = 1
            for (column, cell) in row.enumerated() {
                guard case .text(let text) = cell.value, cell.style != .plain, cell.style != .title else { continue }
                let span = spans[rowIndex]?[column] ?? 1
                let width = columnWidths.dropFirst(column).prefix(span).reduce(0, +)
                guard width > 0 else { continue }
                let needed = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    Int((Double(line.displayWidth) / max(width * 1.1, 1)).rounded(.up))
                }.reduce(0) { $0 + max($1, 1) }
                lines = max(lines, needed)
            }
            if lines > 1 { rowHeights[rowIndex] = Double(lines) * 14 + 2 }
        }
    }

    /// `xl/drawings/drawingN.xml`: one two-cell anchor per chart.
    func drawingXML() -> String {
        var xml = XMLText.declaration
            + "<xdr:wsDr xmlns:xdr=\"http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        for (index, chart) in charts.enumerated() {
            let anchor = chart.anchor
            xml += "<xdr:twoCellAnchor>"
                + "<xdr:from><xdr:col>\(anchor.column)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(anchor.row)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>"
                + "<xdr:to><xdr:col>\(anchor.column + anchor.columns)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>\(anchor.row + anchor.rows)</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
                + "<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"\(index + 2)\" name=\"Chart \(index + 1)\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>"
                + "<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
                + "<c:chart r:id=\"rId\(index + 1)\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
        }
        return xml + "</xdr:wsDr>"
    }
}

/// `xl/styles.xml`: the cell formats of ``SheetCellStyle``, in its order.
enum WorkbookStyles {
    /// The part's text.
    static let xml: String = {
        let font = "<font><sz val=\"10.5\"/><name val=\"宋体\"/><charset val=\"134\"/></font>"
        let bold = "<font><b/><sz val=\"10.5\"/><name val=\"宋体\"/><charset val=\"134\"/></font>"
        let title = "<font><b/><sz val=\"14\"/><name val=\"宋体\"/><charset val=\"134\"/></font>"
        let thin = "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border>"
        // (font, fill, border, numFmt, horizontal, vertical, wrap) per SheetCellStyle case.
        let formats: [(Int, Int, Int, Int, String, String, Bool)] = [
            (0, 0, 0, 0, "general", "center", false), // plain
            (2, 0, 0, 0, "center", "center", false), // title
            (1, 2, 1, 0, "center", "center", true), // header
            (0, 0, 1, 0, "left", "center", true), // text
            (0, 0, 1, 0, "center", "center", true), // centered
            (0, 0, 0, 0, "center", "center", false), // caption
            (1, 0, 1, 0, "center", "center", true), // bold
            (0, 0, 1, 1, "right", "center", false), // number0
            (0, 0, 1, 164, "right", "center", false), // number1
            (0, 0, 1, 2, "right", "center", false), // number2
            (0, 0, 1, 165, "right", "center", false), // number3
            (0, 0, 1, 166, "right", "center", false), // number4
            (0, 0, 1, 0, "right", "center", false), // numberGeneral
        ]
        var xml = XMLText.declaration
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/><numFmt numFmtId=\"165\" formatCode=\"0.000\"/>"
            + "<numFmt numFmtId=\"166\" formatCode=\"0.0000\"/></numFmts>"
            + "<fonts count=\"3\">\(font)\(bold)\(title)</fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>\(thin)</borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(formats.count)\">"
        for (font, fill, border, format, horizontal, vertical, wrap) in formats {
            xml += "<xf numFmtId=\"\(format)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\""
                + (format != 0 ? " applyNumberFormat=\"1\"" : "") + (font != 0 ? " applyFont=\"1\"" : "")
                + (fill != 0 ? " applyFill=\"1\"" : "") + (border != 0 ? " applyBorder=\"1\"" : "")
                + " applyAlignment=\"1\"><alignment horizontal=\"\(horizontal)\" vertical=\"\(vertical)\""
                + (wrap ? " wrapText=\"1\"" : "") + "/></xf>"
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
        return xml
    }()
}
