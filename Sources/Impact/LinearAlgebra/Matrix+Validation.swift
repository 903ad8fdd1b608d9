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
}
