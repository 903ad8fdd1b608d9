extension CSVTableBuilder {
    /// Text levels beyond which a column is not "mostly numbers" whatever its counts (an
    /// identifier or name column), so that such columns cost no more than this many parses.
    static let textLevelLimit = 1000

    /// The columns of `table` that were inferred categorical although nearly all their
    /// cells are numbers (``TextInNumbers``), with their first text cells located by a
    /// second pass over the rows before the last one needed.
    func textInNumbers(of table: Table) throws(CSVError) -> [String: TextInNumbers] {
        var found: [(index: Int, name: String, isText: [Bool], numbers: Int, texts: Int, rows: [Int])] = []
        for (index, state) in columns.enumerated() where state.kind == .inferred && storage.isSelected[index] {
            guard case .categorical(let column)? = try? table.column(state.name),
                  let isText = textLevels(column.levels) else { continue }
            var counts = [Int](repeating: 0, count: column.levels.count)
            for code in column.codes where code >= 0 { counts[Int(code)] += 1 }
            let texts = zip(counts, isText).reduce(0) { $0 + ($1.1 ? $1.0 : 0) }
            let numbers = counts.reduce(0, +) - texts
            guard TextInNumbers.isMostlyNumbers(numbers: numbers, texts: texts) else { continue }
            var rows: [Int] = []
            for (row, code) in column.codes.enumerated() where code >= 0 && isText[Int(code)] {
                rows.append(row)
                if rows.count > DataProblems.defaultLimit { break }
            }
            found.append((index, state.name, isText, numbers, texts, rows))
        }
        guard !found.isEmpty else { return [:] }
        var cells = try locate(rows: found.map { ($0.index, Set($0.rows)) })
        var record: [String: TextInNumbers] = [:]
        for entry in found {
            record[entry.name] = TextInNumbers(column: entry.name, numbers: entry.numbers, texts: entry.texts,
                                               cells: cells.removeValue(forKey: entry.index) ?? [])
        }
        return record
    }

    /// Whether each level is text (not a number); `nil` when more than ``textLevelLimit``
    /// levels are text.
    private func textLevels(_ levels: [String]) -> [Bool]? {
        var isText: [Bool] = []
        var textCount = 0
        isText.reserveCapacity(levels.count)
        for level in levels {
            let number = Array(level.utf8).withUnsafeBufferPointer { bytes -> Bool in
                if case .number = CSVNumberParser.parse(CSVNumberParser.trimmed(bytes), columnUnit: nil,
                                                        scratch: numberScratch) { return true }
                return false
            }
            isText.append(!number)
            if !number { textCount += 1 }
            if textCount > Self.textLevelLimit { return nil }
        }
        return isText
    }

    /// The locations and texts of the given rows (0-based data rows) of each column, by a
    /// pass over the records up to the last row asked for.
    private func locate(rows wanted: [(column: Int, rows: Set<Int>)]) throws(CSVError) -> [Int: [TextInNumbers.Cell]] {
        var scanner = CSVScanner(bytes: bytes, fileName: fileName, delimiter: delimiter)
        scanner.rewind(to: dataStart, line: dataStartLine)
        let lastRow = wanted.flatMap(\.rows).max() ?? -1
        var cells: [Int: [TextInNumbers.Cell]] = [:]
        var row = 0
        while row <= lastRow, try scanner.nextRecord() {
            for (column, rows) in wanted where rows.contains(row) {
                cells[column, default: []].append(TextInNumbers.Cell(
                    location: scanner.location(ofField: column, columnName: columns[column].name),
                    text: scanner.fieldText(column).trimmingUnitSpaces()))
            }
            row += 1
        }
        return cells
    }
}
