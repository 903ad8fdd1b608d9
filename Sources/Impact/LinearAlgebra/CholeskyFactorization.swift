import CBLAS

/// The Cholesky factorization `A = Rᵀ R` of a symmetric positive definite matrix, with `R`
/// upper triangular (LAPACK `dpotrf`).
///
/// Use it to solve `A x = b` (`dpotrs`) and to form `A⁻¹` when the inverse itself is the
/// quantity wanted, such as the "bread" `(XᵀX)⁻¹` of a covariance sandwich (`dpotri`).
/// Systems are always solved through the factor, never by multiplying with an inverse.
public struct CholeskyFactorization: Sendable {
    /// Order of the matrix.
    public let order: Int
    /// The factor `R` (upper triangle; the strict lower triangle is zero).
    public let upperFactor: Matrix

    /// Factorizes a symmetric positive definite matrix (only its upper triangle is read).
    ///
    /// - Throws: `LinearAlgebraError.nonFiniteInput`, `.dimensionMismatch` for a
    ///   non-square matrix, `.notPositiveDefinite(order:)` with the order of the first
    ///   leading minor that is not positive.
    public init(_ matrix: Matrix) throws(LinearAlgebraError) {
        BLASThreads.configure()
        let routine = "dpotrf"
        try matrix.requireSquare(routine: routine)
        try matrix.requireFinite(routine: routine)
        var factor = matrix
        let n = matrix.rows
        if n > 0 {
            let n32 = try LapackBoundary.int32(n, routine: routine)
            let info = factor.storage.withUnsafeMutableBufferPointer { a in
                LAPACKE_dpotrf(LapackBoundary.columnMajor, LapackBoundary.upper, n32,
                               a.baseAddress, n32)
            }
            if info > 0 { throw .notPositiveDefinite(order: Int(info)) }
            if info < 0 { throw .lapackFailure(routine: routine, info: Int(info)) }
        }
        for j in 0..<n { for i in (j + 1)..<max(n, j + 1) { factor[i, j] = 0 } }
        order = n
        upperFactor = factor
    }

    /// Solves `A X = B` for `X` (LAPACK `dpotrs`).
    public func solve(_ rightHandSide: Matrix) throws(LinearAlgebraError) -> Matrix {
        BLASThreads.configure()
        let routine = "dpotrs"
        guard rightHandSide.rows == order else {
            throw .dimensionMismatch(routine: routine, expected: "\(order) rows",
                                     found: "\(rightHandSide.rows)")
        }
        try rightHandSide.requireFinite(routine: routine)
        var solution = rightHandSide
        guard order > 0, rightHandSide.columns > 0 else { return solution }
        let n32 = try LapackBoundary.int32(order, routine: routine)
        let nrhs = try LapackBoundary.int32(rightHandSide.columns, routine: routine)
        let info = upperFactor.storage.withUnsafeBufferPointer { a in
            solution.storage.withUnsafeMutableBufferPointer { b in
                LAPACKE_dpotrs(LapackBoundary.columnMajor, LapackBoundary.upper, n32, nrhs,
                               a.baseAddress, n32, b.baseAddress, n32)
            }
        }
        if info != 0 { throw .lapackFailure(routine: routine, info: Int(info)) }
        return solution
    }

    /// Solves `A x = b` for a single right-hand side.
    public func solve(_ vector: [Double]) throws(LinearAlgebraError) -> [Double] {
        try solve(Matrix(rows: vector.count, columns: 1, storage: vector)).storage
    }

    /// The inverse `A⁻¹ = R⁻¹ R⁻ᵀ` (LAPACK `dpotri`), symmetric with both triangles filled.
    public func inverse() throws(LinearAlgebraError) -> Matrix {
        BLASThreads.configure()
        let routine = "dpotri"
        var result = upperFactor
        guard order > 0 else { return result }
        let n32 = try LapackBoundary.int32(order, routine: routine)
        let info = result.storage.withUnsafeMutableBufferPointer { a in
            LAPACKE_dpotri(LapackBoundary.columnMajor, LapackBoundary.upper, n32, a.baseAddress, n32)
        }
        if info > 0 { throw .singular(routine: routine, index: Int(info)) }
        if info < 0 { throw .lapackFailure(routine: routine, info: Int(info)) }
        result.symmetrizeFromUpper()
        return result
    }
}

extension CholeskyFactorization {
    /// Wraps an upper triangular factor computed elsewhere, such as the `R` of a QR
    /// factorization of `X` (then `XᵀX = RᵀR`), so that `inverse()` gives `(XᵀX)⁻¹`
    /// without ever forming `XᵀX`.
    ///
    /// - Throws: `.dimensionMismatch` when the factor is not square, `.singular` when a
    ///   diagonal element is exactly zero.
    public init(upperFactor: Matrix) throws(LinearAlgebraError) {
        guard upperFactor.rows == upperFactor.columns else {
            throw .dimensionMismatch(routine: "CholeskyFactorization(upperFactor:)",
                                     expected: "a square factor",
                                     found: "\(upperFactor.rows) × \(upperFactor.columns)")
        }
        for i in 0..<upperFactor.rows where upperFactor[i, i] == 0 {
            throw .singular(routine: "CholeskyFactorization(upperFactor:)", index: i + 1)
        }
        var factor = upperFactor
        let n = factor.rows
        for j in 0..<n { for i in (j + 1)..<max(n, j + 1) { factor[i, j] = 0 } }
        self.order = n
        self.upperFactor = factor
    }
}
