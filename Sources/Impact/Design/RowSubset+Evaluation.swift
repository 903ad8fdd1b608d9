extension RowSubset {
    /// The rows of `table` where the condition holds (0-based, in order); see ``RowSubset``
    /// for how values compare and how missing values count.
    ///
    /// - Throws: ``RowSubsetError/unknownColumn(_:nearest:at:)`` (with the nearest name and
    ///   the place in the condition), ``RowSubsetError/typeMismatch(_:at:)``.
    public func keptRows(in table: Table) throws(RowSubsetError) -> [Int] {
        let truth = try evaluate(condition, table)
        return truth.indices.filter { truth[$0] == true }
    }

    /// `table` restricted to the rows where the condition holds, with the counts the JSON
    /// records.
    ///
    /// - Throws: as ``keptRows(in:)``, and ``RowSubsetError/noRowsKept(condition:rows:)``
    ///   when no row is left.
    public func apply(to table: Table) throws(RowSubsetError) -> (table: Table, summary: SubsetSummary) {
        let rows = try keptRows(in: table)
        guard !rows.isEmpty else { throw .noRowsKept(condition: source, rows: table.rowCount) }
        return (table.selectingRows(rows), SubsetSummary(expression: source, rowsKept: rows.count, rowsTotal: table.rowCount))
    }

    /// One value of an operand in a row.
    private enum Scalar {
        case number(Double)
        case text(String)
    }

    /// The truth of `condition` in every row: `nil` where a compared value is missing.
    private func evaluate(_ condition: RowCondition, _ table: Table) throws(RowSubsetError) -> [Bool?] {
        switch condition {
        case let .comparison(left, comparison, right, at):
            let a = try values(left, table), b = try values(right, table)
            var result = [Bool?](repeating: nil, count: table.rowCount)
            for row in 0..<table.rowCount {
                guard let x = a(row), let y = b(row) else { continue }
                result[row] = comparison.holds(try order(x, y, at: at))
            }
            return result
        case let .membership(left, candidates, negated, at):
            let a = try values(left, table)
            let others = try candidates.map { operand throws(RowSubsetError) in try values(operand, table) }
            var result = [Bool?](repeating: nil, count: table.rowCount)
            rows: for row in 0..<table.rowCount {
                guard let x = a(row) else { continue }
                var found = false
                for other in others {
                    guard let y = other(row) else { continue rows }
                    if try order(x, y, at: at) == 0 { found = true }
                }
                result[row] = found != negated
            }
            return result
        case let .and(left, right):
            let a = try evaluate(left, table), b = try evaluate(right, table)
            return zip(a, b).map { x, y in x == false || y == false ? false : (x == true && y == true ? true : nil) }
        case let .or(left, right):
            let a = try evaluate(left, table), b = try evaluate(right, table)
            return zip(a, b).map { x, y in x == true || y == true ? true : (x == false && y == false ? false : nil) }
        case let .not(inner):
            return try evaluate(inner, table).map { $0.map { !$0 } }
        }
    }

    /// The value of `operand` in a row (`nil` where missing).
    private func values(_ operand: RowOperand, _ table: Table) throws(RowSubsetError) -> (Int) -> Scalar? {
        switch operand {
        case .number(let value): return { _ in .number(value) }
        case .text(let text): return { _ in .text(text) }
        case .column(let name):
            guard let index = table.columnIndex(named: name) else {
                throw .unknownColumn(name, nearest: nearestName(to: name, among: table.columnNames),
                                     at: columnLocations[name] ?? FormulaLocation(formula: source, position: 0))
            }
            switch table.columns[index] {
            case .numeric(let column):
                return { row in column.isMissing[row] ? nil : .number(column.values[row]) }
            case .categorical(let column):
                return { row in column.codes[row] < 0 ? nil : .text(column.levels[Int(column.codes[row])]) }
            }
        }
    }

    /// −1, 0 or 1 as `x` is below, equal to or above `y`: numbers numerically, texts by code
    /// points, a number and a text by the number the text reads as.
    private func order(_ x: Scalar, _ y: Scalar, at: FormulaLocation) throws(RowSubsetError) -> Int {
        switch (x, y) {
        case let (.number(a), .number(b)):
            return a < b ? -1 : (a > b ? 1 : 0)
        case let (.text(a), .text(b)):
            if a.unicodeScalars.elementsEqual(b.unicodeScalars) { return 0 }
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1
        case let (.number(a), .text(b)):
            guard let b = Double(b) else { throw .typeMismatch("'\(b)' is not a number", at: at) }
            return a < b ? -1 : (a > b ? 1 : 0)
        case let (.text(a), .number(b)):
            guard let a = Double(a) else { throw .typeMismatch("'\(a)' is not a number", at: at) }
            return a < b ? -1 : (a > b ? 1 : 0)
        }
    }
}

/// What a ``RowSubset`` kept, as the JSON of an estimate records it:
/// `{"expression", "rows_kept", "rows_total"}`.
public struct SubsetSummary: Sendable, Equatable {
    /// The condition as written.
    public let expression: String
    /// Rows where it holds.
    public let rowsKept: Int
    /// Rows of the table before the subset.
    public let rowsTotal: Int

    /// A summary.
    public init(expression: String, rowsKept: Int, rowsTotal: Int) {
        self.expression = expression
        self.rowsKept = rowsKept
        self.rowsTotal = rowsTotal
    }
}
