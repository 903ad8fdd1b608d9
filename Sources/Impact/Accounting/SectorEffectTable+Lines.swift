extension SectorEffectTable {
    /// The district-wide scope name in a lines table: a line whose `sector` is 全区 is set
    /// against the total of all firms of the panel.
    public static let districtScope = "全区"

    /// Effect lines measured on a firm panel, one per row of a lines table — the report's
    /// effect lines recomputed from firm data.
    ///
    /// Each row names a support line (`line`), the sector its total is taken over (`sector`;
    /// ``districtScope`` 全区 for all firms), and the panel column measured (`value`); an
    /// optional `sector_en` gives the English name and an optional `year` the evaluated year.
    /// `datasets/chaoyang-2024/sector_totals.csv` has this form, so its four rows give the
    /// report's four lines. For each row the supported firms are those whose
    /// `supportLineColumn` equals the line, and ``GrowthAccounting`` does the rest.
    ///
    /// - Parameters:
    ///   - panel: the firm panel.
    ///   - lines: the lines table.
    ///   - year: the evaluated year of rows without a `year` cell; default `nil`: the latest
    ///     year of the panel.
    ///   - layout: the panel's firm, year and sector columns.
    ///   - supportLineColumn: the panel column holding each firm's support line; default
    ///     `support_line`.
    ///   - subsidy: the panel's subsidy column for leverage; default `subsidy_wan`, ignored
    ///     when the panel has no such column.
    ///   - missing: firms lacking a value in `t − 1` or `t`; default
    ///     ``AccountingMissingValues/standard`` (balanced pairs; the lines' notes count them).
    /// - Throws: every error of ``GrowthAccounting/effects(in:year:)``, and unknown columns
    ///   of the lines table. Amounts are converted to the first line's unit when lines
    ///   measure columns in different money units.
    public init(panel: Table, lines: Table, year: Int? = nil, layout: PanelLayout = PanelLayout(),
                supportLineColumn: String = "support_line", subsidy: String? = "subsidy_wan",
                missing: AccountingMissingValues = .standard) throws(AccountingError) {
        let names: CategoricalColumn, sectors: CategoricalColumn, values: CategoricalColumn
        let english: CategoricalColumn?, years: NumericColumn?
        do {
            names = try lines.categorical("line")
            sectors = try lines.categorical("sector")
            values = try lines.categorical("value")
            // Optional columns; when present they must have the right kind (a text `year`
            // column is an error, not a silent fallback to the default year).
            english = lines.hasColumn("sector_en") ? try lines.categorical("sector_en") : nil
            years = lines.hasColumn("year") ? try lines.numeric("year") : nil
        } catch {
            throw .table(error)
        }
        let subsidyColumn = subsidy.flatMap { panel.hasColumn($0) ? $0 : nil }
        let defaultYear = try layout.evaluatedYear(year, in: panel)

        var effects: [SectorEffect] = []
        var unit: MoneyUnit?
        var notes: [AccountingNote] = [.bySupportLine(column: supportLineColumn)]
        for row in 0..<lines.rowCount {
            guard let line = names[row] else { throw .missingKey(row: row, column: "line") }
            guard let sector = sectors[row] else { throw .missingKey(row: row, column: "sector") }
            guard let value = values[row] else { throw .missingKey(row: row, column: "value") }
            let group = Self.group(sector: sector, english: english?[row])
            let grouping: SectorGrouping = sector == Self.districtScope
                ? .pooled(group: group) : .bySector(only: [sector])
            let accounting = GrowthAccounting(value: value, support: .category(column: supportLineColumn, value: line),
                                              subsidy: subsidyColumn, grouping: grouping, layout: layout,
                                              missing: missing)
            let rowYear = years?[row].map { Int($0) } ?? defaultYear
            let measured = try accounting.effects(in: panel, year: rowYear)
            for note in measured.notes where !notes.contains(note) {
                if case .supportedIncrement = note { continue }
                notes.append(note)
            }
            guard let effect = measured.effects.first else { continue }
            let lineUnit = measured.amountUnit
            if row == 0 { unit = lineUnit }
            let convert: (Double) -> Double = { amount in
                guard let from = lineUnit, let to = unit else { return amount }
                return from.convert(amount, to: to)
            }
            effects.append(try SectorEffect(
                group: group, measure: effect.measure, year: effect.year,
                supportedFirms: effect.supportedFirms, subsidy: effect.subsidy,
                supportedIncrement: convert(effect.supportedIncrement),
                priorTotal: convert(effect.priorTotal), currentTotal: effect.currentTotal.map(convert)))
        }
        self.init(effects: effects, amountUnit: unit, notes: notes)
    }

    /// The group a lines-table row names: the district for ``districtScope`` without an
    /// English name of its own, else the sector as the data name it.
    private static func group(sector: String, english: String?) -> EffectGroup {
        if sector == districtScope, english == nil { return .district }
        return .sector(sector, english: english)
    }
}
