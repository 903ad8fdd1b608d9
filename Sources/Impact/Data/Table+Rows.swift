extension Table {
    /// The table restricted to `rows` (0-based, in the order given), every column kept.
    ///
    /// Categorical columns keep only the levels that occur in the kept rows, in order of
    /// first appearance there (as a reader of the smaller file would number them); units
    /// and the record of text in numbers are kept.
    public func selectingRows(_ rows: [Int]) -> Table {
        if rows.count == rowCount, rows.elementsEqual(0..<rowCount) { return self }
        let selected: [Column] = columns.map { column in
            switch column {
            case .numeric(let numbers):
                return .numeric(NumericColumn(uncheckedValues: numbers.values(at: rows),
                                              isMissing: rows.map { numbers.isMissing[$0] }))
            case .categorical(let categories):
                var renumbered = [Int32](repeating: -1, count: categories.levels.count)
                var levels: [String] = []
                let codes: [Int32] = rows.map { row in
                    let code = categories.codes[row]
                    guard code >= 0 else { return -1 }
                    if renumbered[Int(code)] < 0 {
                        renumbered[Int(code)] = Int32(levels.count)
                        levels.append(categories.levels[Int(code)])
                    }
                    return renumbered[Int(code)]
                }
                return .categorical(CategoricalColumn(uncheckedCodes: codes, levels: levels))
            }
        }
        do {
            return try Table(columns: Array(zip(columnNames, selected)), units: units)
                .with(textInNumbers: textInNumbers)
        } catch {
            preconditionFailure("the columns of a table stay unique and of equal length: \(error)")
        }
    }
}
