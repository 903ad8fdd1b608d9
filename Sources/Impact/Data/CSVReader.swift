/// Reads a CSV file into a typed ``Table``.
///
/// Input: UTF-8 with or without a byte-order mark, or GB18030/GBK (see ``CSVEncoding``;
/// detected automatically by default), `\n` or `\r\n` line ends, RFC 4180 quoting
/// (see ``CSVParser``). The first non-empty record is the header; each later record must have
/// as many fields as the header. Empty lines are skipped.
///
/// Header cells give column names, trimmed of spaces. A header that ends in a unit in
/// brackets declares that unit and the name is the text before the bracket:
/// `营收(万元)`, `营收（万元）` (full-width), `revenue[万元]`, `营收【亿元】` all work, with any of
/// `(`, `（`, `[`, `【` opening and any of `)`, `）`, `]`, `】` closing, and the units of
/// ``MoneyUnit/init(suffix:)`` inside. Brackets holding anything else (`rate(%)`) stay part
/// of the name.
///
/// Cells: surrounding spaces are trimmed; a cell equal to a missing marker
/// (``CSVReadOptions/missingMarkers``) is missing. A column is numeric when every non-missing
/// cell is a number (as `CSVNumberParser` accepts: `12`, `-3.5`, `1e-3`, quoted `"1,234.5"`),
/// otherwise categorical with levels in order of first appearance. Integers such as years
/// and `0`/`1` flags are numeric unless the column is listed in
/// ``CSVReadOptions/categoricalColumns``. In a column with a declared unit, cells may carry a
/// unit suffix (`208.7亿`, `3400万`, `46.074万元`) and are converted into the column's unit by
/// shifting the decimal exponent (so `208.7亿` in a 万元 column is exactly 2,087,000); such a
/// suffix in a numeric column without a declared unit is an error.
///
/// Conventions: numbers are the correctly rounded doubles of their decimal text, identical to
/// Swift's `Double(String)` (and to pandas' `float_precision="round_trip"`).
///
/// Cost: one pass over the bytes (a second, partial pass only when a column turns out to be
/// categorical after some numeric rows); 8 bytes per numeric cell plus a 1-byte missing flag
/// per cell of a column that has a missing cell (columns without one share a single mask),
/// 4 bytes per categorical cell plus its distinct labels. Files are memory-mapped, brought in
/// in large stretches and released as the reader goes. Files of 4 MiB or more are first
/// surveyed (line feeds, quotes, non-ASCII bytes; the survey doubles as the UTF-8 check of
/// ASCII files); without quote characters they are read in place: columns allocated at
/// their final size and filled by two threads, each its own row range (see
/// `CSVTableBuilder+InPlace`). Other large files are parsed in two halves on two threads
/// and joined; all paths give the same table as one sequential pass.
public enum CSVReader {
    /// Reads the file at `path`. Errors name `path` as the file. A file that is an Excel
    /// workbook is refused with a sentence saying so (``CSVError/workbookNotCSV(file:)``,
    /// ``CSVError/legacyExcelWorkbook(file:)``, ``CSVError/encryptedWorkbook(file:)``); read
    /// any data file with ``TableFile/read(path:options:)``, which reads workbooks too.
    public static func read(path: String,
                            options: CSVReadOptions = CSVReadOptions()) throws(CSVError) -> Table {
        let file = try MappedFile(path: path)
        defer { withExtendedLifetime(file) {} }
        if file.bytes.count >= 8 {
            let head = Array(file.bytes.prefix(8))
            if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw .workbookNotCSV(file: path) }
            if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
                throw try TableFile.format(ofFile: path) == .encryptedWorkbook
                    ? .encryptedWorkbook(file: path) : .legacyExcelWorkbook(file: path)
            }
        }
        var options = options
        var survey: CSVSurvey?
        if file.bytes.count >= CSVTableBuilder.parallelThreshold, options.encoding != .gb18030 {
            // One pass gives the line counts for the in-place read and shows whether the
            // file is ASCII (then valid UTF-8 without a further check).
            let made = CSVSurvey(file.bytes, advise: { file.advise($0, bringIn: $1) })
            survey = made
            if options.encoding == .automatic, !made.hasNonASCII || file.isValidUTF8ReleasingPages() {
                options.encoding = .utf8
            }
        } else if options.encoding == .automatic, file.isValidUTF8ReleasingPages() {
            options.encoding = .utf8
        }
        return try read(buffer: file.bytes, fileName: path, options: options,
                        release: { file.release($0) }, survey: survey,
                        advise: { file.advise($0, bringIn: $1) })
    }

    /// Reads CSV text held in memory; `fileName` is used in error messages.
    public static func read(bytes: [UInt8], fileName: String = "<data>",
                            options: CSVReadOptions = CSVReadOptions()) throws(CSVError) -> Table {
        var outcome: Result<Table, CSVError> = .failure(.missingHeader(file: fileName))
        bytes.withUnsafeBufferPointer { buffer in
            outcome = Result { () throws(CSVError) -> Table in
                try read(buffer: buffer, fileName: fileName, options: options, release: nil)
            }
        }
        return try outcome.get()
    }

    /// Decodes (see ``CSVEncoding``) and reads `buffer`; `release` lets the reader hand back
    /// parsed stretches of a mapped file.
    static func read(buffer: UnsafeBufferPointer<UInt8>, fileName: String, options: CSVReadOptions,
                     release: (@Sendable (Range<Int>) -> Void)?, survey: CSVSurvey? = nil,
                     advise: (@Sendable (Range<Int>, Bool) -> Void)? = nil) throws(CSVError) -> Table {
        if let converted = try options.encoding.transcode(buffer, fileName: fileName) {
            var outcome: Result<Table, CSVError> = .failure(.missingHeader(file: fileName))
            converted.withUnsafeBufferPointer { utf8 in
                outcome = Result { () throws(CSVError) -> Table in
                    var builder = try CSVTableBuilder(bytes: utf8, fileName: fileName,
                                                      options: options, release: nil)
                    return try builder.build()
                }
            }
            return try outcome.get()
        }
        var builder = try CSVTableBuilder(bytes: buffer, fileName: fileName, options: options,
                                          release: release)
        builder.survey = survey
        builder.advise = advise
        return try builder.build()
    }

    /// Reads CSV text given as a string; `fileName` is used in error messages.
    public static func read(text: String, fileName: String = "<data>",
                            options: CSVReadOptions = CSVReadOptions()) throws(CSVError) -> Table {
        try read(bytes: Array(text.utf8), fileName: fileName, options: options)
    }

    /// Splits a header cell into a column name and the unit it declares, if any:
    /// `营收(万元)` → (`营收`, 万元); `revenue` → (`revenue`, nil); `rate(%)` → (`rate(%)`, nil).
    public static func splitHeader(_ header: String) -> (name: String, unit: MoneyUnit?) {
        let text = header.trimmingUnitSpaces()
        let closers: Set<Character> = [")", "）", "]", "】"]
        let openers: Set<Character> = ["(", "（", "[", "【"]
        guard let last = text.last, closers.contains(last),
              let open = text.lastIndex(where: { openers.contains($0) }) else { return (text, nil) }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let name = String(text[..<open]).trimmingUnitSpaces()
        guard !name.isEmpty, let unit = MoneyUnit(suffix: String(inner)) else { return (text, nil) }
        return (name, unit)
    }
}
