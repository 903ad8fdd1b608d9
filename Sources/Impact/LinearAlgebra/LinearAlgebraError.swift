/// Failures of the numeric core: bad input to a factorization, or a factorization that
/// LAPACK could not complete.
///
/// Every case names the routine (LAPACK or the Impact operation) so a message read far from
/// the call site still says what failed.
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An input matrix or vector held NaN or an infinity.
    case nonFiniteInput(routine: String, row: Int, column: Int)
    /// Dimensions of the operands do not fit together.
    case dimensionMismatch(routine: String, expected: String, found: String)
    /// The matrix given to a Cholesky factorization is not positive definite: the leading
    /// minor of the given order (1-based, as LAPACK reports it) is not positive.
    case notPositiveDefinite(order: Int)
    /// A triangular factor has an exactly zero diagonal element (1-based index), so the
    /// system is singular.
    case singular(routine: String, index: Int)
    /// LAPACK returned a non-zero `info` that has no more specific meaning above.
    case lapackFailure(routine: String, info: Int)
    /// A dimension does not fit in LAPACK's 32-bit integers.
    case dimensionTooLarge(routine: String, value: Int)

    /// The message as a whole sentence saying what went wrong and where.
    public var description: String {
        switch self {
        case let .nonFiniteInput(routine, row, column):
            return "The input to \(routine) holds a non-finite value (NaN or infinity) at row \(row + 1), column \(column + 1)."
        case let .dimensionMismatch(routine, expected, found):
            return "The operands of \(routine) do not fit: expected \(expected), found \(found)."
        case let .notPositiveDefinite(order):
            return "The matrix is not positive definite: its leading minor of order \(order) is not positive (LAPACK dpotrf)."
        case let .singular(routine, index):
            return "The triangular factor in \(routine) is singular: diagonal element \(index) is exactly zero."
        case let .lapackFailure(routine, info):
            return "LAPACK routine \(routine) failed with info = \(info)."
        case let .dimensionTooLarge(routine, value):
            return "A dimension of \(value) passed to \(routine) exceeds the 32-bit range LAPACK accepts."
        }
    }
}
