extension CollinearityScreen {
    /// The screen's choices with the least-squares solution of the kept columns.
    struct Solution {
        /// Positions (in the candidate columns) kept, in order.
        let kept: [Int]
        /// Positions dropped, in order.
        let dropped: [Int]
        /// `θ` minimizing `‖y − Zθ‖`, `Z` the kept columns scaled to unit norm.
        let theta: [Double]
        /// `R` with `ZᵀZ = RᵀR` (upper triangular).
        let upperFactor: Matrix
    }

    /// Pivots must exceed their drop threshold by this factor for the Gram route to be
    /// trusted: then rounding in `ZᵀZ` cannot move any of them across it.
    static let gramPivotMargin = 1e3
    /// The smallest reciprocal condition estimate of `R` (``CholeskyFactorization/reciprocalConditionEstimate()``)
    /// for which the normal equations are used: `κ₁(R) ≤ 50`, so `κ(ZᵀZ) ≲ 2500` and the
    /// solution keeps about twelve significant digits, as the QR route does on the NIST
    /// Longley design (which is worse conditioned and so goes the QR way).
    static let gramMinimumReciprocalCondition = 0.02

    /// The screen and solution by the normal equations, for unweighted working columns
    /// (`working`: the candidates, all of its columns; `response` apart): one pass over the data forms `WᵀW`
    /// (BLAS `dsyrk`, no n × k copy) and one more `Wᵀy` (BLAS `dgemv`), the kept block
    /// scaled to unit norms is Cholesky-factorized, `R` plays the part of the QR factor's
    /// and `θ` solves `ZᵀZ θ = Zᵀy`.
    ///
    /// Returns `nil` — the caller then runs the QR screen (``init(working:candidateCount:rawNorms:workingNorms:sqrtWeights:tolerance:)``)
    /// — whenever the answer could differ from it: when the Cholesky factorization fails,
    /// when a pivot `|Rⱼⱼ| · ‖working‖` is within ``gramPivotMargin`` of the drop threshold
    /// `τ · ‖raw‖` (a column might be collinear), or when `R` is ill-conditioned
    /// (``gramMinimumReciprocalCondition``). Otherwise every pivot is far above its
    /// threshold, no column is dropped by the QR rule either, and the two screens agree.
    static func byNormalEquations(working: Matrix, response: [Double], rawNorms: [Double],
                                  workingNorms: [Double], tolerance: Double) throws(EstimationError) -> Solution? {
        precondition(response.count == working.rows, "the response has one value per working row")
        let (kept, dropped) = prescreen(candidateCount: working.columns, rawNorms: rawNorms,
                                        workingNorms: workingNorms, tolerance: tolerance)
        guard !kept.isEmpty else { return nil }
        let gram = try numeric { () throws(LinearAlgebraError) in try working.gram() }
        let crossProducts = try numeric { () throws(LinearAlgebraError) in try working.times(response, transpose: true) }
        var block = Matrix(rows: kept.count, columns: kept.count)
        var projection = [Double](repeating: 0, count: kept.count)
        for (a, i) in kept.enumerated() {
            projection[a] = crossProducts[i] / workingNorms[i]
            for (b, j) in kept.enumerated() { block[a, b] = gram[i, j] / (workingNorms[i] * workingNorms[j]) }
        }
        guard let cholesky = try? CholeskyFactorization(block) else { return nil }
        let factor = cholesky.upperFactor
        for (a, i) in kept.enumerated()
        where abs(factor[a, a]) * workingNorms[i] < gramPivotMargin * tolerance * rawNorms[i] {
            return nil
        }
        guard let condition = try? cholesky.reciprocalConditionEstimate(),
              condition >= gramMinimumReciprocalCondition else { return nil }
        let theta = try numeric { () throws(LinearAlgebraError) in try cholesky.solve(projection) }
        return Solution(kept: kept, dropped: dropped, theta: theta, upperFactor: factor)
    }
}
