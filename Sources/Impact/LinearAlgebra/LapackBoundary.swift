import CBLAS

/// Helpers for the C boundary: checked integer conversion and the character arguments
/// LAPACKE expects, named once so that no call site passes a magic number.
enum LapackBoundary {
    /// `'U'`: use or produce the upper triangle.
    static let upper = CChar(UInt8(ascii: "U"))
    /// `'L'`: use or produce the lower triangle.
    static let lower = CChar(UInt8(ascii: "L"))
    /// `'N'`: no transpose / no vectors.
    static let noTranspose = CChar(UInt8(ascii: "N"))
    /// `'T'`: transpose.
    static let transpose = CChar(UInt8(ascii: "T"))
    /// `'L'` as a side argument: apply from the left.
    static let left = CChar(UInt8(ascii: "L"))
    /// `'V'`: compute vectors.
    static let vectors = CChar(UInt8(ascii: "V"))
    /// `'N'` as a `diag` argument: the triangular matrix does not have a unit diagonal.
    static let nonUnitDiagonal = CChar(UInt8(ascii: "N"))
    /// `'1'` as a `norm` argument: the 1-norm (largest absolute column sum).
    static let oneNorm = CChar(UInt8(ascii: "1"))
    /// Column-major layout for LAPACKE.
    static let columnMajor = Int32(LAPACK_COL_MAJOR)

    /// Converts a dimension to LAPACK's 32-bit integer or throws.
    static func int32(_ value: Int, routine: String) throws(LinearAlgebraError) -> Int32 {
        guard let converted = Int32(exactly: value) else {
            throw .dimensionTooLarge(routine: routine, value: value)
        }
        return converted
    }

    /// Leading dimension for a column-major matrix: at least 1 even when it has no rows.
    static func leadingDimension(_ rows: Int, routine: String) throws(LinearAlgebraError) -> Int32 {
        try int32(max(rows, 1), routine: routine)
    }
}
