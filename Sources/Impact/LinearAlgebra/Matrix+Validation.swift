extension Matrix {
    /// Throws `LinearAlgebraError.nonFiniteInput` at the first NaN or infinity.
    ///
    /// Factorizations call this before handing storage to LAPACK, whose behaviour on
    /// non-finite input is undefined.
    public func requireFinite(routine: String) throws(LinearAlgebraError) {
        for (index, value) in storage.enumerated() where !value.isFinite {
            throw .nonFiniteInput(routine: routine, row: index % max(rows, 1),
                                  column: index / max(rows, 1))
        }
    }

    /// Throws unless the matrix is square, as the symmetric factorizations need.
    ///
    /// - Throws: ``LinearAlgebraError/dimensionMismatch(routine:expected:found:)`` naming
    ///   `routine` and the dimensions found.
    public func requireSquare(routine: String) throws(LinearAlgebraError) {
        guard rows == columns else {
            throw .dimensionMismatch(routine: routine, expected: "a square matrix", found: "\(rows) × \(columns)")
        }
    }
}
