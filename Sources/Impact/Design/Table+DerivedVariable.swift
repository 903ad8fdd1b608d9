extension Table {
    /// The table with the numeric variable `text` as a column, for commands that take a
    /// column name (an outcome, a covariate) rather than a formula: a column of that name is
    /// used as it is; otherwise `text` is read as `I(expr)` or a function of columns
    /// (``FormulaFactor/init(parsingNumeric:)``, e.g. `I(log(revenue))`, `log1p(rd)`), its
    /// values are appended as a column named as written (``FormulaFactor/name``), and rows
    /// where it is undefined (`log` of 0, division by 0, …) are missing in it.
    ///
    /// - Returns: the table, the column's name, and the rows made missing by reason (the
    ///   rows missing an input are not counted).
    /// - Throws: ``FormulaError`` for text that does not parse, an unknown column (with its
    ///   place in `text`) or a text column.
    public func addingVariable(_ text: String) throws(FormulaError)
        -> (table: Table, name: String, undefined: [RowDropReason: Int]) {
        if hasColumn(text) || !text.contains("(") { return (self, text, [:]) }
        var parser = try FormulaParser(text)
        let factor = try parser.parseNumericFactor()
        let locations = parser.columnLocations
        let expression: FormulaArithmetic
        switch factor {
        case .transformed(let inner, _): expression = inner
        case .logarithm(let column): expression = .function(.log, .column(column))
        default: return (self, factor.column, [:])
        }
        let values = try expression.evaluate(rows: rowCount) { name throws(FormulaError) in
            guard let index = columnIndex(named: name) else {
                throw .unknownColumn(name, nearest: nearestName(to: name, among: columnNames), at: locations[name])
            }
            guard case .numeric(let column) = columns[index] else {
                throw .notNumeric(name, role: "an argument of I() or of a function", at: locations[name])
            }
            return column
        }
        var counts: [RowDropReason: Int] = [:]
        let missing = (0..<rowCount).map { row in
            if !values.isMissing[row], let reason = values.undefined[row] { counts[reason, default: 0] += 1 }
            return values.isMissing[row] || values.undefined[row] != nil
        }
        let name = factor.name
        do {
            let column = Column.numeric(NumericColumn(values: values.values.enumerated().map { missing[$0.offset] ? .nan : $0.element },
                                                      isMissing: missing))
            return (try appending(column, named: name), name, counts)
        } catch {
            throw .unsupported("A variable named '\(name)' beside the column of that name", at: FormulaLocation(formula: text, position: 0, length: text.count))
        }
    }
}
