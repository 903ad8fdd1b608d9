extension Table {
    /// A new table with `column` added last under `name`; this table is unchanged.
    ///
    /// Throws ``TableError/duplicateColumn(_:)`` when the name is taken and
    /// ``TableError/lengthMismatch(column:expected:found:)`` when the length differs (unless
    /// the table has no columns yet). `unit` records the column's money unit, if it has one.
    public func appending(_ column: Column, named name: String,
                         unit: MoneyUnit? = nil) throws(TableError) -> Table {
        var units = self.units
        if let unit { units[name] = unit }
        return try Table(columns: Array(zip(columnNames, columns)) + [(name, column)], units: units)
    }
}
