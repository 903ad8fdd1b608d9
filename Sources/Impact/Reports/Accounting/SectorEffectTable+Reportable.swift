extension SectorEffectTable: Reportable {
    /// The sector effect table (``reportTable(unit:)``, amounts in the data's unit).
    public func reportTables(language: Language) -> [ReportTable] { [reportTable()] }

    /// The tables document, with the table's notes as `{"code", "message"}` objects in a
    /// top-level `notes` array.
    public func jsonValue(language: Language) -> JSONValue {
        SectorEffectReport(table: self, unit: nil).jsonValue(language: language)
    }

    /// The table printed with increments and totals in `unit` (`nil`: the data's unit).
    public func report(unit: MoneyUnit?) -> SectorEffectReport {
        SectorEffectReport(table: self, unit: unit)
    }
}
