import CBLAS

/// Eigenvalues and eigenvectors of a symmetric matrix, `A = V Λ Vᵀ` (LAPACK `dsyevd`).
///
/// Used to repair a two-way clustered covariance that is not positive semidefinite
/// (negative eigenvalues set to zero, as Cameron, Gelbach and Miller 2011 suggest).
public struct SymmetricEigendecomposition: Sendable {
    /// Eigenvalues in ascending order.
    public let eigenvalues: [Double]
    /// Orthonormal eigenvectors, one per column, in the order of `eigenvalues`.
    public let eigenvectors: Matrix

    /// Decomposes a symmetric matrix (its upper triangle is read).
    public init(_ matrix: Matrix) throws(LinearAlgebraError) {
        BLASThreads.configure()
        let routine = "dsyevd"
        try matrix.requireSquare(routine: routine)
        try matrix.requireFinite(routine: routine)
        var vectors = matrix
        var values = [Double](repeating: 0, count: matrix.rows)
        if matrix.rows > 0 {
            let n32 = try LapackBoundary.int32(matrix.rows, routine: routine)
            let info = vectors.storage.withUnsafeMutableBufferPointer { a in
                values.withUnsafeMutableBufferPointer { w in
                    LAPACKE_dsyevd(LapackBoundary.columnMajor, LapackBoundary.vectors,
                                   LapackBoundary.upper, n32, a.baseAddress, n32, w.baseAddress)
                }
            }
            if info != 0 { throw .lapackFailure(routine: routine, info: Int(info)) }
        }
        eigenvalues = values
        eigenvectors = vectors
    }

    /// `V max(Λ, 0) Vᵀ`: the nearest positive semidefinite matrix in the Frobenius norm.
    public func clippingNegativeEigenvalues() throws(LinearAlgebraError) -> Matrix {
        var scaled = eigenvectors
        let n = eigenvalues.count
        for j in 0..<n {
            let factor = max(eigenvalues[j], 0)
            for i in 0..<n { scaled[i, j] *= factor }
        }
        return try scaled.multiplied(by: eigenvectors, transposeOther: true)
    }
}
