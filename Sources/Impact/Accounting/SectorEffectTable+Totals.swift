extension SectorEffectTable {
    /// Effect lines from sector totals (one row per line), for when no firm data exist.
    ///
    /// Each row gives Δsupported and the previous-year total, so the pull
    /// Δ / total(t−1) × 100 is reproduced exactly; the growth rate and contribution share
    /// need the current total and are `nil` without it. Amounts are in the increment
    /// column's unit (declared, or implied by its name: `increment_wan` → 万元); subsidies are
    /// converted to 万元.
    ///
    /// - Parameters:
    ///   - totals: the table (see ``SectorTotalsLayout`` for its columns).
    ///   - year: the evaluated year `t` of rows without a year of their own (the layout's
    ///     `year` column, when the file has it, takes precedence); default `nil`: every row
    ///     must give its year.
    ///   - layout: column names; defaults to the bundled dataset's.
    /// - Throws: unknown required column (naming the nearest), a missing sector or
    ///   increment, a zero or missing previous-year total (naming the sector and `t − 1`).
    public init(totals: Table, year: Int? = nil, layout: SectorTotalsLayout = SectorTotalsLayout()) throws(AccountingError) {
        func optionalNumeric(_ name: String?) throws(AccountingError) -> NumericColumn? {
            guard let name, totals.hasColumn(name) else { return nil }
            do { return try totals.numeric(name) } catch { throw .table(error) }
        }
        func optionalText(_ name: String?) throws(AccountingError) -> CategoricalColumn? {
            guard let name, totals.hasColumn(name) else { return nil }
            do { return try totals.categorical(name) } catch { throw .table(error) }
        }
        let sectors: CategoricalColumn
        let increments: NumericColumn
        let priorTotals: NumericColumn
        do {
            sectors = try totals.categorical(layout.sector)
            increments = try totals.numeric(layout.increment)
            priorTotals = try totals.numeric(layout.priorTotal)
        } catch {
            throw .table(error)
        }
        let english = try optionalText(layout.sectorEnglish)
        let measures = try optionalText(layout.measure)
        let firms = try optionalNumeric(layout.firms)
        let subsidies = try optionalNumeric(layout.subsidy)
        let currentTotals = try optionalNumeric(layout.currentTotal)
        let years = try optionalNumeric(layout.year)

        let subsidyUnit = layout.subsidy.flatMap { MoneyUnit.of(column: $0, in: totals) } ?? .wan
        var effects: [SectorEffect] = []
        for row in 0..<totals.rowCount {
            guard let sector = sectors[row] else { throw .missingKey(row: row, column: layout.sector) }
            guard let yearValue = years?[row] ?? year.map(Double.init) else {
                throw .missingKey(row: row, column: layout.year ?? "year")
            }
            guard yearValue == yearValue.rounded(), abs(yearValue) < 1e6 else {
                throw .invalidYear(row: row, value: yearValue)
            }
            let year = Int(yearValue)
            guard let increment = increments[row] else {
                throw .missingKey(row: row, column: layout.increment)
            }
            guard let prior = priorTotals[row] else { throw .missingPriorTotal(sector: sector, year: year - 1) }
            effects.append(try SectorEffect(
                group: .sector(sector, english: english?[row]),
                measure: measures?[row] ?? layout.increment, year: year,
                supportedFirms: firms?[row].map { Int($0) },
                subsidy: subsidies?[row].map { subsidyUnit.convert($0, to: .wan) },
                supportedIncrement: increment, priorTotal: prior,
                currentTotal: currentTotals?[row]))
        }
        self.init(effects: effects, amountUnit: MoneyUnit.of(column: layout.increment, in: totals),
                  notes: [.fromSectorTotals])
    }
}
