/// A balanced firm panel for staggered-adoption estimators: one outcome per firm and
/// period, and each firm's cohort (the first period in which it is treated).
///
/// Conventions: cohort `0` means never treated; periods are whole numbers (years) sorted
/// ascending; "the period before p" is the previous entry of ``periods`` (periods need
/// not be evenly spaced). The panel must be balanced: an unbalanced panel is an error
/// rather than being balanced silently, so no firm disappears unnoticed.
public struct StaggeredPanel: Sendable, Equatable {
    /// Firm labels, in order of first appearance.
    public let units: [String]
    /// Distinct periods, ascending.
    public let periods: [Int]
    /// First treated period per firm, `0` for never treated.
    public let cohorts: [Int]
    /// Outcomes, firm-major: `outcomes[unit * periods.count + periodIndex]`.
    public let outcomes: [Double]
    /// Firms left out because they lacked a usable outcome in some period (only with
    /// `dropsIncompleteUnits`; empty otherwise).
    public let droppedUnits: [String]
    /// Names of the covariates (empty: none).
    public let covariateNames: [String]
    /// Covariates, firm-major then period then covariate:
    /// `covariateValues[(unit * periods.count + periodIndex) * covariateNames.count + j]`.
    public let covariateValues: [Double]

    /// Creates a panel from firm labels, sorted periods, cohorts and one row of outcomes
    /// per firm (in the order of `periods`).
    ///
    /// - Throws: ``StaggeredError/tooFewPeriods(_:)``, or
    ///   ``StaggeredError/unbalancedPanel(unit:observedPeriods:expectedPeriods:incompleteUnits:)``
    ///   when a row is shorter than `periods` or holds a NaN or an infinity.
    public init(units: [String], periods: [Int], cohorts: [Int],
                outcomes rows: [[Double]]) throws(StaggeredError) {
        precondition(units.count == cohorts.count && units.count == rows.count,
                     "units, cohorts and outcome rows differ in length")
        precondition(zip(periods, periods.dropFirst()).allSatisfy { $0 < $1 },
                     "periods must be strictly increasing")
        guard periods.count >= 2 else { throw .tooFewPeriods(periods.count) }
        let incomplete = rows.indices.filter { rows[$0].count != periods.count || rows[$0].contains { !$0.isFinite } }
        if let first = incomplete.first {
            throw .unbalancedPanel(unit: units[first],
                                   observedPeriods: rows[first].prefix(periods.count).filter(\.isFinite).count,
                                   expectedPeriods: periods.count, incompleteUnits: incomplete.count)
        }
        self.units = units
        self.periods = periods
        self.cohorts = cohorts
        self.outcomes = rows.flatMap { $0 }
        self.droppedUnits = []
        self.covariateNames = []
        self.covariateValues = []
    }

    private init(complete panel: StaggeredPanel, dropped: [String], covariateNames: [String], covariateValues: [Double]) {
        units = panel.units
        periods = panel.periods
        cohorts = panel.cohorts
        outcomes = panel.outcomes
        droppedUnits = dropped
        self.covariateNames = covariateNames
        self.covariateValues = covariateValues
    }

    /// Reads a long-format table (one row per firm and period).
    ///
    /// - Parameters:
    ///   - table: the long-format data.
    ///   - id: firm identifier column (text or numbers).
    ///   - time: period column (whole numbers).
    ///   - cohort: first treated period; `0` or blank means never treated. It must be
    ///     constant within a firm.
    ///   - outcome: outcome column (numbers).
    ///   - dropsIncompleteUnits: when `true`, firms without a usable outcome (or covariate)
    ///     in every period are left out (listed in ``droppedUnits``), as R's `did` balances a
    ///     panel; when `false` (default) they are an error.
    ///   - covariates: numeric covariate columns (default none); a blank counts like a
    ///     missing outcome.
    /// - Throws: ``StaggeredError`` for missing columns, blank ids or times, non-integer
    ///   periods or cohorts, duplicate firm-periods, a cohort that varies within a firm, or
    ///   an unbalanced panel (a blank or infinite outcome counts as a missing period).
    // Long: one pass over the rows fills outcomes and covariates and checks every row.
    public init(table: Table, id: String, time: String, cohort: String,
                outcome: String, dropsIncompleteUnits: Bool = false,
                covariates covariateNames: [String] = []) throws(StaggeredError) {
        let ids: CategoricalColumn, times: NumericColumn, cohortColumn: NumericColumn, values: NumericColumn
        let covariateColumns: [NumericColumn]
        do {
            ids = try table.categorical(id)
            times = try table.numeric(time)
            cohortColumn = try table.numeric(cohort)
            values = try table.numeric(outcome)
            covariateColumns = try covariateNames.map { name throws(TableError) in try table.numeric(name) }
        } catch {
            throw .table(error)
        }
        var unitIndex: [Int32: Int] = [:]
        var unitCodes: [Int32] = []
        var rowTimes: [Int] = []
        rowTimes.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            let code = ids.codes[row]
            guard code >= 0 else { throw .missingValue(column: id, row: row) }
            if unitIndex[code] == nil {
                unitIndex[code] = unitCodes.count
                unitCodes.append(code)
            }
            guard let value = times[row] else { throw .missingValue(column: time, row: row) }
            rowTimes.append(try Self.wholeNumber(value, column: time, row: row))
        }
        let periods = Array(Set(rowTimes)).sorted()
        let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        let labels = unitCodes.map { ids.levels[Int($0)] }
        var cohorts = [Int?](repeating: nil, count: unitCodes.count)
        var rows = [[Double]](repeating: [Double](repeating: .nan, count: periods.count),
                              count: unitCodes.count)
        let k = covariateNames.count
        var covariateRows = [[Double]](repeating: [Double](repeating: .nan, count: periods.count * k),
                                       count: k == 0 ? 0 : unitCodes.count)
        var seen = [Bool](repeating: false, count: unitCodes.count * periods.count)
        for row in 0..<table.rowCount {
            let unit = unitIndex[ids.codes[row]]!
            let column = periodIndex[rowTimes[row]]!
            guard !seen[unit * periods.count + column] else {
                throw .duplicateObservation(unit: labels[unit], period: rowTimes[row])
            }
            seen[unit * periods.count + column] = true
            let group = try cohortColumn[row].map { (value) throws(StaggeredError) in
                try Self.wholeNumber(value, column: cohort, row: row)
            } ?? 0
            if let previous = cohorts[unit], previous != group {
                throw .cohortVariesWithinUnit(unit: labels[unit], first: previous, other: group)
            }
            cohorts[unit] = group
            // An infinite outcome is no number to average: it counts as missing, like a blank.
            rows[unit][column] = values[row].flatMap { $0.isFinite ? $0 : nil } ?? .nan
            for (j, covariate) in covariateColumns.enumerated() {
                covariateRows[unit][column * k + j] = covariate[row].flatMap { $0.isFinite ? $0 : nil } ?? .nan
            }
        }
        // A firm missing a covariate in some period is as incomplete as one missing the outcome.
        for unit in covariateRows.indices where covariateRows[unit].contains(where: \.isNaN) {
            rows[unit][0] = .nan
        }
        var keep = Array(rows.indices)
        var dropped: [String] = []
        if dropsIncompleteUnits {
            keep = rows.indices.filter { !rows[$0].contains { $0.isNaN } }
            dropped = rows.indices.filter { rows[$0].contains { $0.isNaN } }.map { labels[$0] }
        }
        let panel = try StaggeredPanel(units: keep.map { labels[$0] }, periods: periods,
                                       cohorts: keep.map { cohorts[$0] ?? 0 }, outcomes: keep.map { rows[$0] })
        self.init(complete: panel, dropped: dropped, covariateNames: covariateNames,
                  covariateValues: k == 0 ? [] : keep.flatMap { covariateRows[$0] })
    }

    /// Number of firms.
    public var unitCount: Int { units.count }

    /// The outcome of firm `unit` in the period at index `periodIndex` of ``periods``.
    public func outcome(unit: Int, periodIndex: Int) -> Double {
        outcomes[unit * periods.count + periodIndex]
    }

    /// Covariate `j` of firm `unit` in the period at index `periodIndex`.
    public func covariate(unit: Int, periodIndex: Int, _ j: Int) -> Double {
        covariateValues[(unit * periods.count + periodIndex) * covariateNames.count + j]
    }

    /// `value` as an integer period or cohort, or the error naming its column and row.
    static func wholeNumber(_ value: Double, column: String, row: Int) throws(StaggeredError) -> Int {
        guard value == value.rounded(), abs(value) < 1e9 else {
            throw .nonIntegerValue(column: column, row: row, value: value)
        }
        return Int(value)
    }
}
