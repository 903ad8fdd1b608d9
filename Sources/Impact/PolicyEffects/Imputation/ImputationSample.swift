/// The rows of a long firm panel as the imputation estimator uses them: firm and period
/// codes, each firm's cohort, the outcome and the covariates of every usable row, and
/// whether the row is treated (`period ≥ cohort`).
///
/// Rows with a blank or non-finite outcome or covariate are left out and counted; a blank
/// firm id or period is an error (the row cannot be placed), as are duplicate firm-periods
/// and a cohort that varies within a firm.
struct ImputationSample {
    /// Firm labels, in order of first appearance.
    let unitNames: [String]
    /// Distinct periods, ascending.
    let periods: [Int]
    /// Cohort of each firm (`nil` = never treated).
    let unitCohorts: [Int?]
    /// Firm code of each row.
    let units: [Int32]
    /// Period code (index into ``periods``) of each row.
    let periodCodes: [Int32]
    /// Outcome of each row.
    let outcome: [Double]
    /// Covariates, one array per covariate, one value per row.
    let covariates: [[Double]]
    /// Rows left out for a blank or non-finite outcome or covariate.
    let rowsLeftOut: Int

    /// Whether row `row` is treated: its firm's cohort is at or before its period.
    func isTreated(_ row: Int) -> Bool {
        guard let cohort = unitCohorts[Int(units[row])] else { return false }
        return periods[Int(periodCodes[row])] >= cohort
    }

    /// Number of rows used.
    var count: Int { outcome.count }

    // Long: one pass over the rows, with the checks that name the row.
    init(table: Table, specification spec: ImputationSpecification) throws(ImputationError) {
        for name in spec.covariates {
            for (role, column) in [("outcome", spec.outcome), ("firm id", spec.id), ("time", spec.time), ("cohort", spec.cohort)]
            where name == column {
                throw .covariateIsDesignColumn(name, role: role)
            }
        }
        let ids: CategoricalColumn, times: NumericColumn, cohortColumn: NumericColumn
        let values: NumericColumn, covariateColumns: [NumericColumn]
        do {
            ids = try table.categorical(spec.id)
            times = try table.numeric(spec.time)
            cohortColumn = try table.numeric(spec.cohort)
            values = try table.numeric(spec.outcome)
            covariateColumns = try spec.covariates.map { name throws(TableError) in try table.numeric(name) }
        } catch {
            throw .table(error)
        }
        var rows: [Int] = [], rowPeriods: [Int] = [], rowCohorts: [Int] = []
        var leftOut = 0
        for row in 0..<table.rowCount {
            guard ids.codes[row] >= 0 else { throw .missingValue(column: spec.id, row: row) }
            guard let time = times[row] else { throw .missingValue(column: spec.time, row: row) }
            let period = try Self.wholeNumber(time, column: spec.time, row: row)
            let cohort = try cohortColumn[row].map { (value) throws(ImputationError) in
                try Self.wholeNumber(value, column: spec.cohort, row: row)
            } ?? 0
            guard values[row].map(\.isFinite) ?? false,
                  covariateColumns.allSatisfy({ $0[row].map(\.isFinite) ?? false }) else {
                leftOut += 1
                continue
            }
            rows.append(row)
            rowPeriods.append(period)
            rowCohorts.append(cohort)
        }
        let periods = Array(Set(rowPeriods)).sorted()
        let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, Int32($0)) })
        var unitIndex: [Int32: Int32] = [:]
        var names: [String] = [], cohorts: [Int?] = [], cohortSeen: [Int] = []
        var units: [Int32] = [], periodCodes: [Int32] = []
        units.reserveCapacity(rows.count)
        periodCodes.reserveCapacity(rows.count)
        var seen = Set<Int64>()
        for (position, row) in rows.enumerated() {
            let code = ids.codes[row]
            let unit: Int32
            if let known = unitIndex[code] {
                unit = known
                if cohortSeen[Int(unit)] != rowCohorts[position] {
                    throw .cohortVariesWithinUnit(unit: names[Int(unit)], first: cohortSeen[Int(unit)],
                                                  other: rowCohorts[position])
                }
            } else {
                unit = Int32(names.count)
                unitIndex[code] = unit
                names.append(ids.levels[Int(code)])
                cohortSeen.append(rowCohorts[position])
                cohorts.append(rowCohorts[position] == 0 ? nil : rowCohorts[position])
            }
            let period = periodIndex[rowPeriods[position]]!
            guard seen.insert(Int64(unit) * Int64(periods.count) + Int64(period)).inserted else {
                throw .duplicateObservation(unit: names[Int(unit)], period: rowPeriods[position])
            }
            units.append(unit)
            periodCodes.append(period)
        }
        unitNames = names
        self.periods = periods
        unitCohorts = cohorts
        self.units = units
        self.periodCodes = periodCodes
        outcome = rows.map { values.values[$0] }
        covariates = covariateColumns.map { column in rows.map { column.values[$0] } }
        rowsLeftOut = leftOut
    }

    private static func wholeNumber(_ value: Double, column: String, row: Int) throws(ImputationError) -> Int {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e9 else {
            throw .nonIntegerValue(column: column, row: row, value: value)
        }
        return Int(value)
    }
}
