/// Errors of the propensity-score estimators (weighting, matching, balance).
public enum PropensityError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A named column is absent or of the wrong kind.
    case table(TableError)
    /// The propensity formula could not be applied to the table.
    case design(FormulaError)
    /// The propensity logit failed (separation, non-convergence, …).
    case logit(LogitError)
    /// The treatment indicator holds a value other than 0 or 1 (table row, 0-based).
    case treatmentNotBinary(value: Double, row: Int)
    /// No treated unit, or no control unit, is left.
    case emptyGroup(treated: Int, controls: Int)
    /// The treated and control propensity ranges do not overlap.
    case noCommonSupport(treatedRange: ClosedRange<Double>, controlRange: ClosedRange<Double>)
    /// A propensity score lies outside (0, 1) (observation index, 0-based).
    case propensityOutOfRange(value: Double, observation: Int)
    /// No treated unit has a control within the caliper.
    case noMatchesWithinCaliper(caliper: Double)
    /// The number of neighbours must be at least 1.
    case invalidNeighborCount(Int)
    /// The caliper must be positive.
    case invalidCaliper(Double)

    /// The message as a whole sentence saying what went wrong and where.
    public var description: String {
        switch self {
        case .table(let error):
            "\(error)."
        case .design(let error):
            "\(error)"
        case .logit(let error):
            "The propensity-score logit failed: \(error)"
        case .treatmentNotBinary(let value, let row):
            "The treatment indicator must be 0 or 1, but data row \(row + 1) holds \(value)."
        case .emptyGroup(let treated, let controls):
            "Propensity methods need treated and control units; there are \(treated) treated and \(controls) control units."
        case .noCommonSupport(let treated, let controls):
            "The propensity scores of treated units (\(treated.lowerBound)–\(treated.upperBound)) and controls (\(controls.lowerBound)–\(controls.upperBound)) do not overlap, so there is no common support."
        case .propensityOutOfRange(let value, let observation):
            "Propensity score \(value) of observation \(observation + 1) lies outside (0, 1)."
        case .noMatchesWithinCaliper(let caliper):
            "No treated unit has a control whose propensity score is within the caliper \(caliper); widen the caliper."
        case .invalidNeighborCount(let count):
            "The number of matched neighbours must be at least 1, got \(count)."
        case .invalidCaliper(let caliper):
            "The caliper must be a positive number, got \(caliper)."
        }
    }
}
