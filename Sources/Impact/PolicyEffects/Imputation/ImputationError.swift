/// Why the imputation estimate (Borusyak–Jaravel–Spiess) could not be computed.
///
/// Every case carries the column, firm, period or covariates involved; the description is
/// a whole sentence saying what to change.
public enum ImputationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A named column is absent or of the wrong kind.
    case table(TableError)
    /// A cell the estimator needs to place a row is blank (firm id or period).
    case missingValue(column: String, row: Int)
    /// A period or cohort is not a whole number.
    case nonIntegerValue(column: String, row: Int, value: Double)
    /// The same firm appears twice in one period.
    case duplicateObservation(unit: String, period: Int)
    /// A firm's cohort differs between its rows.
    case cohortVariesWithinUnit(unit: String, first: Int, other: Int)
    /// A covariate is also the outcome, id, time or cohort column (`role` names which).
    case covariateIsDesignColumn(String, role: String)
    /// No row is treated (every cohort is 0 or blank, or every cohort starts after the
    /// last period).
    case noTreatedObservations
    /// No row is untreated, so no firm or period effect can be fitted.
    case noUntreatedObservations
    /// Treated rows exist, but none has both its firm and its period among the untreated
    /// rows, so no untreated outcome can be imputed.
    case noImputableObservations(treated: Int)
    /// These covariates are constant within firms or periods, or combinations of each
    /// other, on the untreated rows, so their coefficients are not identified.
    case collinearCovariates([String])
    /// A numerical failure of the least-squares step.
    case linearAlgebra(LinearAlgebraError)

    /// The problem as a whole sentence.
    public var description: String {
        switch self {
        case .table(let error):
            "\(error)."
        case .missingValue(let column, let row):
            "Column '\(column)' is blank in data row \(row + 1); the imputation estimator needs the firm and period of every row."
        case .nonIntegerValue(let column, let row, let value):
            "Column '\(column)' holds \(value) in data row \(row + 1), but periods and cohorts must be whole numbers (such as years) below 1,000,000,000 in size."
        case .duplicateObservation(let unit, let period):
            "Firm '\(unit)' appears more than once in period \(period); each firm needs at most one row per period."
        case .cohortVariesWithinUnit(let unit, let first, let other):
            "Firm '\(unit)' has cohort \(first) in one row and \(other) in another; the first treated period must be constant within a firm."
        case .covariateIsDesignColumn(let name, let role):
            "Covariate '\(name)' is the \(role) column; a covariate must be another column."
        case .noTreatedObservations:
            "No row is treated (every cohort is 0 or blank, or later than the last period), so there is no effect to estimate."
        case .noUntreatedObservations:
            "Every row is treated, so no firm or period effect can be fitted on untreated rows; the imputation estimator needs never-treated firms or periods before treatment."
        case .noImputableObservations(let treated):
            "None of the \(treated) treated rows has its firm and its period among the untreated rows, so no untreated outcome can be imputed; firms need a period before treatment and periods need an untreated firm."
        case .collinearCovariates(let names):
            "Covariates \(names.joined(separator: ", ")) are constant within firms or periods, or combinations of each other, on the untreated rows, so their coefficients are not identified; leave them out."
        case .linearAlgebra(let error):
            "\(error)."
        }
    }
}
