extension ImputationFirstStage {
    /// The implied weights `v` on the untreated rows of estimands given by their weights
    /// `w` on the treated rows (one array per estimand, aligned with ``treated``), so that
    /// `Σ_treated w τ̂ = Σ_treated w y + Σ_untreated v y` (Borusyak–Jaravel–Spiess,
    /// Proposition 5):
    ///
    ///     v₀ = −Z₀ (Z₀ᵀZ₀)⁻¹ Z₁ᵀ w₁,   Z = [firm dummies, period dummies, X].
    ///
    /// No dense `n × n` (or `n × levels`) matrix is formed. With `D` the dummies and
    /// `b_D = D₁ᵀw₁` (the weight sums of each firm and each period over the treated rows),
    /// the dummy part `S = D₀(D₀ᵀD₀)⁻D₀ᵀ·y* = y* − demean(y*)` for any `y*` with
    /// `D₀ᵀy* = b_D`; such a `y*` comes from the spanning forest in linear time
    /// (``ImputationForest/flow(unitSums:periodSums:edgeCount:)``) and the demeaning is the
    /// alternating projections of ``Demeaning``. Covariates enter by partitioned inversion:
    ///
    ///     γ_X = (X̃₀ᵀX̃₀)⁻¹ (X₁ᵀw₁ − X₀ᵀS),   v₀ = −(S + X̃₀ γ_X).
    ///
    /// All estimands are demeaned together (one column each).
    func untreatedWeights(_ estimands: [[Double]], sample: ImputationSample) throws(ImputationError) -> [[Double]] {
        let n0 = untreated.count
        var flows: [Double] = []
        flows.reserveCapacity(n0 * estimands.count)
        for w in estimands {
            var unitSums = [Double](repeating: 0, count: forest.unitCount)
            var periodSums = [Double](repeating: 0, count: forest.periodCount)
            for (position, row) in treated.enumerated() where w[position] != 0 {
                unitSums[Int(sample.units[row])] += w[position]
                periodSums[Int(sample.periodCodes[row])] += w[position]
            }
            flows += forest.flow(unitSums: unitSums, periodSums: periodSums, edgeCount: n0)
        }
        let flowMatrix = Matrix(rows: n0, columns: estimands.count, storage: flows)
        let (residual, _) = Demeaning.demean(flowMatrix, by: factors, options: demeaning.options)
        var result: [[Double]] = []
        for (j, w) in estimands.enumerated() {
            var projected = (0..<n0).map { flowMatrix[$0, j] - residual[$0, j] }
            if let gram {
                let k = coefficients.count
                var rightSide = [Double](repeating: 0, count: k)
                for c in 0..<k {
                    var treatedSum = 0.0
                    for (position, row) in treated.enumerated() where w[position] != 0 {
                        treatedSum += w[position] * sample.covariates[c][row]
                    }
                    var untreatedSum = 0.0
                    for i in 0..<n0 { untreatedSum += covariates[i, c] * projected[i] }
                    rightSide[c] = treatedSum - untreatedSum
                }
                let gamma: [Double]
                do { gamma = try gram.solve(rightSide) } catch { throw .linearAlgebra(error) }
                let correction = Self.product(demeanedCovariates, gamma)
                for i in 0..<n0 { projected[i] += correction[i] }
            }
            result.append(projected.map { -$0 })
        }
        return result
    }
}
