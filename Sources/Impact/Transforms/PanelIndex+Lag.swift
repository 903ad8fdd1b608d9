extension PanelIndex {
    /// The column shifted by `periods` within each entity: row (i, t) receives the value of
    /// row (i, t − periods).
    ///
    /// Formula: `L^k x_{i,t} = x_{i,t−k}`. The result is missing where entity i has no row
    /// for period t − k (the first period, or a gap in an unbalanced panel) or where that
    /// value is missing. It is *not* the previous row: with years 2019, 2021 the lag of 2021
    /// is missing. A negative `periods` gives a lead, `x_{i,t+k}`.
    ///
    /// - Parameters:
    ///   - column: values in the table's row order (`column.values.count == rowCount`).
    ///   - periods: number of periods, non-zero; default 1.
    /// Conventions: matches Stata's `L.x` under `xtset` and pandas' `groupby(entity).shift`
    /// on a panel reindexed to all periods.
    public func lag(_ column: NumericColumn, by periods: Int = 1) throws(PanelError) -> NumericColumn {
        try checkLength(column)
        let source = try shiftedRows(by: periods)
        var values = [Double](repeating: .nan, count: rowCount)
        var missing = [Bool](repeating: true, count: rowCount)
        for row in 0..<rowCount {
            guard let other = source[row], !column.isMissing[other] else { continue }
            values[row] = column.values[other]
            missing[row] = false
        }
        return NumericColumn(uncheckedValues: values, isMissing: missing)
    }

    /// Throws unless `column` has one value per indexed row.
    func checkLength(_ column: NumericColumn) throws(PanelError) {
        guard column.values.count == rowCount else {
            throw .rowCountMismatch(expected: rowCount, found: column.values.count)
        }
    }

    /// Applies `combine(current, earlier)` to each row and its row `periods` earlier in the
    /// same entity; missing where either is missing or `combine` returns `nil`.
    func combineWithLag(_ column: NumericColumn, periods: Int,
                        _ combine: (Double, Double) -> Double?) throws(PanelError) -> NumericColumn {
        try checkLength(column)
        let source = try shiftedRows(by: periods)
        var values = [Double](repeating: .nan, count: rowCount)
        var missing = [Bool](repeating: true, count: rowCount)
        for row in 0..<rowCount {
            guard let other = source[row], !column.isMissing[row], !column.isMissing[other],
                  let value = combine(column.values[row], column.values[other]) else { continue }
            values[row] = value
            missing[row] = false
        }
        return NumericColumn(uncheckedValues: values, isMissing: missing)
    }
}
