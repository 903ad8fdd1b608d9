/// The rows of a staggered-adoption panel as the event-study estimators need them: unit
/// code, period and first-treatment period (cohort) of every usable row.
///
/// A row is usable when the outcome, unit and period are present. A cohort of 0 or blank
/// means never treated (`nil`). The cohort must be the same on every row of a unit.
struct CohortPanel {
    /// Table rows used, in table order.
    let rows: [Int]
    /// Unit code of each used row (`0..<unitNames.count`, order of first appearance).
    let units: [Int]
    /// Unit labels.
    let unitNames: [String]
    /// Period of each used row.
    let periods: [Int]
    /// Cohort (first treated period) of each used row; `nil` for never treated.
    let cohorts: [Int?]
    /// Outcome of each used row.
    let outcome: [Double]

    init(table: Table, outcome outcomeName: String, unit: String, time: String,
         cohort: String) throws(PolicyEffectError) {
        let outcomeColumn = try PolicyColumns.numeric(table, outcomeName)
        let unitKeys = try PanelUnitKeys(table, unit)
        let timeColumn = try PolicyColumns.numeric(table, time)
        let cohortColumn = try PolicyColumns.numeric(table, cohort)
        var rows = [Int]()
        var periods = [Int]()
        var cohorts = [Int?]()
        rows.reserveCapacity(table.rowCount)
        periods.reserveCapacity(table.rowCount)
        cohorts.reserveCapacity(table.rowCount)
        for row in 0..<table.rowCount {
            guard !outcomeColumn.isMissing[row], unitKeys.isPresent(row),
                  let period = try PolicyColumns.integer(timeColumn, time, row: row) else { continue }
            let value = try PolicyColumns.integer(cohortColumn, cohort, row: row)
            rows.append(row)
            periods.append(period)
            cohorts.append(value == 0 ? nil : value)
        }
        let coded = unitKeys.codes(rows: rows)
        var unitCohort = [Int??](repeating: nil, count: coded.names.count)
        for (position, code) in coded.codes.enumerated() {
            if let seen = unitCohort[code] {
                if seen != cohorts[position] { throw .cohortVariesWithinUnit(unit: coded.names[code]) }
            } else {
                unitCohort[code] = .some(cohorts[position])
            }
        }
        self.rows = rows
        self.units = coded.codes
        self.unitNames = coded.names
        self.periods = periods
        self.cohorts = cohorts
        self.outcome = rows.map { outcomeColumn.values[$0] }
    }

    /// Cohort of each unit (`nil` = never treated).
    var unitCohorts: [Int?] {
        var result = [Int?](repeating: nil, count: unitNames.count)
        for (position, unit) in units.enumerated() { result[unit] = cohorts[position] }
        return result
    }

    /// Throws `allUnitsTreatedAtOnce` when every unit has the same cohort and none is
    /// never treated, and `noControlGroup` when there is no treated unit at all.
    func requireComparison(cohortColumn: String) throws(PolicyEffectError) {
        let cohorts = Set(unitCohorts)
        if cohorts == [nil] { throw .noTreatedGroup(column: cohortColumn) }
        if cohorts.count == 1, let only = cohorts.first, let period = only {
            throw .allUnitsTreatedAtOnce(period: period)
        }
    }
}
