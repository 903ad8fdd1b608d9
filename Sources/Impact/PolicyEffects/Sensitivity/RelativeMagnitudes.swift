/// Robust confidence sets under relative-magnitude bounds Δ^RM(M̄) (Rambachan–Roth 2023,
/// section 2.4.1): every post-period change of the trend violation is at most M̄ times the
/// largest pre-period change,
///
///     |δ_{t+1} − δ_t| ≤ M̄ · max_{s<0} |δ_{s+1} − δ_s|   for t ≥ 0.
///
/// Δ^RM is a union over which pre-period change s is largest and its sign; for each the set
/// is a polyhedron A δ ≤ 0 and the confidence set is the union of the hybrid test's
/// acceptance regions over a grid of θ.
///
/// Conventions: HonestDiD's `computeConditionalCS_DeltaRM` with `hybrid_flag = "LF"` and
/// `postPeriodMomentsOnly = TRUE`: the tests use the moments that involve post-periods; θ is
/// tested on `gridPoints` equally spaced values of [−20·se(θ̂), 20·se(θ̂)]; the interval
/// reported runs from the smallest to the largest accepted value.
enum RelativeMagnitudes {
    /// The constraint rows A (each over the pre- and post-period coefficients, reference
    /// dropped) of Δ^RM_{s,±}(M̄): first differences of (δ_pre, 0, δ_post) bounded in
    /// absolute value by the difference ending at s (signed by `positive`), times 1 before
    /// treatment and M̄ after; rows that vanish are dropped.
    static func constraints(pre: Int, post: Int, mbar: Double, s: Int, positive: Bool) -> [[Double]] {
        let width = pre + post + 1
        var maximal = [Double](repeating: 0, count: width)
        maximal[pre + s - 1] = positive ? -1 : 1
        maximal[pre + s] = positive ? 1 : -1
        var rows: [[Double]] = []
        for sign in [1.0, -1.0] {
            for r in 0..<(pre + post) {
                var row = [Double](repeating: 0, count: width)
                row[r] = -sign
                row[r + 1] = sign
                let bound = r < pre ? 1 : mbar
                for j in 0..<width { row[j] -= bound * maximal[j] }
                if row.reduce(0, { $0 + $1 * $1 }) > 1e-10 { rows.append(row) }
            }
        }
        return rows.map { row in Array(row[..<pre]) + Array(row[(pre + 1)...]) }
    }

    /// The rows that involve a post-period coefficient.
    static func postPeriodRows(_ rows: [[Double]], pre: Int) -> [Int] {
        rows.indices.filter { i in rows[i][pre...].contains { $0 != 0 } }
    }

    /// The accepted θ values of the grid for one M̄: `accepted[i]` for `grid[i]`.
    // Long: the two cases (with and without nuisance) share the loop over s and sign.
    static func acceptance(_ coefficients: EventStudyCoefficients, weights: [Double], mbar: Double,
                           grid: [Double], specification: ParallelTrendsSensitivitySpecification) -> [Bool] {
        let pre = coefficients.preperiodCount, post = coefficients.postperiodCount
        let beta = coefficients.estimates
        let sigma = DenseAlgebra.rows(coefficients.covariance)
        var accepted = [Bool](repeating: false, count: grid.count)
        let basis = NuisanceBasis(weights: weights)
        for s in (-(pre - 1))...0 {
            for positive in [true, false] {
                let all = constraints(pre: pre, post: post, mbar: mbar, s: s, positive: positive)
                let rows = postPeriodRows(all, pre: pre)
                let seed = specification.seed
                if post == 1 {
                    let a = rows.map { all[$0] }
                    let test = MomentTestWithoutNuisance(constraints: a, covariance: sigma, alpha: specification.alpha,
                                                         kappa: specification.hybridKappa,
                                                         simulations: specification.simulations, seed: seed)
                    for (i, theta) in grid.enumerated() where !accepted[i] {
                        var y = beta
                        y[pre] -= theta
                        accepted[i] = !test.rejects(y)
                    }
                    continue
                }
                // Reparametrise τ_post = Γ⁻¹(θ, nuisance): A_post Γ⁻¹ = [a₁, X].
                let transformed = all.map { basis.transform(Array($0[pre...])) }
                let y = DenseAlgebra.times(all, beta)
                let sigmaY = DenseAlgebra.sandwich(all, sigma)
                let test = NuisanceMomentTest(
                    nuisance: rows.map { Array(transformed[$0].dropFirst()) },
                    covariance: DenseAlgebra.submatrix(sigmaY, rows), alpha: specification.alpha,
                    kappa: specification.hybridKappa, simulations: specification.simulations, seed: seed)
                for (i, theta) in grid.enumerated() where !accepted[i] {
                    accepted[i] = !test.rejects(rows.map { y[$0] - transformed[$0][0] * theta })
                }
            }
        }
        return accepted
    }
}

/// The change of basis Γ = [lᵀ; e_jᵀ for j ≠ j*] (j* the last non-zero entry of l) that
/// makes θ = lᵀτ the first coordinate; the others are the nuisance. As HonestDiD's
/// `.construct_Gamma` (the pivot columns of rref([l, I])).
struct NuisanceBasis {
    let weights: [Double]
    let last: Int

    init(weights: [Double]) {
        self.weights = weights
        last = weights.lastIndex { $0 != 0 } ?? 0
    }

    /// A row a (over the post-periods) in the new coordinates: aᵀΓ⁻¹. With τ_{j*} =
    /// (θ − Σ_{j≠j*} l_j τ_j)/l_{j*}: the θ coefficient is a_{j*}/l_{j*} and the
    /// coefficient of τ_j (j ≠ j*) is a_j − a_{j*} l_j / l_{j*}.
    func transform(_ a: [Double]) -> [Double] {
        let pivot = a[last] / weights[last]
        return [pivot] + a.indices.filter { $0 != last }.map { a[$0] - pivot * weights[$0] }
    }
}
