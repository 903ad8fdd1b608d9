extension SectorEffectTable: Reportable {
    /// The sector effect table in the data's unit (``reportTable(unit:)`` with `nil`).
    public func reportTables(language: Language) -> [ReportTable] {
        report(unit: nil).reportTables(language: language)
    }

    /// The JSON of ``reportTable(unit:)`` with `nil`.
    public func jsonValue(language: Language) -> JSONValue {
        report(unit: nil).jsonValue(language: language)
    }

    /// The table printed with increments and totals in `unit` (`nil`: the data's unit),
    /// its chart drawing `ranking`'s quantity (default `nil`: the pull).
    public func report(unit: MoneyUnit?, ranking: SectorRanking? = nil) -> SectorEffectReport {
        SectorEffectReport(table: self, unit: unit, ranking: ranking)
    }
}
