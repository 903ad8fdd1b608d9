/// A ``SectorEffectTable`` as printed, with increments and totals in a chosen unit.
public struct SectorEffectReport: Reportable, Sendable {
    /// The effect lines.
    public let table: SectorEffectTable
    /// The unit increments and totals are printed in; `nil` keeps the data's unit.
    public let unit: MoneyUnit?
    /// The quantity the lines are ranked by (`--sort-by`), charted instead of the pull;
    /// `nil` charts the pull.
    public let ranking: SectorRanking?

    /// Creates the printout of `table` in `unit`, charting `ranking`'s quantity (default:
    /// the pull).
    public init(table: SectorEffectTable, unit: MoneyUnit?, ranking: SectorRanking? = nil) {
        self.table = table
        self.unit = unit
        self.ranking = ranking
    }

    /// The sector effect table (``SectorEffectTable/reportTable(unit:)``), its bar chart
    /// drawing ``ranking``'s column (``SectorRanking/columnKey``), largest first.
    public func reportTables(language: Language) -> [ReportTable] {
        let printed = table.reportTable(unit: unit)
        guard let ranking else { return [printed] }
        return [printed.charting(ranking.columnKey, labelledBy: "sector")]
    }

    /// The tables document (``JSONRenderer``), then `notes`: the table's conventions as
    /// `{"code", "message"}` objects.
    public func jsonValue(language: Language) -> JSONValue {
        JSONRenderer.document(reportTables(language: language), language: language, notes: table.notes)
    }
}
