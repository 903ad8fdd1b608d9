/// The passes of a two-dimension demeaning whose first dimension (the one with more
/// levels) has non-decreasing codes, so each of its levels occupies one contiguous run of
/// observations (a panel sorted by unit, the usual layout).
///
/// A Gauss–Seidel sweep then needs one pass over the observations instead of two: each
/// level's `α₁` is finished over its run (its sum, minus the second dimension's
/// coefficients of its rows, times `1 / Σ wᵢ`) and at once subtracted, for the same rows,
/// from the second dimension's sums. Likewise the last `α₁` and the residuals share one
/// pass. Every sum receives the same terms in the same order as in the two-pass sweep
/// (rows in increasing order), so the result is the same bit for bit.
struct GroupedSweep {
    let problem: DemeaningProblem
    /// Number of columns demeaned together (coefficients level-major, `[level × c + j]`).
    let columns: Int

    /// Whether `codes` never decrease (every level's rows contiguous); one pass.
    static func isGrouped(_ codes: [Int32]) -> Bool {
        codes.withUnsafeBufferPointer { codes in
            guard var previous = codes.first else { return false }
            for code in codes {
                if code < previous { return false }
                previous = code
            }
            return true
        }
    }

    /// One sweep: `first` (α₁) from `state` (α₂), then `next` (the new α₂) from `first`;
    /// as `DemeaningProblem`'s two-pass sweep.
    func sweep(from state: [Double], into next: inout [Double], first: inout [Double], sums: [[Double]]) {
        let c = columns
        var acc = sums[1]
        acc.withUnsafeMutableBufferPointer { acc in
            first.withUnsafeMutableBufferPointer { alpha in
                state.withUnsafeBufferPointer { state in
                    eachFirstLevel(alpha: alpha, state: state, sums: sums[0]) { base, rows, f1, weights in
                        if let weights {
                            for i in rows {
                                let b = Int(f1[i]) * c, wi = weights[i]
                                for j in 0..<c { acc[b + j] -= wi * alpha[base + j] }
                            }
                        } else {
                            for i in rows {
                                let b = Int(f1[i]) * c
                                for j in 0..<c { acc[b + j] -= alpha[base + j] }
                            }
                        }
                    }
                }
            }
            problem.inverseLevelWeights[1].withUnsafeBufferPointer { inverse in
                next.withUnsafeMutableBufferPointer { out in
                    for level in 0..<problem.levelCounts[1] {
                        for j in 0..<c { out[level * c + j] = acc[level * c + j] * inverse[level] }
                    }
                }
            }
        }
    }

    /// The last `α₁` from `state`, and `x̃ = x − α₁[f₁] − α₂[f₂]` written to `outputs` (an
    /// output may be its own input), in one pass.
    func residuals(inputs: UnsafeBufferPointer<UnsafePointer<Double>>,
                   outputs: UnsafeBufferPointer<UnsafeMutablePointer<Double>>,
                   first: inout [Double], sums: [Double], state: [Double]) {
        let c = columns
        first.withUnsafeMutableBufferPointer { alpha in
            state.withUnsafeBufferPointer { state in
                eachFirstLevel(alpha: alpha, state: state, sums: sums) { base, rows, f1, _ in
                    for i in rows {
                        let other = Int(f1[i]) * c
                        for j in 0..<c { outputs[j][i] = inputs[j][i] - alpha[base + j] - state[other + j] }
                    }
                }
            }
        }
    }

    /// Finishes `α₁` level by level in row order (`alpha[level × c + j]`: the level's sum,
    /// minus the second dimension's coefficients of its rows in row order, times the
    /// level's inverse weight), calling `body` with the level's offset in `alpha`, its rows,
    /// the second dimension's codes and the weights right after each level with rows.
    private func eachFirstLevel(alpha: UnsafeMutableBufferPointer<Double>, state: UnsafeBufferPointer<Double>,
                                sums: [Double],
                                body: (Int, Range<Int>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>?) -> Void) {
        let c = columns, n = problem.observations, levelCount = problem.levelCounts[0]
        problem.codes[0].withUnsafeBufferPointer { f0 in
            problem.codes[1].withUnsafeBufferPointer { f1 in
                sums.withUnsafeBufferPointer { sums in
                    problem.inverseLevelWeights[0].withUnsafeBufferPointer { inverse in
                        withWeights { weights in
                            var level = 0, i = 0
                            while i < n {
                                let code = Int(f0[i])
                                var end = i + 1
                                while end < n && Int(f0[end]) == code { end += 1 }
                                // Levels without rows (none in a restricted factor): sum × inverse.
                                while level < code {
                                    for j in 0..<c { alpha[level * c + j] = sums[level * c + j] * inverse[level] }
                                    level += 1
                                }
                                let base = code * c
                                for j in 0..<c { alpha[base + j] = sums[base + j] }
                                if let weights {
                                    for row in i..<end {
                                        let b = Int(f1[row]) * c, wi = weights[row]
                                        for j in 0..<c { alpha[base + j] -= wi * state[b + j] }
                                    }
                                } else {
                                    for row in i..<end {
                                        let b = Int(f1[row]) * c
                                        for j in 0..<c { alpha[base + j] -= state[b + j] }
                                    }
                                }
                                for j in 0..<c { alpha[base + j] *= inverse[code] }
                                body(base, i..<end, f1, weights)
                                level = code + 1
                                i = end
                            }
                            while level < levelCount {
                                for j in 0..<c { alpha[level * c + j] = sums[level * c + j] * inverse[level] }
                                level += 1
                            }
                        }
                    }
                }
            }
        }
    }

    /// Calls `body` with the weights' buffer, or `nil` when unweighted.
    private func withWeights(_ body: (UnsafeBufferPointer<Double>?) -> Void) {
        if let weights = problem.weights {
            weights.withUnsafeBufferPointer { body($0) }
        } else {
            body(nil)
        }
    }
}
