/// A staggered-adoption sample of observations not (all) followed over time: repeated
/// cross-sections (every row its own unit) or an unbalanced panel (rows grouped into firms
/// by the id column). One outcome per row, with its period, cohort and covariates.
///
/// Conventions: cohort `0` (or blank) means never treated; periods are whole numbers
/// sorted ascending. Rows with a blank or infinite outcome or covariate are left out (as
/// `did` drops rows with missing values) and counted in ``skippedRows``. In a panel, a
/// firm's cohort must be constant and a firm appears at most once per period.
public struct StaggeredCrossSections: Sendable, Equatable {
    /// Unit labels: firm ids for an unbalanced panel, 1-based data row numbers for
    /// repeated cross-sections.
    public let units: [String]
    /// Distinct periods, ascending.
    public let periods: [Int]
    /// First treated period per unit, `0` for never treated.
    public let unitCohorts: [Int]
    /// Unit index of every observation.
    public let rowUnits: [Int]
    /// Period index (into ``periods``) of every observation.
    public let rowPeriods: [Int]
    /// Outcome of every observation.
    public let outcomes: [Double]
    /// Names of the covariates (empty: none).
    public let covariateNames: [String]
    /// Covariates, row-major: `covariateValues[observation * covariateNames.count + j]`.
    public let covariateValues: [Double]
    /// Data rows left out for a blank or infinite outcome or covariate.
    public let skippedRows: Int
    /// How the rows were taken: ``StaggeredSampleLayout/unbalancedPanel`` when they follow
    /// units (`followsUnits`), else ``StaggeredSampleLayout/repeatedCrossSections``.
    public let layout: StaggeredSampleLayout

    /// Reads a long-format table.
    ///
    /// - Parameters:
    ///   - id: firm identifier column; used only when `followsUnits` (ignored, may be nil,
    ///     for repeated cross-sections).
    ///   - followsUnits: `true` for an unbalanced panel (rows grouped by `id`), `false`
    ///     for repeated cross-sections.
    /// - Throws: ``StaggeredError`` for missing columns, blank times, non-integer periods
    ///   or cohorts, fewer than two periods, and (panel) a blank id, a duplicate firm-period
    ///   or a cohort that varies within a firm.
    // Long: one pass over the rows reads, checks and groups every observation.
    public init(table: Table, id: String?, time: String, cohort: String, outcome: String,
                covariates covariateNames: [String] = [], followsUnits: Bool) throws(StaggeredError) {
        let times: NumericColumn, cohortColumn: NumericColumn, values: NumericColumn
        let covariateColumns: [NumericColumn], ids: CategoricalColumn?
        do {
            ids = try followsUnits ? table.categorical(id ?? "") : nil
            times = try table.numeric(time)
            cohortColumn = try table.numeric(cohort)
            values = try table.numeric(outcome)
            covariateColumns = try covariateNames.map { name throws(TableError) in try table.numeric(name) }
        } catch {
            throw .table(error)
        }
        var rowTimes: [Int] = []
        for row in 0..<table.rowCount {
            guard let value = times[row] else { throw .missingValue(column: time, row: row) }
            rowTimes.append(try StaggeredPanel.wholeNumber(value, column: time, row: row))
        }
        let periods = Array(Set(rowTimes)).sorted()
        guard periods.count >= 2 else { throw .tooFewPeriods(periods.count) }
        let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        var unitIndex: [Int32: Int] = [:], labels: [String] = [], cohorts: [Int] = []
        var rowUnits: [Int] = [], rowPeriods: [Int] = [], outcomes: [Double] = [], covariateValues: [Double] = []
        var seen = Set<Int>(), skipped = 0
        for row in 0..<table.rowCount {
            let y = values[row].flatMap { $0.isFinite ? $0 : nil }
            let x = covariateColumns.map { $0[row].flatMap { $0.isFinite ? $0 : nil } }
            guard let y, !x.contains(where: { $0 == nil }) else { skipped += 1; continue }
            let group = try cohortColumn[row].map { (value) throws(StaggeredError) in
                try StaggeredPanel.wholeNumber(value, column: cohort, row: row)
            } ?? 0
            var unit = labels.count
            if let ids {
                let code = ids.codes[row]
                guard code >= 0 else { throw .missingValue(column: id ?? "", row: row) }
                if let known = unitIndex[code] { unit = known } else { unitIndex[code] = unit }
            }
            if unit == labels.count {
                labels.append(ids.map { $0.levels[Int($0.codes[row])] } ?? String(row + 1))
                cohorts.append(group)
            } else if cohorts[unit] != group {
                throw .cohortVariesWithinUnit(unit: labels[unit], first: cohorts[unit], other: group)
            }
            let column = periodIndex[rowTimes[row]]!
            guard seen.insert(unit * periods.count + column).inserted else {
                throw .duplicateObservation(unit: labels[unit], period: rowTimes[row])
            }
            rowUnits.append(unit)
            rowPeriods.append(column)
            outcomes.append(y)
            covariateValues.append(contentsOf: x.map { $0! })
        }
        self.units = labels
        self.periods = periods
        self.unitCohorts = cohorts
        self.rowUnits = rowUnits
        self.rowPeriods = rowPeriods
        self.outcomes = outcomes
        self.covariateNames = covariateNames
        self.covariateValues = covariateValues
        self.skippedRows = skipped
        layout = followsUnits ? .unbalancedPanel : .repeatedCrossSections
    }

    /// Number of units (firms, or observations for repeated cross-sections).
    public var unitCount: Int { units.count }

    /// Number of observations (rows kept).
    public var observationCount: Int { outcomes.count }
}
