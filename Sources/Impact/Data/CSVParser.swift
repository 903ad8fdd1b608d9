/// One record of a CSV file: its fields as text and the line it starts on.
public struct CSVRecord: Sendable, Equatable {
    /// Field texts, unquoted (`""` inside quotes becomes `"`), not trimmed.
    public let fields: [String]
    /// 1-based line on which the record starts (lines inside quoted fields count).
    public let line: Int

    /// Creates a record.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// Location of field `index` (0-based) for error messages: the record's line and the
    /// 1-based column `index + 1`.
    public func location(ofField index: Int, file: String, columnName: String? = nil) -> CSVLocation {
        CSVLocation(file: file, line: line, column: index + 1, columnName: columnName)
    }
}

/// Splits CSV text into records of text fields, following RFC 4180.
///
/// Rules: fields are separated by commas (or another ``CSVDelimiter``); records end at `\r\n`, `\n` or a lone `\r`; a field
/// starting with `"` is quoted and may hold commas, line breaks and doubled quotes `""`; after
/// a closing quote only a comma or line end may follow; a quote inside an unquoted field is an
/// ordinary character. Text is UTF-8 or GB18030/GBK (see ``CSVEncoding``); a UTF-8
/// byte-order mark is skipped; empty lines are skipped; the last
/// line need not end in a line break. Records may have different numbers of fields (checking
/// that is the caller's business; ``CSVReader`` does it).
///
/// This is the layer for small hand-edited files (indicator tables). For data tables use
/// ``CSVReader``, which builds typed columns without making a string per cell.
public enum CSVParser {
    /// The records of `bytes` in `encoding` (default ``CSVEncoding/automatic``: UTF-8, or
    /// GB18030 when the bytes are not UTF-8); `fileName` is used in error messages.
    public static func records(in bytes: [UInt8], fileName: String = "<data>",
                               encoding: CSVEncoding = .automatic,
                               delimiter: CSVDelimiter = .comma) throws(CSVError) -> [CSVRecord] {
        var outcome: Result<[CSVRecord], CSVError> = .success([])
        bytes.withUnsafeBufferPointer { buffer in
            outcome = Result { () throws(CSVError) -> [CSVRecord] in
                try records(in: buffer, fileName: fileName, encoding: encoding, delimiter: delimiter)
            }
        }
        return try outcome.get()
    }

    /// The records of `text`; `fileName` is used in error messages.
    public static func records(in text: String, fileName: String = "<data>",
                               delimiter: CSVDelimiter = .comma) throws(CSVError) -> [CSVRecord] {
        try records(in: Array(text.utf8), fileName: fileName, encoding: .utf8, delimiter: delimiter)
    }

    /// The records of the file at `path`, in `encoding` (default ``CSVEncoding/automatic``).
    public static func records(atPath path: String, encoding: CSVEncoding = .automatic,
                               delimiter: CSVDelimiter = .comma) throws(CSVError) -> [CSVRecord] {
        let file = try MappedFile(path: path)
        defer { withExtendedLifetime(file) {} }
        return try records(in: file.bytes, fileName: path, encoding: encoding, delimiter: delimiter)
    }

    static func records(in buffer: UnsafeBufferPointer<UInt8>, fileName: String,
                        encoding: CSVEncoding, delimiter: CSVDelimiter) throws(CSVError) -> [CSVRecord] {
        if let converted = try encoding.transcode(buffer, fileName: fileName) {
            var outcome: Result<[CSVRecord], CSVError> = .success([])
            converted.withUnsafeBufferPointer { utf8 in
                outcome = Result { () throws(CSVError) -> [CSVRecord] in
                    try utf8Records(in: utf8, fileName: fileName, delimiter: delimiter)
                }
            }
            return try outcome.get()
        }
        return try utf8Records(in: buffer, fileName: fileName, delimiter: delimiter)
    }

    private static func utf8Records(in buffer: UnsafeBufferPointer<UInt8>, fileName: String,
                                    delimiter: CSVDelimiter) throws(CSVError) -> [CSVRecord] {
        var scanner = CSVScanner(bytes: buffer, fileName: fileName, delimiter: delimiter)
        let scratch = ScratchBuffer()
        var records: [CSVRecord] = []
        while try scanner.nextRecord() {
            var fields: [String] = []
            fields.reserveCapacity(scanner.fieldCount)
            for index in 0..<scanner.fieldCount {
                guard let text = String(validating: scanner.fieldBytes(index, scratch: scratch),
                                        as: UTF8.self) else {
                    throw .invalidUTF8(scanner.location(ofField: index))
                }
                fields.append(text)
            }
            records.append(CSVRecord(fields: fields, line: scanner.recordLine))
        }
        return records
    }
}
