/// Why a ``LinearProgram`` has no optimal solution.
public enum LinearProgramError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No point satisfies every constraint: phase one of the simplex method ended with a
    /// positive sum of artificial variables (`infeasibility`, the smallest it could reach).
    case infeasible(infeasibility: Double)
    /// The objective improves without limit along a feasible ray; `variable` is the
    /// (0-based, standard-form) column that entered with no leaving row.
    case unbounded(variable: Int)
    /// The simplex method did not finish within `iterations` pivots.
    case iterationLimit(iterations: Int)
    /// The constraint matrix and the bounds or the objective do not fit together.
    case dimensionMismatch(expected: String, found: String)
    /// An input held NaN or an infinity (`what` names the input).
    case nonFiniteInput(what: String)

    /// The message as a whole sentence.
    public var description: String {
        switch self {
        case let .infeasible(infeasibility):
            return "The linear program is infeasible: no point satisfies every constraint (phase one ended at \(infeasibility))."
        case let .unbounded(variable):
            return "The linear program is unbounded: its objective improves without limit along variable \(variable + 1)."
        case let .iterationLimit(iterations):
            return "The simplex method did not finish within \(iterations) pivots."
        case let .dimensionMismatch(expected, found):
            return "The linear program's inputs do not fit: expected \(expected), found \(found)."
        case let .nonFiniteInput(what):
            return "The linear program's \(what) holds a non-finite value (NaN or infinity)."
        }
    }
}
