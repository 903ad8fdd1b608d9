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
        // Cells (cohort, period) of the treated rows: Σ w² τ̂ and Σ w² per cell.
        var weighted = [Double](repeating: 0, count: cellCount), weights = weighted
        for position in treated.indices where w[position] != 0 {
            estimate += w[position] * effects[position]
            let cell = Int(cells[position]), square = w[position] * w[position]
            weighted[cell] += square * effects[position]
            weights[cell] += square
        }
        var clusterSums = [Double](repeating: 0, count: forest.unitCount)
        for (position, row) in untreated.enumerated() {
            clusterSums[Int(sample.units[row])] += v0[position] * residuals[position]
        }
        for (position, row) in treated.enumerated() where w[position] != 0 {
            let cell = Int(cells[position])
            clusterSums[Int(sample.units[row])] += w[position] * (effects[position] - weighted[cell] / weights[cell])
        }
        return (estimate, clusterSums.reduce(0) { $0 + $1 * $1 })
    }

    /// The (cohort, period) cell of each treated row, numbered in order of first
    /// appearance, and the number of cells.
    static func cells(of treated: [Int], sample: ImputationSample) -> (cells: [Int32], count: Int) {
        var index: [Int64: Int32] = [:]
        let cells = treated.map { row in
            let key = Int64(sample.unitCohorts[Int(sample.units[row])]!) * 1_000_000_000 + Int64(sample.periodCodes[row])
            if let known = index[key] { return known }
            let next = Int32(index.count)
            index[key] = next
            return next
        }
        return (cells, index.count)
    }
}
