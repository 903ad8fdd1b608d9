import CBLAS

extension CholeskyFactorization {
    /// An estimate of the reciprocal condition number of the factor `R` in the 1-norm,
    /// `1 / (‖R‖₁ ‖R⁻¹‖₁)` (LAPACK `dtrcon`), in `[0, 1]`: near 1 for a well-conditioned
    /// matrix, near 0 for a nearly singular one. The factored matrix `A = RᵀR` has
    /// `κ₂(A) = κ₂(R)²`, so a solve through the normal equations loses about twice as many
    /// digits as this figure's logarithm says.
    ///
    /// Conventions: LAPACK's estimate (Higham's 1-norm estimator), exact to within a small
    /// factor; 1 for an empty matrix.
    public func reciprocalConditionEstimate() throws(LinearAlgebraError) -> Double {
        BLASThreads.configure()
        let routine = "dtrcon"
        guard order > 0 else { return 1 }
        let n32 = try LapackBoundary.int32(order, routine: routine)
        var estimate = 0.0
        let info = upperFactor.storage.withUnsafeBufferPointer { a in
            LAPACKE_dtrcon(LapackBoundary.columnMajor, LapackBoundary.oneNorm, LapackBoundary.upper,
                           LapackBoundary.nonUnitDiagonal, n32, a.baseAddress, n32, &estimate)
        }
        if info != 0 { throw .lapackFailure(routine: routine, info: Int(info)) }
        return estimate
    }
}
