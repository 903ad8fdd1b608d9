extension PanelIndex {
    /// The growth rate over `periods` periods within each entity, as a fraction (0.082 is
    /// 8.2 %).
    ///
    /// Formula: `g_{i,t} = x_{i,t} / x_{i,t−k} − 1`. Missing when either value is missing,
    /// when entity i has no row for period t − k, or when the base `x_{i,t−k}` is 0. A
    /// negative base is used as is (the sign of g is then hard to read; filter such rows
    /// first if that matters).
    ///
    /// - Parameters:
    ///   - column: x, one value per row of the indexed table.
    ///   - periods: k, non-zero; default 1.
    /// Conventions: pandas' `groupby(entity).pct_change()` on a panel reindexed to all
    /// periods, except that a zero base gives a missing value rather than ±inf.
    public func growthRate(_ column: NumericColumn, periods: Int = 1) throws(PanelError) -> NumericColumn {
        try combineWithLag(column, periods: periods) { current, base in
            base == 0 ? nil : current / base - 1
        }
    }
}
