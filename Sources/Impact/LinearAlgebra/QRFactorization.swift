import CBLAS

/// The QR factorization `A P = Q R` of an `m × n` matrix with `m ≥ n`, by Householder
/// reflections (LAPACK `dgeqrf`, or `dgeqp3` with column pivoting).
///
/// Least squares through QR works on `A` itself rather than on `AᵀA`, so it loses half as
/// many digits to ill-conditioning as the normal equations do (the condition number enters
/// once, not squared). With pivoting, `|R₁₁| ≥ |R₂₂| ≥ …` and the numerical rank is the
/// number of diagonal elements above a relative tolerance. Without pivoting `P = I` and the
/// columns stay in their given order.
public struct QRFactorization: Sendable {
    /// Rows of the factorized matrix.
    public let rows: Int
    /// Columns of the factorized matrix.
    public let columns: Int
    /// LAPACK's compact form: `R` in the upper triangle, the Householder vectors below.
    let compact: Matrix
    /// Householder scalars τ.
    let reflectorScalars: [Double]
    /// Column permutation: column `j` of `A P` is column `permutation[j]` of `A` (0-based).
    public let permutation: [Int]

    /// Factorizes `matrix` (which must have at least as many rows as columns).
    ///
    /// - Parameters:
    ///   - matrix: the matrix `A`, finite. Passed as its last use (`consume`), its storage
    ///     is factorized in place without a copy.
    ///   - pivoting: pivot columns for rank detection (`dgeqp3`); default `false` keeps the
    ///     column order (`dgeqrf`).
    public init(_ matrix: consuming Matrix, pivoting: Bool = false) throws(LinearAlgebraError) {
        BLASThreads.configure()
        let routine = pivoting ? "dgeqp3" : "dgeqrf"
        guard matrix.rows >= matrix.columns else {
            throw .dimensionMismatch(routine: routine, expected: "at least as many rows as columns",
                                     found: "\(matrix.rows) × \(matrix.columns)")
        }
        try matrix.requireFinite(routine: routine)
        let m = matrix.rows, n = matrix.columns
        var a = consume matrix
        var tau = [Double](repeating: 0, count: n)
        var pivots = [Int32](repeating: 0, count: n)
        if m > 0, n > 0 {
            let m32 = try LapackBoundary.int32(m, routine: routine)
            let n32 = try LapackBoundary.int32(n, routine: routine)
            let info = a.storage.withUnsafeMutableBufferPointer { aPointer in
                tau.withUnsafeMutableBufferPointer { tauPointer in
                    pivots.withUnsafeMutableBufferPointer { pivotPointer in
                        pivoting
                            ? LAPACKE_dgeqp3(LapackBoundary.columnMajor, m32, n32, aPointer.baseAddress,
                                             m32, pivotPointer.baseAddress, tauPointer.baseAddress)
                            : LAPACKE_dgeqrf(LapackBoundary.columnMajor, m32, n32, aPointer.baseAddress,
                                             m32, tauPointer.baseAddress)
                    }
                }
            }
            if info != 0 { throw .lapackFailure(routine: routine, info: Int(info)) }
        }
        rows = m
        columns = n
        compact = a
        reflectorScalars = tau
        permutation = pivoting ? pivots.map { Int($0) - 1 } : Array(0..<n)
    }

    /// The `n × n` upper triangular factor `R`.
    public var upperFactor: Matrix {
        var r = Matrix(rows: columns, columns: columns)
        for j in 0..<columns { for i in 0...j { r[i, j] = compact[i, j] } }
        return r
    }

    /// Absolute values of the diagonal of `R`.
    public var diagonalMagnitudes: [Double] { (0..<columns).map { abs(compact[$0, $0]) } }

    /// Numerical rank: the number of diagonal elements of `R` with
    /// `|Rⱼⱼ| > relativeTolerance · |R₁₁|`. Meaningful with pivoting, where the diagonal
    /// is non-increasing in magnitude.
    ///
    /// - Parameter relativeTolerance: default `1e-10`.
    public func rank(relativeTolerance: Double = 1e-10) -> Int {
        let magnitudes = diagonalMagnitudes
        guard let first = magnitudes.first, first > 0 else { return 0 }
        return magnitudes.prefix { $0 > relativeTolerance * first }.count
    }

    /// `Qᵀ b` for a vector of length `rows` (LAPACK `dormqr`).
    public func transposeQTimes(_ vector: [Double]) throws(LinearAlgebraError) -> [Double] {
        BLASThreads.configure()
        let routine = "dormqr"
        guard vector.count == rows else {
            throw .dimensionMismatch(routine: routine, expected: "vector of length \(rows)",
                                     found: "length \(vector.count)")
        }
        try Matrix(rows: rows, columns: 1, storage: vector).requireFinite(routine: routine)
        var c = vector
        guard rows > 0, columns > 0 else { return c }
        let m32 = try LapackBoundary.int32(rows, routine: routine)
        let k32 = try LapackBoundary.int32(columns, routine: routine)
        let info = compact.storage.withUnsafeBufferPointer { a in
            reflectorScalars.withUnsafeBufferPointer { tau in
                c.withUnsafeMutableBufferPointer { cPointer in
                    LAPACKE_dormqr(LapackBoundary.columnMajor, LapackBoundary.left,
                                   LapackBoundary.transpose, m32, 1, k32, a.baseAddress, m32,
                                   tau.baseAddress, cPointer.baseAddress, m32)
                }
            }
        }
        if info != 0 { throw .lapackFailure(routine: routine, info: Int(info)) }
        return c
    }

    /// The least-squares solution of `min ‖A x − b‖₂` for a full-rank `A`: `R x' = (Qᵀb)₁…ₙ`
    /// by back substitution, then `x = P x'`.
    ///
    /// - Throws: `.singular` when a diagonal element of `R` is exactly zero.
    public func solveLeastSquares(_ vector: [Double]) throws(LinearAlgebraError) -> [Double] {
        let qtb = try transposeQTimes(vector)
        let head = Matrix(rows: columns, columns: 1, storage: Array(qtb.prefix(columns)))
        let permuted = try upperFactor.solveTriangular(head, upper: true).storage
        var solution = [Double](repeating: 0, count: columns)
        for (j, original) in permutation.enumerated() { solution[original] = permuted[j] }
        return solution
    }
}
