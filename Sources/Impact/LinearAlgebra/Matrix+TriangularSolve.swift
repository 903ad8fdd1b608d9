import CBLAS

extension Matrix {
    /// Solves `op(T) X = B` for a triangular `T = self` by substitution (LAPACK `dtrtrs`).
    ///
    /// - Parameters:
    ///   - rightHandSide: `B`, with as many rows as `T`.
    ///   - upper: whether `T` is upper (default) or lower triangular; the other triangle is
    ///     not read.
    ///   - transpose: solve with `Tᵀ` instead of `T` (default `false`).
    /// - Throws: `.singular` with the (1-based) index of an exactly zero diagonal element.
    public func solveTriangular(_ rightHandSide: Matrix, upper: Bool = true,
                                transpose: Bool = false) throws(LinearAlgebraError) -> Matrix {
        BLASThreads.configure()
        let routine = "dtrtrs"
        guard rows == columns, rightHandSide.rows == rows else {
            throw .dimensionMismatch(routine: routine, expected: "a square \(rows)-row system",
                                     found: "\(rows) × \(columns) with \(rightHandSide.rows) rows")
        }
        try requireFinite(routine: routine)
        try rightHandSide.requireFinite(routine: routine)
        var solution = rightHandSide
        guard rows > 0, rightHandSide.columns > 0 else { return solution }
        let n32 = try LapackBoundary.int32(rows, routine: routine)
        let nrhs = try LapackBoundary.int32(rightHandSide.columns, routine: routine)
        let info = storage.withUnsafeBufferPointer { a in
            solution.storage.withUnsafeMutableBufferPointer { b in
                LAPACKE_dtrtrs(LapackBoundary.columnMajor,
                               upper ? LapackBoundary.upper : LapackBoundary.lower,
                               transpose ? LapackBoundary.transpose : LapackBoundary.noTranspose,
                               LapackBoundary.nonUnitDiagonal, n32, nrhs, a.baseAddress, n32,
                               b.baseAddress, n32)
            }
        }
        if info > 0 { throw .singular(routine: routine, index: Int(info)) }
        if info < 0 { throw .lapackFailure(routine: routine, info: Int(info)) }
        return solution
    }
}
