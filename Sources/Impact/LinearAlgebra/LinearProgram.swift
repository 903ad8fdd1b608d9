/// A linear program
///
///     minimise (or maximise)  cᵀx
///     subject to              A_ub x ≤ b_ub,   A_eq x = b_eq,
///                             x_j ≥ 0 for the non-negative variables, x_j free otherwise,
///
/// solved by ``solve()`` with the two-phase dense-tableau simplex method (Bland's rule, so
/// it cannot cycle). Meant for the small programs of the sensitivity analyses (a few dozen
/// variables and constraints); the cost of a pivot is O(rows × columns).
///
/// Conventions: as `scipy.optimize.linprog` and GLPK, except that variables are free
/// unless listed as non-negative (HonestDiD's programs are mostly over free δ).
public struct LinearProgram: Sendable {
    /// Whether the objective is minimised or maximised.
    public enum Sense: Sendable, Equatable {
        /// Minimise cᵀx.
        case minimize
        /// Maximise cᵀx.
        case maximize
    }

    /// The objective coefficients c (one per variable).
    public let objective: [Double]
    /// Minimise or maximise.
    public let sense: Sense
    /// Rows of A_ub (each of length `objective.count`).
    public let inequalityRows: [[Double]]
    /// b_ub, one per inequality row.
    public let inequalityBounds: [Double]
    /// Rows of A_eq.
    public let equalityRows: [[Double]]
    /// b_eq, one per equality row.
    public let equalityBounds: [Double]
    /// For each variable, whether it is constrained to be ≥ 0 (else it is free).
    public let nonNegative: [Bool]

    /// Creates a program. `nonNegative` defaults to every variable free.
    public init(objective: [Double], sense: Sense = .minimize,
                inequalityRows: [[Double]] = [], inequalityBounds: [Double] = [],
                equalityRows: [[Double]] = [], equalityBounds: [Double] = [],
                nonNegative: [Bool]? = nil) {
        self.objective = objective
        self.sense = sense
        self.inequalityRows = inequalityRows
        self.inequalityBounds = inequalityBounds
        self.equalityRows = equalityRows
        self.equalityBounds = equalityBounds
        self.nonNegative = nonNegative ?? Array(repeating: false, count: objective.count)
    }
}

/// An optimal solution of a ``LinearProgram``.
public struct LinearProgramSolution: Sendable, Equatable {
    /// The optimal point x (one value per variable of the program).
    public let point: [Double]
    /// The optimal objective value cᵀx (in the program's sense).
    public let value: Double
}
