import Foundation

extension Workbook {
    /// The workbook as the bytes of a .xlsx file (Office Open XML SpreadsheetML).
    ///
    /// Parts: `[Content_Types].xml`, the package and workbook relationships, `docProps`
    /// (no dates), `xl/workbook.xml` (print titles as `_xlnm.Print_Titles`),
    /// `xl/styles.xml` (``SheetCellStyle``), one `xl/worksheets/sheetN.xml` per sheet
    /// (inline strings, numbers as numbers, merges, column widths, A4 fitted to the page
    /// width) and, for sheets with charts, a drawing and its chart parts. Text from data
    /// goes through the spreadsheet formula guard. The same workbook always gives the same
    /// bytes.
    func xlsxData() -> Data {
        let names = Self.sheetNames(sheets.map(\.name))
        var parts: [OfficePackage.Part] = []
        var overrides = [
            ("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            ("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
            ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
        ]
        var sheetParts: [OfficePackage.Part] = []
        var chartNumber = 0
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            overrides.append(("/xl/worksheets/sheet\(number).xml",
                              "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
            sheetParts.append(.init(path: "xl/worksheets/sheet\(number).xml",
                                    data: Data(sheet.sheetXML(hasDrawing: !sheet.charts.isEmpty).utf8)))
            guard !sheet.charts.isEmpty else { continue }
            overrides.append(("/xl/drawings/drawing\(number).xml", "application/vnd.openxmlformats-officedocument.drawing+xml"))
            sheetParts.append(.init(path: "xl/worksheets/_rels/sheet\(number).xml.rels", data: Data(Self.relationships([
                ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", "../drawings/drawing\(number).xml"),
            ]).utf8)))
            var chartRelations: [(String, String, String)] = []
            for (chartIndex, chart) in sheet.charts.enumerated() {
                chartNumber += 1
                overrides.append(("/xl/charts/chart\(chartNumber).xml",
                                  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"))
                chartRelations.append(("rId\(chartIndex + 1)",
                                       "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
                                       "../charts/chart\(chartNumber).xml"))
                sheetParts.append(.init(path: "xl/charts/chart\(chartNumber).xml", data: Data(chart.chartXML().utf8)))
            }
            sheetParts.append(.init(path: "xl/drawings/drawing\(number).xml", data: Data(sheet.drawingXML().utf8)))
            sheetParts.append(.init(path: "xl/drawings/_rels/drawing\(number).xml.rels",
                                    data: Data(Self.relationships(chartRelations).utf8)))
        }
        parts.append(.init(path: "[Content_Types].xml", data: Data(Self.contentTypes(overrides).utf8)))
        parts.append(.init(path: "_rels/.rels", data: Data(Self.relationships([
            ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "xl/workbook.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
            ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml"),
        ]).utf8)))
        parts.append(.init(path: "docProps/core.xml", data: Data(OfficeProperties.core(title: names.first ?? "").utf8)))
        parts.append(.init(path: "docProps/app.xml", data: Data(OfficeProperties.app.utf8)))
        parts.append(.init(path: "xl/workbook.xml", data: Data(workbookXML(names: names).utf8)))
        var workbookRelations = sheets.indices.map { index in
            ("rId\(index + 1)", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
             "worksheets/sheet\(index + 1).xml")
        }
        workbookRelations.append(("rId\(sheets.count + 1)",
                                  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml"))
        parts.append(.init(path: "xl/_rels/workbook.xml.rels", data: Data(Self.relationships(workbookRelations).utf8)))
        parts.append(.init(path: "xl/styles.xml", data: Data(WorkbookStyles.xml.utf8)))
        return OfficePackage(parts: parts + sheetParts).zipped()
    }

    /// `xl/workbook.xml`: the sheets and their print titles.
    private func workbookXML(names: [String]) -> String {
        var xml = XMLText.declaration
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        for (index, name) in names.enumerated() {
            xml += "<sheet name=\"\(XMLText.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets>"
        let titled = sheets.enumerated().compactMap { index, sheet in sheet.printTitleRows.map { (index, $0) } }
        if !titled.isEmpty {
            xml += "<definedNames>"
            for (index, rows) in titled {
                let quoted = "'" + names[index].replacingOccurrences(of: "'", with: "''") + "'"
                xml += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">"
                    + XMLText.escape("\(quoted)!$\(rows.lowerBound + 1):$\(rows.upperBound + 1)") + "</definedName>"
            }
            xml += "</definedNames>"
        }
        return xml + "</workbook>"
    }

    /// Valid, unique sheet names: `[]:*?/\` replaced by `_`, at most 31 characters, a
    /// number appended to repeats, `Sheet` for an empty name.
    static func sheetNames(_ wanted: [String]) -> [String] {
        var used: Set<String> = [], names: [String] = []
        for name in wanted {
            var clean = String(name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if clean.trimmingCharacters(in: .whitespaces).isEmpty { clean = "Sheet" }
            var candidate = clean, counter = 2
            while used.contains(candidate.lowercased()) {
                let suffix = " (\(counter))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                counter += 1
            }
            used.insert(candidate.lowercased())
            names.append(candidate)
        }
        return names
    }

    /// `[Content_Types].xml` with the given overrides.
    static func contentTypes(_ overrides: [(String, String)]) -> String {
        var xml = XMLText.declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
        for (part, type) in overrides { xml += "<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>" }
        return xml + "</Types>"
    }

    /// A relationships part from (id, type, target) triples.
    static func relationships(_ relations: [(String, String, String)]) -> String {
        var xml = XMLText.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (id, type, target) in relations {
            xml += "<Relationship Id=\"\(id)\" Type=\"\(type)\" Target=\"\(XMLText.escape(target))\"/>"
        }
        return xml + "</Relationships>"
    }
}

/// The `docProps` parts shared by the workbook and document writers: no dates, so the
/// bytes do not depend on when the file was written.
enum OfficeProperties {
    /// `docProps/core.xml` with a title and creator Impact.
    static func core(title: String) -> String {
        XMLText.declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:creator>Impact</dc:creator></cp:coreProperties>"
    }

    /// `docProps/app.xml` naming Impact as the application.
    static let app = XMLText.declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>Impact</Application></Properties>"
}
