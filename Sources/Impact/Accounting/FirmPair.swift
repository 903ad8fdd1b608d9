/// One firm's values in `t − 1` and `t`, with the sector and support status read on its row of
/// `t` (or of `t − 1` when it has no row in `t`).
///
/// Internal helper of ``GrowthAccounting``: a firm is *complete* (a balanced pair) when it has
/// the value in both years; only complete firms enter totals, increments and subsidies.
struct FirmPair: Sendable {
    let firm: String
    let sector: String
    let isSupported: Bool
    /// Row of year `t`, if any (the subsidy is read there).
    let currentRow: Int?
    let priorRow: Int?
    let current: Double?
    let prior: Double?

    /// Whether the firm has the value in both years.
    var isComplete: Bool { current != nil && prior != nil }

    /// The firms with a row in `year` or `year − 1`, in the order of their first row (rows of
    /// `year` first, then firms present only in `year − 1`).
    static func pairs(keys: FirmYearRows, values: NumericColumn, supported: [Bool], year: Int) -> [FirmPair] {
        var result: [FirmPair] = []
        var seen = Set<String>()
        for row in keys.rows(inYear: year) + keys.rows(inYear: year - 1) {
            let firm = keys.firms[row]
            guard seen.insert(firm).inserted else { continue }
            let currentRow = keys.row(firm: firm, year: year)
            let priorRow = keys.row(firm: firm, year: year - 1)
            result.append(FirmPair(firm: firm, sector: keys.sectors[row], isSupported: supported[row],
                                   currentRow: currentRow, priorRow: priorRow,
                                   current: currentRow.flatMap { values[$0] },
                                   prior: priorRow.flatMap { values[$0] }))
        }
        return result
    }

    /// The values this firm lacks, as entries of an error.
    func missing(column: String, year: Int) -> [MissingFirmValue] {
        var entries: [MissingFirmValue] = []
        if prior == nil { entries.append(MissingFirmValue(firm: firm, year: year - 1, column: column, row: priorRow)) }
        if current == nil { entries.append(MissingFirmValue(firm: firm, year: year, column: column, row: currentRow)) }
        return entries
    }
}
