import Foundation

extension IndicatorTable {
    /// Reads an indicator table from CSV (RFC 4180, UTF-8 with or without BOM, CRLF or LF),
    /// one header line then one row per indicator.
    ///
    /// Headers are Chinese or English (see ``IndicatorField``): 一级指标, 二级指标, 三级指标,
    /// 指标说明, 年度指标值, 实际完成值, 分值 and optionally 得分, 偏差原因, 数据来源, 指标类型.
    /// 一级指标, 年度指标值, 实际完成值 and 分值 are required columns; other columns are
    /// ignored. Blank rows and a closing 总分/合计 row without a target (labelled in 序号 or a level
    /// name) are skipped. Every
    /// error names file, line and column.
    public init(csv bytes: [UInt8], file: String = "<csv>") throws(ScoringError) {
        let records: [CSVRecord]
        do {
            records = try CSVParser.records(in: bytes, fileName: file)
        } catch {
            throw .malformedFile(IndicatorLocation(file: file), reason: "\(error)")
        }
        guard let header = records.first else { throw .emptyTable(file: file) }
        var columns: [IndicatorField: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            guard let field = IndicatorField(header: name) else { continue }
            if let first = columns[field] {
                throw .malformedFile(IndicatorLocation(file: file, line: header.line, column: index + 1),
                                     reason: "the column '\(indicatorTrimmed(name))' means \(field.headers[0]) (\(field.rawValue)), already given by column \(first + 1)")
            }
            columns[field] = index
        }
        for field in IndicatorTable.requiredFields where columns[field] == nil {
            throw .missingField(IndicatorLocation(file: file, line: header.line), field: field)
        }
        let oneBased = columns.mapValues { $0 + 1 }
        var indicators: [Indicator] = []
        for record in records.dropFirst() {
            if record.fields.allSatisfy({ indicatorTrimmed($0).isEmpty }) { continue }
            guard record.fields.count == header.fields.count else {
                throw .malformedFile(IndicatorLocation(file: file, line: record.line),
                                     reason: "the row has \(record.fields.count) fields, but the header has \(header.fields.count)")
            }
            let cells = columns.mapValues { record.fields[$0] }
            if IndicatorTable.isTotalRow(cells) { continue }
            let origin = IndicatorOrigin(file: file, line: record.line, columns: oneBased)
            indicators.append(try IndicatorTable.indicator(cells: cells, origin: origin))
        }
        guard !indicators.isEmpty else { throw .emptyTable(file: file) }
        self.init(indicators: indicators, file: file)
    }

    /// Reads a CSV table from a string; see ``init(csv:file:)``.
    public init(csvText text: String, file: String = "<csv>") throws(ScoringError) {
        try self.init(csv: Array(text.utf8), file: file)
    }

    /// Reads the file at `path`: an Excel workbook (`.xlsx`, first sheet or `FILE.xlsx#SHEET`,
    /// read as the CSV export of that sheet, see ``TableFile/sheetAsCSV(path:)``; messages
    /// name `FILE[SHEET]` and the sheet's row as the line), JSON when its first non-blank
    /// character is `{` or `[`, CSV otherwise.
    public init(contentsOfFile path: String) throws(ScoringError) {
        let format = try? TableFile.format(ofFile: path)
        if TableFile.isWorkbook(path: path) || format == .legacyExcel || format == .encryptedWorkbook {
            let sheet: (bytes: [UInt8], name: String)
            do { sheet = try TableFile.sheetAsCSV(path: path) } catch {
                throw .malformedFile(IndicatorLocation(file: path), reason: "\(error)")
            }
            try self.init(csv: sheet.bytes, file: sheet.name)
            return
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let reason = !exists ? "there is no such file" : isFolder.boolValue ? "it is a folder, not a file"
                : "the file cannot be read (permission denied or not a regular file)"
            throw .malformedFile(IndicatorLocation(file: path), reason: reason)
        }
        let bytes = [UInt8](data)
        let first = bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            try self.init(json: data, file: path)
        } else {
            try self.init(csv: bytes, file: path)
        }
    }

    /// A closing 总分 / 合计 / Total row copied from a report: a total label (in 序号 or a level
    /// name) and no target.
    private static func isTotalRow(_ cells: [IndicatorField: String]) -> Bool {
        let labels: Set<String> = ["总分", "合计", "总计", "total"]
        let names = [cells[.serialNumber], cells[.level1], cells[.level2], cells[.level3]].compactMap { $0 }
            .map(indicatorTrimmed)
        return indicatorTrimmed(cells[.target] ?? "").isEmpty
            && names.contains { labels.contains($0.lowercased()) }
    }
}
