extension ImputationFirstStage {
    /// The estimate `Σ w τ̂` and its conservative variance (Borusyak–Jaravel–Spiess 2024,
    /// Theorem 3), clustered by firm:
    ///
    ///     σ̂² = Σᵢ ( Σₜ vᵢₜ ε̃ᵢₜ )²,
    ///
    /// with `v = w` on the treated rows and the implied weights `v₀` on the untreated rows
    /// (``untreatedWeights(_:sample:)``); `ε̃` is the first-stage residual on untreated
    /// rows and `τ̂ᵢₜ − τ̄ₑₜ` on treated rows, where `τ̄ₑₜ = Σ w² τ̂ / Σ w²` averages the
    /// imputed effects of the treated rows of cohort `e` in period `t` (the paper's
    /// equation 8 with one row per firm and cell; for the equal weights of the overall and
    /// event-time estimands it is the plain cell mean). This is the basic auxiliary
    /// estimate, without the optional leave-one-out refinement (Appendix A.9); rows of a
    /// cell the estimand does not weight carry `v = 0` and add nothing.
    ///
    /// Conventions: as `didimputation` (R), `did_imputation` (Stata) without `leaveout`
    /// and `diff-diff`'s `ImputationDiD` (default `aux_partition="cohort_horizon"`,
    /// `leave_one_out=False`); no small-sample factor.
    func estimate(weights w: [Double], untreatedWeights v0: [Double],
                  sample: ImputationSample) -> (estimate: Double, variance: Double) {
        var estimate = 0.0
        // Cells (cohort, period) of the treated rows, weighted means of τ̂.
        var cellSums: [Int64: (weighted: Double, weight: Double)] = [:]
        for (position, row) in treated.enumerated() where w[position] != 0 {
            estimate += w[position] * effects[position]
            let key = cellKey(row, sample: sample)
            let sums = cellSums[key, default: (0, 0)]
            let square = w[position] * w[position]
            cellSums[key] = (sums.weighted + square * effects[position], sums.weight + square)
        }
        var clusterSums = [Double](repeating: 0, count: forest.unitCount)
        for (position, row) in untreated.enumerated() {
            clusterSums[Int(sample.units[row])] += v0[position] * residuals[position]
        }
        for (position, row) in treated.enumerated() where w[position] != 0 {
            let sums = cellSums[cellKey(row, sample: sample)]!
            clusterSums[Int(sample.units[row])] += w[position] * (effects[position] - sums.weighted / sums.weight)
        }
        return (estimate, clusterSums.reduce(0) { $0 + $1 * $1 })
    }

    /// The (cohort, period) cell of a treated row as one key.
    private func cellKey(_ row: Int, sample: ImputationSample) -> Int64 {
        Int64(sample.unitCohorts[Int(sample.units[row])]!) * 1_000_000_000 + Int64(sample.periodCodes[row])
    }
}
