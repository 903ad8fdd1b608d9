/// Why a policy-effect estimate (difference-in-differences, event study, Sun–Abraham,
/// Goodman-Bacon decomposition, cost-effectiveness, wild cluster bootstrap) could not be
/// computed.
///
/// Each case carries the column, value or count that explains the failure; the
/// description is a whole sentence that says what to change.
public enum PolicyEffectError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A named column is absent or of the wrong kind.
    case table(TableError)
    /// Building the design from the formula failed.
    case formula(FormulaError)
    /// The regression (or its covariance) failed.
    case estimation(EstimationError)
    /// An indicator column holds a value other than 0 and 1.
    case notBinary(column: String, row: Int, value: Double)
    /// A column that must hold whole numbers (years, cohorts) holds a fraction.
    case nonIntegerValue(column: String, row: Int, value: Double)
    /// No observation belongs to the comparison (untreated) group.
    case noControlGroup(column: String)
    /// No observation belongs to the treated group.
    case noTreatedGroup(column: String)
    /// No observation is in the period before the policy.
    case noPrePeriod(column: String)
    /// No observation is in the period after the policy.
    case noPostPeriod(column: String)
    /// Clustered inference needs at least two clusters; the sample has `count`.
    case singleCluster(variable: String, count: Int)
    /// Every unit adopts in the same period and none is left untreated, so no unit can
    /// serve as a control.
    case allUnitsTreatedAtOnce(period: Int)
    /// The reference event time does not occur in the data.
    case referencePeriodAbsent(Int)
    /// The binning bounds are inconsistent (`lower` above the reference or `upper` below it).
    case invalidBinning(lower: Int?, upper: Int?, reference: Int)
    /// The panel must be balanced: `unit` is observed in `observed` of `expected` periods.
    case unbalancedPanel(unit: String, observed: Int, expected: Int)
    /// The same unit appears twice in one period.
    case duplicateObservation(unit: String, period: Int)
    /// A unit's cohort (first treated period) differs between its rows.
    case cohortVariesWithinUnit(unit: String)
    /// The term whose effect is wanted was dropped from the regression (collinear).
    case termNotEstimated(String)
    /// Total subsidy is zero (or negative), so no effect per 万元 can be formed.
    case noSubsidy(total: Double)
    /// A bootstrap setting is out of range (`reason` says which).
    case invalidBootstrap(reason: String)
    /// A covariate is a column the design already uses (`role`: outcome, treated indicator,
    /// post indicator).
    case covariateIsDesignColumn(String, role: String)
    /// The Callaway–Sant'Anna figure could not be estimated.
    case staggered(StaggeredError)

    /// The problem in one or two whole sentences.
    public var description: String {
        switch self {
        case let .table(error):
            return error.description
        case let .formula(error):
            return error.description
        case let .estimation(error):
            return error.description
        case let .notBinary(column, row, value):
            return "Column \(column) must hold 0 or 1, but row \(row + 1) holds \(value)."
        case let .nonIntegerValue(column, row, value):
            if value.isFinite, value.rounded() == value {
                return "Column \(column) holds \(value) in row \(row + 1), outside the periods accepted "
                    + "(whole numbers below 1,000,000,000 in size, such as years); check that the column holds years."
            }
            return "Column \(column) must hold whole numbers, but row \(row + 1) holds \(value)."
        case let .noControlGroup(column):
            return "There is no control group: every observation used has \(column) = 1, so the change without treatment cannot be estimated."
        case let .noTreatedGroup(column):
            return "There is no treated group: every observation used has \(column) = 0."
        case let .noPrePeriod(column):
            return "There is no pre-treatment period: every observation used has \(column) = 1."
        case let .noPostPeriod(column):
            return "There is no post-treatment period: every observation used has \(column) = 0."
        case let .singleCluster(variable, count):
            return "Clustered standard errors by \(variable) need at least 2 clusters, but the sample has \(count); choose another --vcov (for example hc1)."
        case let .allUnitsTreatedAtOnce(period):
            return "Every unit is first treated in \(period) and none is left untreated, so no unit can serve as a control."
        case let .referencePeriodAbsent(reference):
            return "The reference event time \(reference) does not occur among the treated units; choose another reference period."
        case let .invalidBinning(lower, upper, reference):
            let bounds = [lower.map { "lower bin \($0)" }, upper.map { "upper bin \($0)" }].compactMap { $0 }.joined(separator: " and ")
            return "The \(bounds) must enclose the reference event time \(reference) (lower ≤ reference ≤ upper)."
        case let .unbalancedPanel(unit, observed, expected):
            return "The panel must be balanced, but unit \(unit) is observed in \(observed) of \(expected) periods."
        case let .duplicateObservation(unit, period):
            return "Unit \(unit) appears more than once in period \(period)."
        case let .cohortVariesWithinUnit(unit):
            return "Unit \(unit) has different first-treatment periods (cohorts) in different rows."
        case let .termNotEstimated(term):
            return "The effect term \(term) was dropped as collinear with the fixed effects or other regressors, so no effect can be reported."
        case let .noSubsidy(total):
            return "The total subsidy is \(total) 万元; an effect per 万元 needs a positive total."
        case let .invalidBootstrap(reason):
            return "The bootstrap settings are invalid: \(reason)."
        case let .staggered(error):
            return error.description
        case let .covariateIsDesignColumn(column, role):
            return "The covariate '\(column)' is the design's \(role); a column cannot be both, so drop it from --covariates."
        }
    }
}

/// Runs a step that throws a lower-layer error, wrapping it as a `PolicyEffectError`.
@inline(__always)
func policyStep<T>(_ body: () throws -> T) throws(PolicyEffectError) -> T {
    do { return try body() } catch let error as PolicyEffectError { throw error } catch let error as TableError {
        throw .table(error)
    } catch let error as FormulaError { throw .formula(error) } catch let error as EstimationError {
        throw .estimation(error)
    } catch {
        preconditionFailure("unexpected error \(error)")
    }
}
