import CBLAS

/// Singular values of a matrix by divide and conquer (LAPACK `dgesdd`, values only).
///
/// Used for condition numbers: `κ₂(A) = σ_max / σ_min`, the factor by which relative
/// errors in the data can grow in a least-squares solution (squared for the normal
/// equations).
public struct SingularValueDecomposition: Sendable {
    /// Singular values in non-increasing order (`min(rows, columns)` of them).
    public let singularValues: [Double]

    /// Computes the singular values of `matrix`.
    public init(_ matrix: Matrix) throws(LinearAlgebraError) {
        BLASThreads.configure()
        let routine = "dgesdd"
        try matrix.requireFinite(routine: routine)
        let count = min(matrix.rows, matrix.columns)
        var values = [Double](repeating: 0, count: count)
        if count > 0 {
            var a = matrix
            let m32 = try LapackBoundary.int32(matrix.rows, routine: routine)
            let n32 = try LapackBoundary.int32(matrix.columns, routine: routine)
            let lda = try LapackBoundary.leadingDimension(matrix.rows, routine: routine)
            let one: Int32 = 1
            let info = a.storage.withUnsafeMutableBufferPointer { aPointer in
                values.withUnsafeMutableBufferPointer { s in
                    LAPACKE_dgesdd(LapackBoundary.columnMajor, LapackBoundary.noTranspose, m32, n32,
                                   aPointer.baseAddress, lda, s.baseAddress, nil, one, nil, one)
                }
            }
            if info != 0 { throw .lapackFailure(routine: routine, info: Int(info)) }
        }
        singularValues = values
    }

    /// The 2-norm condition number `σ_max / σ_min`; infinity for a singular matrix and
    /// 1 for an empty one.
    public var conditionNumber: Double {
        guard let largest = singularValues.first, let smallest = singularValues.last else { return 1 }
        return smallest == 0 ? .infinity : largest / smallest
    }
}
