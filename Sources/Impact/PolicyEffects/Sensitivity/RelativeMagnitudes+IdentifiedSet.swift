extension RelativeMagnitudes {
    /// The identified set of θ under Δ^RM(M̄) at β̂ (HonestDiD's `.compute_IDset_DeltaRM`):
    /// for each s and sign, θ ranges over lᵀβ̂_post − lᵀδ_post for δ in Δ^RM_{s,±}(M̄) with
    /// δ_pre = β̂_pre (two linear programs); the set is the union over s and sign. Programs
    /// that are infeasible for a given s are skipped; when all are, the set is {θ̂}.
    static func identifiedSet(_ coefficients: EventStudyCoefficients, weights: [Double], mbar: Double,
                              estimate: Double) -> ClosedRange<Double> {
        let pre = coefficients.preperiodCount, post = coefficients.postperiodCount
        let objective = [Double](repeating: 0, count: pre) + weights
        let equalities = (0..<pre).map { i in (0..<(pre + post)).map { $0 == i ? 1.0 : 0 } }
        let preValues = Array(coefficients.estimates[..<pre])
        var low = estimate, high = estimate
        for s in (-(pre - 1))...0 {
            for positive in [true, false] {
                let rows = constraints(pre: pre, post: post, mbar: mbar, s: s, positive: positive)
                for sense in [LinearProgram.Sense.maximize, .minimize] {
                    let program = LinearProgram(objective: objective, sense: sense, inequalityRows: rows,
                                                inequalityBounds: Array(repeating: 0, count: rows.count),
                                                equalityRows: equalities, equalityBounds: preValues)
                    guard let bias = try? program.solve().value else { continue }
                    low = min(low, estimate - bias)
                    high = max(high, estimate - bias)
                }
            }
        }
        return low...high
    }
}
