extension PanelIndex {
    /// The change from `periods` periods earlier within each entity.
    ///
    /// Formula: `Δx_{i,t} = x_{i,t} − x_{i,t−k}`, missing when x is missing in either period or
    /// entity i has no row for period t − k (see ``lag(_:by:)``). Units are those of x
    /// (a 万元 column gives a 万元 increment).
    ///
    /// - Parameters:
    ///   - column: x, one value per row of the indexed table.
    ///   - periods: k, non-zero; default 1.
    /// Conventions: Stata's `D.x` (for k = 1) under `xtset`.
    public func difference(_ column: NumericColumn, periods: Int = 1) throws(PanelError) -> NumericColumn {
        try combineWithLag(column, periods: periods) { current, earlier in current - earlier }
    }
}
