import CBLAS

/// Matrix products through OpenBLAS (`dgemm`, `dsyrk`, `dgemv`).
///
/// Every function guards empty dimensions before calling BLAS (BLAS requires leading
/// dimensions ≥ 1 and some implementations read the pointer even for empty operands) and
/// converts dimensions to 32-bit integers with a check.
extension Matrix {
    /// The product `op(self) · op(other)` where `op` optionally transposes (BLAS `dgemm`).
    ///
    /// - Parameters:
    ///   - other: the right operand.
    ///   - transposeSelf: use `selfᵀ` (default `false`).
    ///   - transposeOther: use `otherᵀ` (default `false`).
    public func multiplied(by other: Matrix, transposeSelf: Bool = false,
                           transposeOther: Bool = false) throws(LinearAlgebraError) -> Matrix {
        BLASThreads.configure()
        let routine = "dgemm"
        let m = transposeSelf ? columns : rows
        let inner = transposeSelf ? rows : columns
        let otherInner = transposeOther ? other.columns : other.rows
        let n = transposeOther ? other.rows : other.columns
        guard inner == otherInner else {
            throw .dimensionMismatch(routine: routine, expected: "inner dimension \(inner)",
                                     found: "\(otherInner)")
        }
        var result = Matrix(rows: m, columns: n)
        guard m > 0, n > 0, inner > 0 else { return result }
        let m32 = try LapackBoundary.int32(m, routine: routine)
        let n32 = try LapackBoundary.int32(n, routine: routine)
        let k32 = try LapackBoundary.int32(inner, routine: routine)
        let lda = try LapackBoundary.leadingDimension(rows, routine: routine)
        let ldb = try LapackBoundary.leadingDimension(other.rows, routine: routine)
        let ldc = try LapackBoundary.leadingDimension(m, routine: routine)
        storage.withUnsafeBufferPointer { a in
            other.storage.withUnsafeBufferPointer { b in
                result.storage.withUnsafeMutableBufferPointer { c in
                    cblas_dgemm(CblasColMajor, transposeSelf ? CblasTrans : CblasNoTrans,
                                transposeOther ? CblasTrans : CblasNoTrans,
                                m32, n32, k32, 1.0, a.baseAddress, lda, b.baseAddress, ldb,
                                0.0, c.baseAddress, ldc)
                }
            }
        }
        return result
    }

    /// The Gram matrix `selfᵀ · self` (BLAS `dsyrk`), returned with both triangles filled.
    public func gram() throws(LinearAlgebraError) -> Matrix {
        BLASThreads.configure()
        let routine = "dsyrk"
        var result = Matrix(rows: columns, columns: columns)
        guard rows > 0, columns > 0 else { return result }
        let n32 = try LapackBoundary.int32(columns, routine: routine)
        let k32 = try LapackBoundary.int32(rows, routine: routine)
        let lda = try LapackBoundary.leadingDimension(rows, routine: routine)
        storage.withUnsafeBufferPointer { a in
            result.storage.withUnsafeMutableBufferPointer { c in
                cblas_dsyrk(CblasColMajor, CblasUpper, CblasTrans, n32, k32, 1.0,
                            a.baseAddress, lda, 0.0, c.baseAddress, n32)
            }
        }
        result.symmetrizeFromUpper()
        return result
    }

    /// The product `op(self) · vector` (BLAS `dgemv`); `transpose` gives `selfᵀ · vector`.
    public func times(_ vector: [Double], transpose: Bool = false) throws(LinearAlgebraError) -> [Double] {
        BLASThreads.configure()
        let routine = "dgemv"
        let expected = transpose ? rows : columns
        guard vector.count == expected else {
            throw .dimensionMismatch(routine: routine, expected: "vector of length \(expected)",
                                     found: "length \(vector.count)")
        }
        var result = [Double](repeating: 0, count: transpose ? columns : rows)
        guard rows > 0, columns > 0 else { return result }
        let m32 = try LapackBoundary.int32(rows, routine: routine)
        let n32 = try LapackBoundary.int32(columns, routine: routine)
        let lda = try LapackBoundary.leadingDimension(rows, routine: routine)
        storage.withUnsafeBufferPointer { a in
            vector.withUnsafeBufferPointer { x in
                result.withUnsafeMutableBufferPointer { y in
                    cblas_dgemv(CblasColMajor, transpose ? CblasTrans : CblasNoTrans, m32, n32,
                                1.0, a.baseAddress, lda, x.baseAddress, 1, 0.0, y.baseAddress, 1)
                }
            }
        }
        return result
    }

    /// Copies the upper triangle of a square matrix onto its lower triangle.
    mutating func symmetrizeFromUpper() {
        precondition(rows == columns, "symmetrize needs a square matrix")
        for j in 0..<columns {
            for i in (j + 1)..<max(rows, j + 1) { storage[i + j * rows] = storage[j + i * rows] }
        }
    }
}
