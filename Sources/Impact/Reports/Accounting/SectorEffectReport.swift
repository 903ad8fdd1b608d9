/// A ``SectorEffectTable`` as printed, with increments and totals in a chosen unit.
public struct SectorEffectReport: Reportable, Sendable {
    /// The effect lines.
    public let table: SectorEffectTable
    /// The unit increments and totals are printed in; `nil` keeps the data's unit.
    public let unit: MoneyUnit?

    /// Creates the printout of `table` in `unit`.
    public init(table: SectorEffectTable, unit: MoneyUnit?) {
        self.table = table
        self.unit = unit
    }

    /// The sector effect table (``SectorEffectTable/reportTable(unit:)``).
    public func reportTables(language: Language) -> [ReportTable] { [table.reportTable(unit: unit)] }

    /// The tables document (``JSONRenderer``), then `notes`: the table's conventions as
    /// `{"code", "message"}` objects.
    public func jsonValue(language: Language) -> JSONValue {
        JSONRenderer.document(reportTables(language: language), language: language, notes: table.notes)
    }
}
