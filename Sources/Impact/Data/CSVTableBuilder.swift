import Foundation

/// The work behind ``CSVReader``: scans records once, appending each cell to a column that
/// is numeric until a cell proves otherwise, then fills in the text of any rows read before
/// a column turned categorical with a second, partial pass.
///
/// Data of at least ``parallelThreshold`` bytes are split after the line feed nearest the
/// middle and the halves are read on two threads, then joined: numeric columns end to end,
/// categorical ones with the second half's labels coded into the first half's (so levels
/// stay in order of first appearance). Whenever that could differ from one sequential pass
/// — a half fails (an error, or the split fell inside a quoted field), a column's type
/// differs between the halves, or the second half starts with a byte-order mark — the
/// whole input is read again sequentially, so results and error messages are the same.
struct CSVTableBuilder {
    /// Inputs at least this long (bytes) are read in two halves in parallel by default.
    static let parallelThreshold = 1 << 22
    /// Parsed stretches of a mapped file are handed back every this many bytes.
    static let releaseStride = 1 << 23

    /// How a column's type is decided.
    enum Kind {
        /// Numeric unless a non-number appears.
        case inferred
        /// Must be numeric (forced, or a unit was declared).
        case numeric
        /// Always categorical.
        case categorical
    }

    /// One column under construction.
    struct ColumnState {
        let name: String
        let kind: Kind
        let unit: MoneyUnit?
        var isCategorical: Bool
        /// Number of rows read while the column was still numeric (backfilled at the end).
        var rowsBeforeCategorical = 0
        /// First cell with a unit suffix in a column without a declared unit.
        var pendingUnitError: CSVError?
        /// First cell that is a number followed by text that is not a unit (`3吨`) in an
        /// inferred column: an error if the column's other non-missing cells are all numbers.
        var pendingUnknownUnit: CSVError?
        /// Further such cells (after the first of each kind), kept up to the problem limit.
        var pendingMore: [CSVError] = []
        /// All pending cells, kept or not.
        var pendingCount = 0
    }

    var scanner: CSVScanner
    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: CSVDelimiter
    let fileName: String
    /// Hands parsed byte ranges (of `bytes`) back to a mapped file.
    let release: (@Sendable (Range<Int>) -> Void)?
    /// Offset of the scanner's buffer within `bytes` (non-zero for the second half).
    private var bufferOffset = 0
    /// Bytes after the scanner's buffer whose rows this builder's columns will also hold
    /// (the second half's, for the first half: it reserves room for the whole file, so the
    /// join appends into its columns without moving them).
    private var bytesJoinedLater = 0
    var columns: [ColumnState] = []
    var storage = CSVColumnStorage(columns: 0)
    let missingMarkers: CSVMissingMarkers
    var unquoteScratch = ScratchBuffer()
    var numberScratch = ScratchBuffer()
    var dataStart = 0
    var dataStartLine = 1
    /// Cell-level problems found so far (not-a-number in a numeric column, unit errors),
    /// at most ``DataProblems/defaultLimit`` + 1 kept, all counted.
    var problems: [CSVError] = []
    var problemCount = 0
    /// Whether the columns' years are read from `2023年` and dates (see ``Table/readingYears()``).
    let readsYears: Bool
    /// The columns the in-place read puts side by side (``CSVReadOptions/columnBlock``).
    let columnBlock: ColumnBlockLayout?
    /// The input's survey, when the caller made one (else the in-place read makes it).
    var survey: CSVSurvey?
    /// Brings in (`true`) or hands back (`false`) pages of a mapped input, by byte range.
    var advise: (@Sendable (Range<Int>, Bool) -> Void)?

    init(bytes: UnsafeBufferPointer<UInt8>, fileName: String, options: CSVReadOptions,
         release: (@Sendable (Range<Int>) -> Void)?) throws(CSVError) {
        scanner = CSVScanner(bytes: bytes, fileName: fileName, delimiter: options.delimiter)
        self.bytes = bytes
        delimiter = options.delimiter
        self.fileName = fileName
        self.release = release
        readsYears = options.readsYears
        columnBlock = options.columnBlock
        missingMarkers = CSVMissingMarkers(options.missingMarkers)
        try readHeader(options: options)
    }

    // MARK: - Header

    /// Reads the header line and sets up the columns: names, units, types and selection.
    private mutating func readHeader(options: CSVReadOptions) throws(CSVError) {
        guard try scanner.nextRecord() else { throw .missingHeader(file: fileName) }
        let header = try headerFields(readingUnits: options.readsUnitsFromHeader)
        columns = try columnStates(header, options: options)
        var selected = Set(columns.indices)
        if let chosen = options.selectedColumns {
            selected = []
            for name in chosen { selected.insert(try columnIndex(of: name, in: header)) }
            for name in options.optionalColumns {
                if let index = existingColumnIndex(of: name, in: header) { selected.insert(index) }
            }
        }
        storage = CSVColumnStorage(columns: columns.count)
        for (index, column) in columns.enumerated() {
            storage.isCategorical[index] = column.isCategorical
            storage.units[index] = column.unit
            storage.isSelected[index] = selected.contains(index)
        }
        dataStart = scanner.position
        dataStartLine = scanner.line
    }

    /// The header's column names (without a unit in brackets when `readingUnits`), the raw
    /// headers (trimmed) and the units they declare.
    private struct Header {
        var names: [String] = []
        var rawHeaders: [String] = []
        var units: [MoneyUnit?] = []
    }

    /// The names of the scanner's current record, the header; throws for invalid UTF-8, an
    /// empty or a duplicate name.
    private func headerFields(readingUnits: Bool) throws(CSVError) -> Header {
        var header = Header()
        var firstColumnOfName: [String: Int] = [:]
        for index in 0..<scanner.fieldCount {
            let bytes = scanner.fieldBytes(index, scratch: unquoteScratch)
            guard let raw = String(validating: bytes, as: UTF8.self) else {
                throw .invalidUTF8(scanner.location(ofField: index))
            }
            let (name, unit) = readingUnits ? CSVReader.splitHeader(raw) : (raw.trimmingUnitSpaces(), nil)
            guard !name.isEmpty else { throw .emptyColumnName(scanner.location(ofField: index)) }
            if let first = firstColumnOfName[name] {
                throw .duplicateColumnName(scanner.location(ofField: index, columnName: name),
                                           name: name, firstColumn: first + 1)
            }
            firstColumnOfName[name] = index
            header.names.append(name)
            header.rawHeaders.append(raw.trimmingUnitSpaces())
            header.units.append(unit)
        }
        return header
    }

    /// The column named `name` or headed `name` (`营业收入(万元)`), if the file has one.
    private func existingColumnIndex(of name: String, in header: Header) -> Int? {
        header.names.firstIndex(of: name) ?? header.rawHeaders.firstIndex(of: name)
    }

    /// The column an option names, by its name or its raw header (`营业收入(万元)`).
    private func columnIndex(of name: String, in header: Header) throws(CSVError) -> Int {
        if let index = existingColumnIndex(of: name, in: header) { return index }
        throw .unknownOptionColumn(file: fileName, name: name, nearest: nearestName(to: name, among: header.names))
    }

    /// Each column's kind and unit, from the header's units and the options that force a
    /// type or declare a unit.
    private func columnStates(_ header: Header, options: CSVReadOptions) throws(CSVError) -> [ColumnState] {
        var units = header.units
        for (name, unit) in options.units { units[try columnIndex(of: name, in: header)] = unit }
        var forcedCategorical = Set<Int>()
        for name in options.categoricalColumns { forcedCategorical.insert(try columnIndex(of: name, in: header)) }
        var forcedNumeric = Set<Int>()
        for name in options.numericColumns {
            let column = try columnIndex(of: name, in: header)
            if forcedCategorical.contains(column) { throw .conflictingColumnType(file: fileName, name: name) }
            forcedNumeric.insert(column)
        }
        return header.names.indices.map { index in
            let kind: Kind
            if forcedCategorical.contains(index) {
                kind = .categorical
            } else if forcedNumeric.contains(index) || units[index] != nil {
                kind = .numeric
            } else {
                kind = .inferred
            }
            return ColumnState(name: header.names[index], kind: kind,
                               unit: kind == .categorical ? nil : units[index],
                               isCategorical: kind == .categorical)
        }
    }

    // MARK: - Records

    /// Reads the records into a table, in two halves in parallel when the data are at least
    /// `parallelThreshold` bytes long (tests lower it to exercise the parallel path).
    mutating func build(parallelThreshold: Int = CSVTableBuilder.parallelThreshold) throws(CSVError) -> Table {
        var table: Table
        if let inPlace = inPlaceBuild(threshold: parallelThreshold) {
            table = inPlace
        } else if let parallel = parallelBuild(threshold: parallelThreshold) {
            table = parallel
        } else {
            try readRecords()
            if problemCount == 1, let only = problems.first { throw only }
            if problemCount > 1 {
                throw .problems(DataProblems(problems.compactMap(DataProblem.init), uncollected: problemCount - problems.count))
            }
            table = makeTable()
        }
        if readsYears { table = table.readingYears(except: forcedCategoricalNames) }
        return try table.with(textInNumbers: textInNumbers(of: table))
    }

    /// Names of the columns the options declare categorical.
    var forcedCategoricalNames: Set<String> {
        Set(columns.filter { $0.kind == .categorical }.map(\.name))
    }

    /// Records a cell-level problem (reading goes on, so that all are reported at once).
    mutating func record(_ problem: CSVError) {
        problemCount += 1
        if problems.count <= DataProblems.defaultLimit { problems.append(problem) }
    }

    /// Reads every record of the scanner's buffer into the column storage.
    fileprivate mutating func readRecords() throws(CSVError) {
        let columnCount = columns.count
        var row = 0
        var released = bufferOffset
        var nextRelease = Self.releaseStride
        while try scanner.nextRecord() {
            guard scanner.fieldCount == columnCount else { throw raggedRowError() }
            for index in 0..<columnCount where storage.isSelected[index] {
                try appendCell(column: index, row: row)
            }
            row += 1
            if row == 1024 { reserveCapacity(readRows: row) }
            if let release, scanner.recordStart > nextRelease {
                release(released..<(bufferOffset + scanner.recordStart))
                released = bufferOffset + scanner.recordStart
                nextRelease = scanner.recordStart + Self.releaseStride
            }
        }
        for index in columns.indices where !columns[index].isCategorical && storage.isSelected[index] {
            try resolvePendingErrors(column: index, rows: row)
        }
        if columns.contains(where: { $0.isCategorical && $0.rowsBeforeCategorical > 0 }) {
            try backfillCategories()
        }
    }

    // MARK: - Two halves in parallel

    /// The table read in two halves on two threads, or `nil` when the input is small or the
    /// halves cannot be joined into exactly what a sequential pass gives.
    func parallelBuild(threshold: Int) -> Table? {
        let count = bytes.count
        guard count - dataStart >= threshold,
              ProcessInfo.processInfo.activeProcessorCount > 1 else { return nil }
        guard let middle = lineStart(near: dataStart + (count - dataStart) / 2),
              middle > dataStart, middle < count else { return nil }
        // A half starting with a byte-order mark would have it skipped by its scanner.
        if startsWithByteOrderMark(dataStart) || startsWithByteOrderMark(middle) { return nil }
        let halves = HalfBuilders(first: half(dataStart..<middle), second: half(middle..<count))
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            halves.read(index)
        }
        guard var first = halves.result(0), let second = halves.result(1) else { return nil }
        guard first.join(second) else { return nil }
        return first.makeTable()
    }

    /// Whether the bytes at `offset` are a UTF-8 byte-order mark.
    func startsWithByteOrderMark(_ offset: Int) -> Bool {
        guard bytes.count - offset >= 3 else { return false }
        return bytes[offset] == 0xEF && bytes[offset + 1] == 0xBB && bytes[offset + 2] == 0xBF
    }

    /// The offset just after the first line feed at or after `offset`, if any.
    func lineStart(near offset: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let remaining = bytes.count - offset
        guard remaining > 0 else { return nil }
        let start = UnsafeRawPointer(base)
        guard let found = memchr(start + offset, 0x0A, remaining) else { return nil }
        return start.distance(to: UnsafeRawPointer(found)) + 1
    }

    /// A builder in the state just after the header, reading only `range` of the input with
    /// its own storage and scratch buffers.
    private func half(_ range: Range<Int>) -> CSVTableBuilder {
        var copy = self
        copy.scanner = CSVScanner(bytes: UnsafeBufferPointer(rebasing: bytes[range]), fileName: fileName,
                                  delimiter: delimiter)
        copy.bufferOffset = range.lowerBound
        copy.bytesJoinedLater = bytes.count - range.upperBound
        copy.storage = CSVColumnStorage(flagsOf: storage)
        copy.unquoteScratch = ScratchBuffer()
        copy.numberScratch = ScratchBuffer()
        copy.dataStart = 0
        copy.dataStartLine = 1
        return copy
    }

    /// Appends the rows read by `other` (the half after this one), freeing its columns as
    /// they are moved; `false` (and nothing changed) when a column's type differs between
    /// the halves.
    private mutating func join(_ other: CSVTableBuilder) -> Bool {
        for index in columns.indices where storage.isSelected[index] {
            guard columns[index].isCategorical == other.columns[index].isCategorical else { return false }
        }
        for index in columns.indices where storage.isSelected[index] {
            if columns[index].isCategorical {
                let later = other.storage.interners[index]
                let remap: [Int32] = (0..<later.count).map { code in
                    let label = Array(later.label(code).utf8)
                    return label.withUnsafeBufferPointer { storage.interners[index].code(for: $0).code }
                }
                let laterCodes = other.storage.codes[index]
                storage.codes[index].reserve(storage.codes[index].count + laterCodes.count)
                for position in 0..<laterCodes.count {
                    let code = laterCodes.base.unsafelyUnwrapped[position]
                    storage.codes[index].append(code < 0 ? -1 : remap[Int(code)])
                }
                other.storage.codes[index].deallocate()
            } else {
                storage.values[index].append(contentsOf: other.storage.values[index])
                other.storage.values[index].deallocate()
                storage.missing[index].append(contentsOf: other.storage.missing[index])
                other.storage.missing[index].deallocate()
            }
        }
        return true
    }

    /// The table of the columns read.
    func makeTable() -> Table {
        let columnCount = columns.count
        var named: [(name: String, column: Column)] = []
        var units: [String: MoneyUnit] = [:]
        named.reserveCapacity(columnCount)
        // One all-false mask shared (copy-on-write) by every numeric column without a
        // missing cell, so such columns cost no flag memory of their own.
        var noneMissing: [Bool]?
        for index in 0..<columnCount where storage.isSelected[index] {
            let state = columns[index]
            if state.isCategorical {
                let codes = storage.codes[index].array()
                storage.codes[index].deallocate()
                named.append((state.name, .categorical(CategoricalColumn(
                    uncheckedCodes: codes, levels: storage.interners[index].labels()))))
            } else {
                let block = storage.block.flatMap { block in block.slots[index].map { (block.0, $0) } }
                let values = storage.values[index].array()
                storage.values[index].deallocate()
                let count = block?.0.rows ?? values.count
                var missing = storage.missing[index].array()
                storage.missing[index].deallocate()
                if missing.count != count || !missing.contains(true) {
                    if noneMissing?.count != count { noneMissing = [Bool](repeating: false, count: count) }
                    missing = noneMissing ?? []
                }
                named.append((state.name, .numeric(block.map { NumericColumn(block: $0.0, slot: $0.1, isMissing: missing) }
                    ?? NumericColumn(uncheckedValues: values, isMissing: missing))))
                if let unit = state.unit { units[state.name] = unit }
            }
        }

        do {
            return try Table(columns: named, units: units)
        } catch {
            preconditionFailure("reader built an inconsistent table: \(error)")
        }
    }

    /// The error for a record whose field count differs from the header's: located at the
    /// first missing column (named) or the first extra one.
    private func raggedRowError() -> CSVError {
        let found = scanner.fieldCount, expected = columns.count
        let location: CSVLocation
        if found < expected {
            // The line where the short record ends, at the first column it lacks.
            let lastLine = scanner.location(ofField: found - 1).line
            location = CSVLocation(file: fileName, line: lastLine, column: found + 1,
                                   columnName: columns[found].name)
        } else {
            location = scanner.location(ofField: expected)
        }
        return .raggedRow(location, expected: expected, found: found)
    }

    /// Reserves column storage for the whole file, estimated from the first rows' length.
    private mutating func reserveCapacity(readRows: Int) {
        let consumed = max(scanner.position - dataStart, 1)
        let remaining = scanner.count - scanner.position + bytesJoinedLater
        let estimate = readRows + Int(Double(remaining) / Double(consumed) * Double(readRows) * 1.02) + 16
        for index in columns.indices where storage.isSelected[index] {
            if storage.isCategorical[index] {
                storage.codes[index].reserve(estimate)
            } else {
                storage.values[index].reserve(estimate)
                storage.missing[index].reserve(estimate)
            }
        }
    }

    @inline(__always)
    func isMissing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        missingMarkers.matches(bytes)
    }

    @inline(__always)
    private mutating func appendCell(column index: Int, row: Int) throws(CSVError) {
        let bytes = CSVNumberParser.trimmed(scanner.fieldBytes(index, scratch: unquoteScratch))
        if storage.isCategorical[index] {
            if isMissing(bytes) {
                storage.codes[index].append(-1)
            } else {
                let (code, isNew) = storage.interners[index].code(for: bytes)
                if isNew, String(validating: bytes, as: UTF8.self) == nil {
                    throw .invalidUTF8(scanner.location(ofField: index, columnName: columns[index].name))
                }
                storage.codes[index].append(code)
            }
            return
        }
        if isMissing(bytes) {
            storage.values[index].append(.nan)
            storage.missing[index].append(true)
            return
        }
        switch CSVNumberParser.parse(bytes, columnUnit: storage.units[index], scratch: numberScratch) {
        case .number(let value):
            storage.values[index].append(value)
            storage.missing[index].append(false)
        case .needsDeclaredUnit(let unit):
            try recordUnitWithoutDeclaredUnit(column: index, unit: unit)
        case .unknownSuffix where columns[index].kind == .inferred && Self.endsInUnitLikeText(bytes)
                && !(readsYears && Self.endsInYearSuffix(bytes)):
            recordUnknownUnit(column: index)
        case .unknownSuffix, .notANumber:
            try becomeCategorical(column: index, row: row, bytes: bytes)
        }
    }

    /// Whether a cell that the number parser read as a number followed by text (its outcome
    /// `.unknownSuffix`) has a trailing text without digits, as a unit does (`3吨`, `12 kg`),
    /// rather than digits after letters, as identifiers have (`91110105MA01234567`, `2023Q1`).
    /// The cell is unit-like when every byte before its last ASCII digit is number syntax.
    static func endsInUnitLikeText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lastDigit = bytes.lastIndex(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return false }
        return bytes[..<lastDigit].allSatisfy { byte in
            (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
        }
    }

    /// Whether the cell ends in 年 or 年度 (`2023年`), which makes it a year
    /// (``Table/readingYears(except:)``) rather than an amount with an unknown unit.
    static func endsInYearSuffix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let year: [UInt8] = [0xE5, 0xB9, 0xB4], yearDegree: [UInt8] = [0xE5, 0xB9, 0xB4, 0xE5, 0xBA, 0xA6]
        return bytes.count > 3 && (bytes.suffix(3).elementsEqual(year) || bytes.suffix(6).elementsEqual(yearDegree))
    }

    /// A cell such as `3吨` in an inferred column: remembered (the row is kept as a
    /// placeholder) until the end, when ``resolvePendingErrors(column:rows:)`` decides.
    private mutating func recordUnknownUnit(column index: Int) {
        let error = CSVError.unknownUnit(scanner.location(ofField: index, columnName: columns[index].name),
                                         found: scanner.fieldText(index), columnUnit: nil)
        columns[index].pendingCount += 1
        if columns[index].pendingUnknownUnit == nil {
            columns[index].pendingUnknownUnit = error
        } else if columns[index].pendingMore.count < DataProblems.defaultLimit {
            columns[index].pendingMore.append(error)
        }
        storage.values[index].append(.nan)
        storage.missing[index].append(false)
    }

    /// For a column that stayed numeric to the end: throws the first remembered unit error.
    /// An unknown unit is an error only when the column holds at least one number; a column
    /// of nothing but number-and-text cells (`3号楼`, `5号楼`) becomes categorical instead.
    private mutating func resolvePendingErrors(column index: Int, rows: Int) throws(CSVError) {
        let column = columns[index]
        let errors = [column.pendingUnitError, column.pendingUnknownUnit].compactMap { $0 } + column.pendingMore
        guard !errors.isEmpty else { return }
        let holdsNumber = (0..<storage.values[index].count).contains { row in
            !storage.missing[index].base.unsafelyUnwrapped[row]
                && !storage.values[index].base.unsafelyUnwrapped[row].isNaN
        }
        if column.pendingUnitError == nil, !holdsNumber {
            columns[index].isCategorical = true
            columns[index].rowsBeforeCategorical = rows
            storage.isCategorical[index] = true
            storage.values[index].deallocate()
            storage.missing[index].deallocate()
            return
        }
        for error in errors.sorted(by: { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }) { record(error) }
        problemCount += column.pendingCount - errors.count
    }

    /// A cell such as `208.7亿` in a column without a declared unit: an error now if the
    /// column must be numeric, otherwise remembered in case the column stays numeric.
    private mutating func recordUnitWithoutDeclaredUnit(column index: Int, unit: MoneyUnit) throws(CSVError) {
        let error = CSVError.unitWithoutDeclaredUnit(
            scanner.location(ofField: index, columnName: columns[index].name),
            found: scanner.fieldText(index), unit: unit)
        if columns[index].kind == .numeric {
            record(error)
        } else {
            columns[index].pendingCount += 1
            if columns[index].pendingUnitError == nil {
                columns[index].pendingUnitError = error
            } else if columns[index].pendingMore.count < DataProblems.defaultLimit {
                columns[index].pendingMore.append(error)
            }
        }
        storage.values[index].append(.nan)
        storage.missing[index].append(false)
    }

    /// A cell that is not a number: an error in a numeric column, otherwise the column turns
    /// categorical from this row on (earlier rows are filled in by ``backfillCategories()``).
    private mutating func becomeCategorical(column index: Int, row: Int,
                                            bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) {
        let location = scanner.location(ofField: index, columnName: columns[index].name)
        if let unit = columns[index].unit {
            record(.unknownUnit(location, found: scanner.fieldText(index), columnUnit: unit))
            storage.values[index].append(.nan)
            storage.missing[index].append(true)
            return
        }
        if columns[index].kind == .numeric {
            record(.notANumber(location, found: scanner.fieldText(index), expected: "a number"))
            storage.values[index].append(.nan)
            storage.missing[index].append(true)
            return
        }
        if String(validating: bytes, as: UTF8.self) == nil { throw .invalidUTF8(location) }
        columns[index].isCategorical = true
        columns[index].rowsBeforeCategorical = row
        storage.isCategorical[index] = true
        let capacity = storage.values[index].capacity
        storage.values[index].deallocate()
        storage.missing[index].deallocate()
        storage.codes[index].reserve(capacity)
        storage.codes[index].append(storage.interners[index].code(for: bytes).code)
    }

    // MARK: - Backfill

    /// Re-reads the first rows of columns that became categorical after row 0, so their
    /// earlier (numeric-looking) cells become labels too, in order of first appearance.
    private mutating func backfillCategories() throws(CSVError) {
        let flipped = columns.indices.filter {
            columns[$0].isCategorical && columns[$0].rowsBeforeCategorical > 0
        }
        let lastRow = flipped.map { columns[$0].rowsBeforeCategorical }.max() ?? 0
        var prefixes = [CategoryInterner](repeating: CategoryInterner(), count: flipped.count)
        var prefixCodes = flipped.map { [Int32](repeating: -1, count: columns[$0].rowsBeforeCategorical) }
        scanner.rewind(to: dataStart, line: dataStartLine)
        var row = 0
        while row < lastRow, try scanner.nextRecord() {
            for (slot, index) in flipped.enumerated() where row < columns[index].rowsBeforeCategorical {
                let bytes = CSVNumberParser.trimmed(scanner.fieldBytes(index, scratch: unquoteScratch))
                if !isMissing(bytes) {
                    prefixCodes[slot][row] = prefixes[slot].code(for: bytes).code
                }
            }
            row += 1
        }
        for (slot, index) in flipped.enumerated() {
            var merged = prefixes[slot]
            let later = storage.interners[index]
            let remap: [Int32] = (0..<later.count).map { code in
                let label = Array(later.label(code).utf8)
                return label.withUnsafeBufferPointer { merged.code(for: $0).code }
            }
            var codes = GrowableBuffer<Int32>()
            codes.reserve(prefixCodes[slot].count + storage.codes[index].count)
            for code in prefixCodes[slot] { codes.append(code) }
            let laterCodes = storage.codes[index]
            for position in 0..<laterCodes.count {
                let code = laterCodes.base.unsafelyUnwrapped[position]
                codes.append(code < 0 ? -1 : remap[Int(code)])
            }
            storage.codes[index].deallocate()
            storage.codes[index] = codes
            storage.interners[index] = merged
        }
    }
}

/// The two halves of a parallel read and their outcomes; each thread touches only its own
/// slot, and the builders share no mutable state (own storage, scratch and scanner).
private final class HalfBuilders: @unchecked Sendable {
    /// Two slots: the builder before reading, then after (or `nil` when its half failed).
    private let slots: UnsafeMutablePointer<CSVTableBuilder?>

    init(first: CSVTableBuilder, second: CSVTableBuilder) {
        slots = .allocate(capacity: 2)
        slots.initialize(to: first)
        (slots + 1).initialize(to: second)
    }

    deinit {
        slots.deinitialize(count: 2)
        slots.deallocate()
    }

    /// Reads half `index` (0 or 1) in place.
    func read(_ index: Int) {
        guard var builder = slots[index].take() else { return }
        if (try? builder.readRecords()) != nil, builder.problemCount == 0 { slots[index] = builder }
    }

    /// The builder of half `index` after reading, or `nil` when reading failed.
    func result(_ index: Int) -> CSVTableBuilder? { slots[index] }
}
