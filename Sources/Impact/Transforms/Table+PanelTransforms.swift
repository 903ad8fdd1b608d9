extension Table {
    /// Indexes this table's rows by `entity` and `time` (see ``PanelIndex``).
    public func panelIndex(entity: String, time: String) throws(PanelError) -> PanelIndex {
        try PanelIndex(table: self, entity: entity, time: time)
    }

    /// A new table with the lag of `column` added (default name `<column>_lag<k>`, e.g.
    /// `revenue_lag1`; a lead, k < 0, is `<column>_lead<|k|>`). The unit, if any, carries
    /// over. See ``PanelIndex/lag(_:by:)``.
    public func addingLag(of column: String, by periods: Int = 1, panel: PanelIndex,
                          named name: String? = nil) throws(PanelError) -> Table {
        let values = try panel.lag(try numericColumn(column, panel: panel), by: periods)
        let defaultName = periods > 0 ? "\(column)_lag\(periods)" : "\(column)_lead\(-periods)"
        return try appendingTransformed(values, named: name ?? defaultName, unit: units[column])
    }

    /// A new table with the difference `x_t − x_{t−k}` of `column` added (default name
    /// `<column>_diff`, or `<column>_diff<k>` for k ≠ 1). The unit carries over. See
    /// ``PanelIndex/difference(_:periods:)``.
    public func addingDifference(of column: String, periods: Int = 1, panel: PanelIndex,
                                 named name: String? = nil) throws(PanelError) -> Table {
        let values = try panel.difference(try numericColumn(column, panel: panel), periods: periods)
        let defaultName = periods == 1 ? "\(column)_diff" : "\(column)_diff\(periods)"
        return try appendingTransformed(values, named: name ?? defaultName, unit: units[column])
    }

    /// A new table with the growth rate `x_t / x_{t−k} − 1` of `column` added, as a fraction
    /// (default name `<column>_growth`, or `<column>_growth<k>`). See
    /// ``PanelIndex/growthRate(_:periods:)``.
    public func addingGrowthRate(of column: String, periods: Int = 1, panel: PanelIndex,
                                 named name: String? = nil) throws(PanelError) -> Table {
        let values = try panel.growthRate(try numericColumn(column, panel: panel), periods: periods)
        let defaultName = periods == 1 ? "\(column)_growth" : "\(column)_growth\(periods)"
        return try appendingTransformed(values, named: name ?? defaultName, unit: nil)
    }

    private func numericColumn(_ name: String, panel: PanelIndex) throws(PanelError) -> NumericColumn {
        guard rowCount == panel.rowCount else {
            throw .rowCountMismatch(expected: panel.rowCount, found: rowCount)
        }
        do {
            return try numeric(name)
        } catch {
            throw .table(error)
        }
    }

    private func appendingTransformed(_ values: NumericColumn, named name: String,
                                      unit: MoneyUnit?) throws(PanelError) -> Table {
        do {
            return try appending(.numeric(values), named: name, unit: unit)
        } catch {
            throw .table(error)
        }
    }
}
