/// The identifying columns of a firm-level panel, read once and indexed by firm and year.
///
/// Internal helper of the accounting types: the firm and year keys are checked by
/// ``PanelIndex`` (every row keyed, whole years, no firm twice in a year); every row must
/// also have a sector.
struct FirmYearRows: Sendable {
    /// Firm label per row.
    let firms: [String]
    /// Year per row.
    let years: [Int]
    /// Sector label per row.
    let sectors: [String]
    /// Sector names in order of first appearance.
    let sectorOrder: [String]
    /// Row of each (firm, year).
    let rowOf: [FirmYear: Int]
    /// Distinct years, ascending.
    let distinctYears: [Int]

    /// A firm in a year.
    struct FirmYear: Hashable, Sendable {
        let firm: String
        let year: Int
    }

    /// Reads and indexes `panel`'s firm, year and sector columns.
    init(panel: Table, layout: PanelLayout) throws(AccountingError) {
        let index: PanelIndex
        do {
            index = try PanelIndex(table: panel, entity: layout.firm, time: layout.year)
        } catch {
            throw .panel(error)
        }
        let sectorColumn: CategoricalColumn
        do {
            sectorColumn = try panel.categorical(layout.sector)
        } catch {
            throw .table(error)
        }
        var firms: [String] = [], years: [Int] = [], sectors: [String] = []
        firms.reserveCapacity(panel.rowCount)
        years.reserveCapacity(panel.rowCount)
        sectors.reserveCapacity(panel.rowCount)
        var rowOf: [FirmYear: Int] = [:]
        var sectorOrder: [String] = []
        var seenSectors = Set<String>()
        for row in 0..<panel.rowCount {
            let firm = index.entityLabels[Int(index.entityCodes[row])]
            let year = index.times[row]
            guard let sector = sectorColumn[row] else { throw .missingKey(row: row, column: layout.sector) }
            rowOf[FirmYear(firm: firm, year: year)] = row
            firms.append(firm)
            years.append(year)
            sectors.append(sector)
            if seenSectors.insert(sector).inserted { sectorOrder.append(sector) }
        }
        self.firms = firms
        self.years = years
        self.sectors = sectors
        self.sectorOrder = sectorOrder
        self.rowOf = rowOf
        self.distinctYears = index.periods
    }

    /// The row of `firm` in `year`, if any.
    func row(firm: String, year: Int) -> Int? { rowOf[FirmYear(firm: firm, year: year)] }

    /// Rows of `year`, in table order.
    func rows(inYear year: Int) -> [Int] { years.indices.filter { years[$0] == year } }

    /// Throws ``AccountingError/yearNotFound(_:available:)`` unless `year` has rows.
    func requireYear(_ year: Int) throws(AccountingError) {
        guard distinctYears.contains(year) else { throw .yearNotFound(year, available: distinctYears) }
    }
}
