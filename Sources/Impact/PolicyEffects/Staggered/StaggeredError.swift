/// Errors in building a staggered-adoption panel or estimating Callaway–Sant'Anna effects.
///
/// Every case carries the context needed to fix the input: the column, firm, period or
/// cohort involved.
public enum StaggeredError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A named column is absent or of the wrong kind.
    case table(TableError)
    /// A cell the estimator needs is blank (outcome, time or firm id).
    case missingValue(column: String, row: Int)
    /// A time or cohort value is not a whole number.
    case nonIntegerValue(column: String, row: Int, value: Double)
    /// The same firm appears twice in one period.
    case duplicateObservation(unit: String, period: Int)
    /// A firm's cohort differs between its rows.
    case cohortVariesWithinUnit(unit: String, first: Int, other: Int)
    /// Some firms are not observed in every period; `unit` is the first such firm.
    case unbalancedPanel(unit: String, observedPeriods: Int, expectedPeriods: Int, incompleteUnits: Int)
    /// The panel has fewer than two periods, so no change can be formed.
    case tooFewPeriods(Int)
    /// No firm is ever treated.
    case noTreatedUnits
    /// A cohort has no period before treatment inside the panel, or starts after its end.
    case cohortOutsideTimeRange(cohort: Int, firstPeriod: Int, lastPeriod: Int)
    /// Never-treated controls were requested but every firm is treated at some point.
    case noNeverTreatedUnits
    /// Every firm is treated in the same period, so no firm can serve as a control.
    case allUnitsTreatedAtOnce(cohort: Int)
    /// A group-time cell has no control firms.
    case noControlUnits(group: Int, period: Int)
    /// The logit propensity score of a cell could not be fitted (separation, singularity).
    case propensityScoreFailed(group: Int, period: Int, reason: LogitError)
    /// The controls' covariates of a cell are collinear, so the outcome regression has no
    /// unique solution.
    case singularOutcomeRegression(group: Int, period: Int)
    /// A firm's cluster (for the bootstrap) differs between its rows.
    case clusterVariesWithinUnit(unit: String, column: String)
    /// Clusters above the firm were asked for without the multiplier bootstrap.
    case clusteringNeedsBootstrap(column: String)
    /// Clusters above the firm were asked for on repeated cross-sections or an unbalanced
    /// panel (not supported yet: the bootstrap there draws one multiplier per unit).
    case clusteringNeedsBalancedPanel(column: String)
    /// The bootstrap needs at least two replications.
    case invalidReplications(Int)
    /// The bootstrap's multipliers would not fit in the ``MemoryBudget``.
    case overBudget(MemoryBudgetError)

    /// The message as a whole sentence saying what went wrong and where.
    public var description: String {
        switch self {
        case .table(let error):
            "\(error)."
        case .missingValue(let column, let row):
            "Column '\(column)' is blank in data row \(row + 1); the estimator needs a value there."
        case .nonIntegerValue(let column, let row, let value):
            value.isFinite && value.rounded() == value
                ? "Column '\(column)' holds \(value) in data row \(row + 1), outside the periods and cohorts accepted "
                    + "(whole numbers below 1,000,000,000 in size, such as years); check that the column holds years."
                : "Column '\(column)' holds \(value) in data row \(row + 1), but periods and cohorts must be whole numbers."
        case .duplicateObservation(let unit, let period):
            "Firm '\(unit)' appears more than once in period \(period); each firm needs one row per period."
        case .cohortVariesWithinUnit(let unit, let first, let other):
            "Firm '\(unit)' has cohort \(first) in one row and \(other) in another; the first treated period must be constant within a firm."
        case .unbalancedPanel(let unit, let observed, let expected, let incomplete):
            "The panel is unbalanced: \(incomplete) firm(s) lack a usable outcome or covariate (blank or infinite) in some period (e.g. '\(unit)' has \(observed) of \(expected) periods); Callaway–Sant'Anna here needs a balanced panel, so drop or complete those firms (--drop-incomplete leaves them out, with a note), or keep every firm-year with --allow-unbalanced (as did's allow_unbalanced_panel)."
        case .tooFewPeriods(let count):
            "The panel has \(count) period(s); at least two are needed to form a change."
        case .noTreatedUnits:
            "No firm is ever treated (every cohort is 0 or blank), so there is no effect to estimate."
        case .cohortOutsideTimeRange(let cohort, let first, let last):
            "Cohort \(cohort) lies outside the usable range of the panel (\(first)–\(last)): a cohort needs at least one period before treatment and must start by the last period; code firms first treated after \(last) as 0 (never treated within the panel), as R's did does, and drop firms treated from the first period."
        case .noNeverTreatedUnits:
            "Every firm is treated at some point, so there are no never-treated controls; use not-yet-treated controls instead."
        case .allUnitsTreatedAtOnce(let cohort):
            "All firms are first treated in \(cohort) and none is left untreated, so there is no control group."
        case .noControlUnits(let group, let period):
            "Cohort \(group) in period \(period) has no control firms."
        case .propensityScoreFailed(let group, let period, let reason):
            "The propensity score of cohort \(group) against its controls in period \(period) could not be fitted: \(reason) Use fewer covariates or --method reg."
        case .singularOutcomeRegression(let group, let period):
            "The covariates of the controls of cohort \(group) in period \(period) are collinear (or too few controls), so the outcome regression has no unique fit; drop a covariate."
        case .clusterVariesWithinUnit(let unit, let column):
            "Firm '\(unit)' lies in more than one cluster of '\(column)'; clusters must contain whole firms."
        case .clusteringNeedsBootstrap(let column):
            "Clustering by '\(column)' needs the multiplier bootstrap (give --bootstrap N), as in R's did."
        case .clusteringNeedsBalancedPanel(let column):
            "Clustering by '\(column)' is available for balanced panels only; without --cluster the bootstrap draws one multiplier per firm (unbalanced panel) or per row (repeated cross-sections)."
        case .invalidReplications(let count):
            "The multiplier bootstrap needs at least 2 replications, got \(count)."
        case .overBudget(let error):
            error.description
        }
    }
}
