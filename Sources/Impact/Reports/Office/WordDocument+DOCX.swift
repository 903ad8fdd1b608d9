import Foundation

extension WordDocument {
    /// Text width of an A4 page with 2.5 cm side margins, in twentieths of a point.
    static let textWidth = 9026

    /// The document as the bytes of a .docx file (Office Open XML WordprocessingML):
    /// `word/document.xml`, `word/styles.xml` (Normal, Title, Heading1, Heading2, Note,
    /// Placeholder), one `word/charts/chartN.xml` per chart, relationships and `docProps`
    /// without dates. The same document always gives the same bytes.
    func docxData() -> Data {
        var body = ""
        var charts: [OfficeChart] = []
        if let title { body += Self.paragraph(title, style: "Title") }
        for block in blocks {
            switch block {
            case .heading(let text, let level): body += Self.paragraph(text, style: "Heading\(min(max(level, 1), 2))")
            case .paragraph(let text): body += Self.paragraph(text, style: nil)
            case .note(let text): body += Self.paragraph(text, style: "Note")
            case .placeholder(let text): body += Self.paragraph(text, style: "Placeholder")
            case .tableJoin:
                body += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"20\" w:lineRule=\"exact\"/>"
                    + "<w:rPr><w:sz w:val=\"2\"/></w:rPr></w:pPr></w:p>"
            case .table(let table): body += table.xml() + Self.paragraph("", style: nil)
            case .chart(let chart):
                charts.append(chart)
                body += Self.chartParagraph(number: charts.count)
            }
        }
        let document = XMLText.declaration
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
            + "xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><w:body>" + body
            + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"
            + "</w:sectPr></w:body></w:document>"
        var overrides = [
            ("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ("/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        var relations = [("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml")]
        var chartParts: [OfficePackage.Part] = []
        for (index, chart) in charts.enumerated() {
            overrides.append(("/word/charts/chart\(index + 1).xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"))
            relations.append(("rIdChart\(index + 1)", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
                              "charts/chart\(index + 1).xml"))
            chartParts.append(.init(path: "word/charts/chart\(index + 1).xml", data: Data(chart.chartXML().utf8)))
        }
        let parts: [OfficePackage.Part] = [
            .init(path: "[Content_Types].xml", data: Data(Workbook.contentTypes(overrides).utf8)),
            .init(path: "_rels/.rels", data: Data(Workbook.relationships([
                ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml"),
                ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
                ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
            ]).utf8)),
            .init(path: "docProps/core.xml", data: Data(OfficeProperties.core(title: title ?? "").utf8)),
            .init(path: "docProps/app.xml", data: Data(OfficeProperties.app.utf8)),
            .init(path: "word/document.xml", data: Data(document.utf8)),
            .init(path: "word/styles.xml", data: Data(WordStyles.xml.utf8)),
            .init(path: "word/_rels/document.xml.rels", data: Data(Workbook.relationships(relations).utf8)),
        ] + chartParts
        return OfficePackage(parts: parts).zipped()
    }

    /// A paragraph in `style` (`nil`: Normal); line breaks become `<w:br/>`.
    static func paragraph(_ text: String, style: String?, bold: Bool = false, alignment: String? = nil) -> String {
        var xml = "<w:p>"
        if style != nil || alignment != nil {
            xml += "<w:pPr>" + (style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "")
                + (alignment.map { "<w:jc w:val=\"\($0)\"/>" } ?? "") + "</w:pPr>"
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if !text.isEmpty {
            xml += "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "")
            xml += lines.map { "<w:t xml:space=\"preserve\">\(XMLText.escape(String($0)))</w:t>" }.joined(separator: "<w:br/>")
            xml += "</w:r>"
        }
        return xml + "</w:p>"
    }

    /// A centred paragraph holding chart `number` inline, 16 × 9 cm.
    static func chartParagraph(number: Int) -> String {
        "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:drawing>"
            + "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"5760000\" cy=\"3240000\"/>"
            + "<wp:docPr id=\"\(number)\" name=\"Chart \(number)\"/><wp:cNvGraphicFramePr/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">"
            + "<c:chart r:id=\"rIdChart\(number)\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    }
}

extension WordTable {
    /// The `<w:tbl>`: single borders, fixed layout over the text width, header rows
    /// repeated on each page, spans (`gridSpan`) and vertical merges (`vMerge`).
    func xml() -> String {
        let total = columnWeights.reduce(0, +)
        let widths = columnWeights.map { Int((Double(WordDocument.textWidth) * $0 / max(total, 1)).rounded()) }
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(WordDocument.textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblBorders>" + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            }.joined() + "</w:tblBorders><w:tblCellMar><w:left w:w=\"60\" w:type=\"dxa\"/><w:right w:w=\"60\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        for (index, row) in rows.enumerated() {
            xml += "<w:tr>" + (index < headerRows ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
            var column = 0
            for cell in row {
                let width = widths[min(column, widths.count - 1)..<min(column + cell.span, widths.count)].reduce(0, +)
                column += cell.span
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if cell.span > 1 { xml += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                switch cell.verticalMerge {
                case .none: break
                case .restart: xml += "<w:vMerge w:val=\"restart\"/>"
                case .continue: xml += "<w:vMerge/>"
                }
                if index < headerRows { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" }
                xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
                let alignment = cell.alignRight ? "right" : cell.centered ? "center" : nil
                xml += WordDocument.paragraph(cell.verticalMerge == .continue ? "" : cell.text, style: "TableText",
                                              bold: cell.bold || index < headerRows, alignment: alignment)
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }
}

/// `word/styles.xml`: body text in 宋体 (Times New Roman for Latin), the Title, Heading1 and
/// Heading2 styles (黑体, outline levels 0 and 1), TableText, Note and Placeholder.
enum WordStyles {
    /// The part's text.
    static let xml: String = {
        func style(_ id: String, _ name: String, paragraph: String, run: String, basedOn: String? = "Normal") -> String {
            "<w:style w:type=\"paragraph\" w:customStyle=\"\(["Note", "Placeholder", "TableText"].contains(id) ? 1 : 0)\" w:styleId=\"\(id)\">"
                + "<w:name w:val=\"\(name)\"/>" + (basedOn.map { "<w:basedOn w:val=\"\($0)\"/>" } ?? "")
                + "<w:qFormat/><w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
        }
        let heiti = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"黑体\"/>"
        return XMLText.declaration
            + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"宋体\" w:cs=\"Times New Roman\"/>"
            + "<w:sz w:val=\"24\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"360\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
            + style("Title", "Title", paragraph: "<w:jc w:val=\"center\"/><w:spacing w:before=\"240\" w:after=\"360\"/>",
                    run: heiti + "<w:b/><w:sz w:val=\"36\"/>")
            + style("Heading1", "heading 1", paragraph: "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"120\"/><w:outlineLvl w:val=\"0\"/>",
                    run: heiti + "<w:b/><w:sz w:val=\"32\"/>")
            + style("Heading2", "heading 2", paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
                    run: heiti + "<w:b/><w:sz w:val=\"28\"/>")
            + style("TableText", "Table Text", paragraph: "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"260\" w:lineRule=\"auto\"/>",
                    run: "<w:sz w:val=\"18\"/>")
            + style("Note", "Note", paragraph: "<w:spacing w:after=\"80\" w:line=\"280\" w:lineRule=\"auto\"/>",
                    run: "<w:color w:val=\"595959\"/><w:sz w:val=\"18\"/>")
            + style("Placeholder", "Placeholder", paragraph: "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"4\" w:color=\"C00000\"/></w:pBdr>",
                    run: "<w:color w:val=\"C00000\"/><w:highlight w:val=\"yellow\"/>")
            + "</w:styles>"
    }()
}
