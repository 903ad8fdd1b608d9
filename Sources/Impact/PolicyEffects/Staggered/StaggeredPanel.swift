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
        // Panel position of each category code, in order of first appearance.
        var unitOfCode = [Int](repeating: -1, count: ids.levels.count)
        var unitCodes: [Int32] = []
        var rowTimes: [Int] = []
        rowTimes.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            let code = ids.codes[row]
            guard code >= 0 else { throw .missingValue(column: id, row: row) }
            if unitOfCode[Int(code)] < 0 {
                unitOfCode[Int(code)] = unitCodes.count
                unitCodes.append(code)
            }
            guard let value = times[row] else { throw .missingValue(column: time, row: row) }
            rowTimes.append(try Self.wholeNumber(value, column: time, row: row))
        }
        let periods = Array(Set(rowTimes)).sorted()
        let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        let labels = unitCodes.map { ids.levels[Int($0)] }
        let p = periods.count, k = covariateNames.count
        var cohorts = [Int?](repeating: nil, count: unitCodes.count)
        // Firm-major as the stored panel: outcomes[unit * p + t], covariates[(unit * p + t) * k + j].
        var outcomes = [Double](onHugePagesRepeating: .nan, count: unitCodes.count * p)
        var covariates = [Double](repeating: .nan, count: unitCodes.count * p * k)
        var seen = [Bool](repeating: false, count: unitCodes.count * p)
        for row in 0..<table.rowCount {
            let unit = unitOfCode[Int(ids.codes[row])]
            let cell = unit * p + periodIndex[rowTimes[row]]!
            guard !seen[cell] else { throw .duplicateObservation(unit: labels[unit], period: rowTimes[row]) }
            seen[cell] = true
            let group = try cohortColumn[row].map { (value) throws(StaggeredError) in
                try Self.wholeNumber(value, column: cohort, row: row)
            } ?? 0
            if let previous = cohorts[unit], previous != group {
                throw .cohortVariesWithinUnit(unit: labels[unit], first: previous, other: group)
            }
            cohorts[unit] = group
            // An infinite outcome is no number to average: it counts as missing, like a blank.
            outcomes[cell] = values[row].flatMap { $0.isFinite ? $0 : nil } ?? .nan
            for (j, covariate) in covariateColumns.enumerated() {
                covariates[cell * k + j] = covariate[row].flatMap { $0.isFinite ? $0 : nil } ?? .nan
            }
        }
        // A firm missing a covariate in some period is as incomplete as one missing the outcome.
        for unit in 0..<(k == 0 ? 0 : unitCodes.count) where covariates[(unit * p * k)..<((unit + 1) * p * k)].contains(where: \.isNaN) {
            outcomes[unit * p] = .nan
        }
        let complete = (0..<unitCodes.count).map { !outcomes[($0 * p)..<(($0 + 1) * p)].contains { $0.isNaN } }
        let keep = dropsIncompleteUnits ? complete.indices.filter { complete[$0] } : Array(complete.indices)
        let dropped = dropsIncompleteUnits ? complete.indices.filter { !complete[$0] }.map { labels[$0] } : []
        guard p >= 2 else { throw .tooFewPeriods(p) }
        let incomplete = keep.filter { !complete[$0] }
        if let first = incomplete.first {
            throw .unbalancedPanel(unit: labels[first], observedPeriods: outcomes[(first * p)..<((first + 1) * p)].filter(\.isFinite).count,
                                   expectedPeriods: p, incompleteUnits: incomplete.count)
        }
        let all = keep.count == unitCodes.count
        self.init(units: keep.map { labels[$0] }, periods: periods, cohorts: keep.map { cohorts[$0] ?? 0 },
                  outcomes: all ? outcomes : Self.rows(keep, width: p, of: outcomes), dropped: dropped,
                  covariateNames: covariateNames, covariateValues: all ? covariates : Self.rows(keep, width: p * k, of: covariates))
    }

    private init(units: [String], periods: [Int], cohorts: [Int], outcomes: [Double], dropped: [String],
                 covariateNames: [String], covariateValues: [Double]) {
        self.units = units
        self.periods = periods
        self.cohorts = cohorts
        self.outcomes = outcomes
        droppedUnits = dropped
        self.covariateNames = covariateNames
        self.covariateValues = covariateValues
    }

    /// The rows `keep` of the row-major `values` whose rows are `width` long, in order.
    private static func rows(_ keep: [Int], width: Int, of values: [Double]) -> [Double] {
        var result = [Double]()
        result.reserveCapacity(keep.count * width)
        for row in keep { result += values[(row * width)..<((row + 1) * width)] }
        return result
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
