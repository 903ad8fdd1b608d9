extension MoneyUnit {
    /// The unit a column name announces by its suffix: `_wan` → 万元, `_yi` → 亿元,
    /// `_yuan` → 元 (as in the bundled dataset's `revenue_wan`); `nil` otherwise.
    ///
    /// Accounting uses it when a table declares no unit for the column (a header such as
    /// `营收(万元)` declares one and takes precedence).
    public static func impliedBy(columnName name: String) -> MoneyUnit? {
        if name.hasSuffix("_wan") { return .wan }
        if name.hasSuffix("_yi") { return .yi }
        if name.hasSuffix("_yuan") { return .yuan }
        return nil
    }

    /// The unit of column `name` of `table`: declared (``Table/unit(of:)``) or implied by
    /// the name (``impliedBy(columnName:)``).
    static func of(column name: String, in table: Table) -> MoneyUnit? {
        table.unit(of: name) ?? impliedBy(columnName: name)
    }
}
