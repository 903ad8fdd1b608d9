import Foundation

/// Removal of any number of fixed effects from a set of columns: the within transform.
///
/// ## Algorithm
/// Demeaning `x` by fixed effects `f₁ … f_Q` means finding coefficients `α₁ … α_Q` (one per
/// level of each dimension) such that `x̃ = x − Σ_q α_q[f_q(i)]` has zero weighted mean in
/// every level of every dimension. With one dimension this is one pass of group means.
/// With several, the coefficients solve a sparse linear system that alternating
/// projections (Gauss–Seidel over the dimensions) solve by iteration:
///
///     α₁ ← mean over levels of f₁ of (x − Σ_{q>1} α_q)
///     α_q ← mean over levels of f_q of (x − Σ_{r<q} α_r(new) − Σ_{r>q} α_r(old))
///
/// One such sweep is a map `F` on the coefficients of dimensions 2…Q (`α₁` follows from
/// them), and the fixed point of `F` is the answer. Plain iteration can need thousands of
/// sweeps on weakly connected panels; it is accelerated with the Irons–Tuck (1969)
/// extrapolation used by fixest: from `X`, `F(X)` and `F(F(X))`,
///
///     Δ = F(F(X)) − F(X),  Δ² = Δ − (F(X) − X),  X ← F(F(X)) − (⟨Δ, Δ²⟩ / ⟨Δ², Δ²⟩) · Δ
///
/// computed separately for each column.
///
/// ## Cost
/// Sums `Σ_{i∈level} wᵢ xᵢ` are formed once; a sweep then touches only the level codes,
/// the weights and the coefficient arrays, never the data, and updates all columns of a
/// group together (coefficients stored level-major, `[level × columns + column]`, so one
/// observation's columns are contiguous). The dimension with the most levels is taken as
/// the first, so the iterated state is small. Columns are split into as many groups as
/// there are processors and the groups run in parallel. With two dimensions (the usual
/// firm + year) the data are read twice in all: once for both dimensions' level sums and
/// once to write `x − α₁[f₁] − α₂[f₂]`. When the first dimension's codes never decrease
/// (a panel sorted by unit), a sweep is one pass over the codes instead of two and the last
/// `α₁` is formed in the residuals' pass (``GroupedSweep``); the first sweep, from zero
/// coefficients, subtracts nothing on the general path. Both change no bit.
/// Unweighted, no weights are read (no array of ones is made); the arithmetic is the
/// weighted one without the factor 1, so the result is the same bit for bit.
///
/// Conventions: matches fixest's and pyfixest's demeaning (weighted group means, the same
/// stopping rule: every coefficient change ≤ tolerance absolutely or relative to
/// `0.1 + |coefficient|`).
public enum Demeaning {
    /// Demeans every column of `columns` (`n × c`, column-major) by the given fixed effects.
    ///
    /// - Parameters:
    ///   - columns: the data; finite.
    ///   - factors: fixed-effect dimensions with codes for the same `n` observations and no
    ///     empty levels (see `FactorCodes.restricted(to:)`).
    ///   - weights: positive weights, or `nil` for equal weights.
    ///   - options: tolerance and iteration cap (defaults in `DemeaningOptions`).
    /// - Returns: the demeaned columns and a report of iterations and convergence.
    public static func demean(_ columns: Matrix, by factors: [FactorCodes], weights: [Double]? = nil,
                              options: DemeaningOptions = .init()) -> (demeaned: Matrix, report: DemeaningReport) {
        let n = columns.rows
        guard !factors.isEmpty, n > 0, columns.columns > 0 else {
            return (columns, DemeaningReport(dimensions: factors.count, iterations: 0,
                                             converged: true, options: options))
        }
        return columns.storage.withUnsafeBufferPointer { storage in
            demean(inputs: (0..<columns.columns).map { storage.baseAddress! + $0 * n }, rows: n,
                   by: factors, weights: weights, options: options)
        }
    }

    /// Demeans the columns at `inputs` (each `rows` long, read only) into a new matrix with
    /// one column per input, in order; as ``demean(_:by:weights:options:)``, for callers whose
    /// columns do not lie in one matrix (so no gathering copy is made).
    static func demean(inputs: [UnsafePointer<Double>], rows n: Int, by factors: [FactorCodes],
                       weights: [Double]?, options: DemeaningOptions) -> (demeaned: Matrix, report: DemeaningReport) {
        let columnCount = inputs.count
        precondition(!factors.isEmpty && n > 0 && columnCount > 0, "nothing to demean")
        var report: DemeaningReport?
        // The result is written straight into the returned array's storage (no extra copy).
        let storage = [Double](unsafeUninitializedCapacity: n * columnCount) { output, initialized in
            let outputs = (0..<columnCount).map { output.baseAddress! + $0 * n }
            report = demean(inputs: inputs, outputs: outputs, rows: n, by: factors, weights: weights, options: options)
            initialized = n * columnCount
        }
        return (Matrix(rows: n, columns: columnCount, storage: storage), report!)
    }

    /// Demeans the first `count` columns of `columns` (`n × c`, column-major, `count ≤ c`)
    /// in place: each column is overwritten by its demeaned values, so no second n × c
    /// matrix is made (the within transform of a design that is no longer needed raw).
    /// Otherwise as ``demean(_:by:weights:options:)``; columns after `count` are untouched.
    ///
    /// - Parameter count: the columns to demean; default all of them.
    public static func demeanInPlace(_ columns: inout Matrix, count: Int? = nil, by factors: [FactorCodes],
                                     weights: [Double]? = nil, options: DemeaningOptions = .init()) -> DemeaningReport {
        let n = columns.rows, columnCount = count ?? columns.columns
        precondition(columnCount <= columns.columns, "more columns to demean than the matrix has")
        guard !factors.isEmpty, n > 0, columnCount > 0 else {
            return DemeaningReport(dimensions: factors.count, iterations: 0, converged: true, options: options)
        }
        return columns.storage.withUnsafeMutableBufferPointer { storage in
            let pointers = (0..<columnCount).map { storage.baseAddress! + $0 * n }
            return demean(inputs: pointers.map { UnsafePointer($0) }, outputs: pointers, rows: n, by: factors,
                          weights: weights, options: options)
        }
    }

    /// Demeans the columns at `inputs` into the columns at `outputs` (each `rows` long; an
    /// output may be its own input: every input value is read before its output is written).
    static func demean(inputs: [UnsafePointer<Double>], outputs: [UnsafeMutablePointer<Double>], rows n: Int,
                       by factors: [FactorCodes], weights: [Double]?,
                       options: DemeaningOptions) -> DemeaningReport {
        let columnCount = inputs.count
        precondition(!factors.isEmpty && n > 0 && columnCount > 0 && outputs.count == columnCount, "nothing to demean")
        precondition(factors.allSatisfy { $0.codes.count == n }, "factor length differs from data")
        let ordered = factors.sorted { $0.levelCount > $1.levelCount }
        let problem = DemeaningProblem(factors: ordered, weights: weights, observations: n)
        let groupCount = max(1, min(columnCount, ProcessInfo.processInfo.activeProcessorCount))
        let bounds = (0...groupCount).map { $0 * columnCount / groupCount }
        let outcomes = UnsafeMutableBufferPointer<DemeaningProblem.Outcome>.allocate(capacity: groupCount)
        defer { outcomes.deallocate() }
        inputs.withUnsafeBufferPointer { input in
            outputs.withUnsafeBufferPointer { output in
                let shared = SharedBuffers(outputs: output, outcomes: outcomes)
                let source = SharedInput(pointers: input)
                DispatchQueue.concurrentPerform(iterations: groupCount) { group in
                    let first = bounds[group], last = bounds[group + 1]
                    guard last > first else {
                        shared.outcomes.baseAddress!.advanced(by: group)
                            .initialize(to: .init(iterations: 0, converged: true))
                        return
                    }
                    let outcome = problem.solve(
                        inputs: UnsafeBufferPointer(rebasing: source.pointers[first..<last]),
                        outputs: UnsafeBufferPointer(rebasing: shared.outputs[first..<last]),
                        options: options)
                    shared.outcomes.baseAddress!.advanced(by: group).initialize(to: outcome)
                }
            }
        }
        let results = Array(outcomes)
        return DemeaningReport(dimensions: factors.count,
                               iterations: results.map(\.iterations).max() ?? 0,
                               converged: results.allSatisfy(\.converged), options: options)
    }
}

/// Buffers written by the parallel groups; each group writes a disjoint range.
private struct SharedBuffers: @unchecked Sendable {
    let outputs: UnsafeBufferPointer<UnsafeMutablePointer<Double>>
    let outcomes: UnsafeMutableBufferPointer<DemeaningProblem.Outcome>
}

/// Read-only input columns shared by the parallel groups.
private struct SharedInput: @unchecked Sendable {
    let pointers: UnsafeBufferPointer<UnsafePointer<Double>>
}

/// The fixed part of a demeaning problem: codes, weights and level weight totals.
struct DemeaningProblem: Sendable {
    struct Outcome: Sendable {
        let iterations: Int
        let converged: Bool
    }

    let observations: Int
    /// Codes per dimension (largest dimension first).
    let codes: [[Int32]]
    let levelCounts: [Int]
    /// Observation weights, or `nil` when unweighted (no array of ones is made: every
    /// weighted step has an unweighted twin that leaves out the factor 1, which changes no
    /// bit of the result).
    let weights: [Double]?
    /// `1 / Σ_{i∈level} wᵢ` per dimension and level.
    let inverseLevelWeights: [[Double]]
    /// With two dimensions: whether the first one's codes never decrease (each level's rows
    /// one contiguous run, as in a panel sorted by unit), so a sweep needs one pass over the
    /// observations instead of two (``GroupedSweep``).
    let firstIsGrouped: Bool

    init(factors: [FactorCodes], weights: [Double]?, observations n: Int) {
        observations = n
        codes = factors.map(\.codes)
        levelCounts = factors.map(\.levelCount)
        self.weights = weights
        firstIsGrouped = factors.count == 2 && GroupedSweep.isGrouped(factors[0].codes)
        inverseLevelWeights = factors.map { factor in
            var totals = [Double](repeating: 0, count: factor.levelCount)
            totals.withUnsafeMutableBufferPointer { totals in
                factor.codes.withUnsafeBufferPointer { codes in
                    if let weights {
                        weights.withUnsafeBufferPointer { w in
                            for i in 0..<n { totals[Int(codes[i])] += w[i] }
                        }
                    } else {
                        for i in 0..<n { totals[Int(codes[i])] += 1 }
                    }
                }
            }
            return totals.map { $0 > 0 ? 1 / $0 : 0 }
        }
    }

    /// Demeans the columns at `inputs` into the columns at `outputs` (which may be the same).
    func solve(inputs: UnsafeBufferPointer<UnsafePointer<Double>>, outputs: UnsafeBufferPointer<UnsafeMutablePointer<Double>>,
               options: DemeaningOptions) -> Outcome {
        let c = inputs.count
        let q = codes.count
        let levelSums = levelSums(of: inputs)
        var first = [Double](onHugePagesRepeating: 0, count: levelCounts[0] * c)
        var iterations = 0
        var converged = true
        if q > 1 {
            // State: coefficients of dimensions 1..<q, concatenated.
            let offsets = (1..<q).reduce(into: [0]) { $0.append($0.last! + levelCounts[$1] * c) }
            let stateSize = offsets.last!
            var x = [Double](repeating: 0, count: stateSize)
            var gx = x, ggx = x
            // The first sweep starts from zero coefficients: subtracting them changes no bit.
            sweep(from: x, into: &gx, first: &first, sums: levelSums, offsets: offsets, columns: c, stateIsZero: true)
            converged = !needsMore(x, gx, tolerance: options.tolerance)
            while !converged && iterations < options.maxIterations {
                iterations += 1
                sweep(from: gx, into: &ggx, first: &first, sums: levelSums, offsets: offsets, columns: c)
                ironsTuck(x: &x, gx: gx, ggx: ggx, columns: c)
                sweep(from: x, into: &gx, first: &first, sums: levelSums, offsets: offsets, columns: c)
                converged = !needsMore(x, gx, tolerance: options.tolerance)
            }
            if firstIsGrouped {
                GroupedSweep(problem: self, columns: c)
                    .residuals(inputs: inputs, outputs: outputs, first: &first, sums: levelSums[0], state: gx)
            } else {
                firstDimension(state: gx, into: &first, sums: levelSums[0], offsets: offsets, columns: c)
                residuals(inputs: inputs, outputs: outputs, first: first, state: gx, offsets: offsets, columns: c)
            }
        } else {
            for level in 0..<levelCounts[0] {
                let inverse = inverseLevelWeights[0][level]
                for j in 0..<c { first[level * c + j] = levelSums[0][level * c + j] * inverse }
            }
            residuals(inputs: inputs, outputs: outputs, first: first, state: [], offsets: [0], columns: c)
        }
        return Outcome(iterations: iterations, converged: converged)
    }

    /// Weighted level sums of the data, level-major (`[level × c + column]`: one pass over the
    /// codes for all columns, each level's sums contiguous), every sum added in row order;
    /// with two dimensions, both in the same pass, so the data are read once.
    private func levelSums(of inputs: UnsafeBufferPointer<UnsafePointer<Double>>) -> [[Double]] {
        let n = observations, c = inputs.count
        if firstIsGrouped { return GroupedSweep(problem: self, columns: c).levelSums(of: inputs) }
        var levelSums = levelCounts.map { [Double](onHugePagesRepeating: 0, count: $0 * c) }
        if codes.count == 2 {
            var second = levelSums.removeLast(), first = levelSums.removeLast()
            codes[0].withUnsafeBufferPointer { f0 in
                codes[1].withUnsafeBufferPointer { f1 in
                    first.withUnsafeMutableBufferPointer { s0 in
                        second.withUnsafeMutableBufferPointer { s1 in
                            if let weights {
                                weights.withUnsafeBufferPointer { w in
                                    for i in 0..<n {
                                        let a = Int(f0[i]) * c, b = Int(f1[i]) * c, wi = w[i]
                                        for j in 0..<c {
                                            let value = wi * inputs[j][i]
                                            s0[a + j] += value
                                            s1[b + j] += value
                                        }
                                    }
                                }
                            } else {
                                for i in 0..<n {
                                    let a = Int(f0[i]) * c, b = Int(f1[i]) * c
                                    for j in 0..<c {
                                        let value = inputs[j][i]
                                        s0[a + j] += value
                                        s1[b + j] += value
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return [first, second]
        }
        for d in codes.indices {
            codes[d].withUnsafeBufferPointer { f in
                levelSums[d].withUnsafeMutableBufferPointer { s in
                    if let weights {
                        weights.withUnsafeBufferPointer { w in
                            for i in 0..<n {
                                let base = Int(f[i]) * c, wi = w[i]
                                for j in 0..<c { s[base + j] += wi * inputs[j][i] }
                            }
                        }
                    } else {
                        for i in 0..<n {
                            let base = Int(f[i]) * c
                            for j in 0..<c { s[base + j] += inputs[j][i] }
                        }
                    }
                }
            }
        }
        return levelSums
    }

    /// fixest's stopping rule: continue while some coefficient moved by more than the
    /// tolerance both absolutely and relative to `0.1 + |new value|`.
    private func needsMore(_ old: [Double], _ new: [Double], tolerance: Double) -> Bool {
        for k in old.indices {
            let difference = abs(new[k] - old[k])
            if difference > tolerance && difference / (0.1 + abs(new[k])) > tolerance { return true }
        }
        return false
    }

    /// Irons–Tuck extrapolation, one coefficient per column.
    private func ironsTuck(x: inout [Double], gx: [Double], ggx: [Double], columns c: Int) {
        var products = [Double](repeating: 0, count: c)
        var squares = [Double](repeating: 0, count: c)
        for k in x.indices {
            let deltaG = ggx[k] - gx[k]
            let delta2 = deltaG - gx[k] + x[k]
            products[k % c] += deltaG * delta2
            squares[k % c] += delta2 * delta2
        }
        for k in x.indices {
            let j = k % c
            if squares[j] > 0 {
                x[k] = ggx[k] - products[j] / squares[j] * (ggx[k] - gx[k])
            } else {
                x[k] = ggx[k]
            }
        }
    }

    /// `α₁` from the coefficients of the other dimensions (all zero when `stateIsZero`: then
    /// nothing is subtracted, which changes no bit).
    private func firstDimension(state: [Double], into first: inout [Double], sums: [Double],
                                offsets: [Int], columns c: Int, stateIsZero: Bool = false) {
        first.withUnsafeMutableBufferPointer { acc in
            // Copied into the existing buffer: `first = sums` would share `sums`' storage and
            // copy it into a fresh allocation on the first write, once per sweep.
            sums.withUnsafeBufferPointer { acc.baseAddress!.update(from: $0.baseAddress!, count: $0.count) }
            if !stateIsZero {
                codes[0].withUnsafeBufferPointer { f0 in
                    state.withUnsafeBufferPointer { s in
                        for d in 1..<codes.count {
                            codes[d].withUnsafeBufferPointer { fd in
                                subtract(from: acc, rows: f0, source: s, base: offsets[d - 1], levels: fd, columns: c)
                            }
                        }
                    }
                }
            }
            inverseLevelWeights[0].withUnsafeBufferPointer { inv in
                for level in 0..<levelCounts[0] {
                    for j in 0..<c { acc[level * c + j] *= inv[level] }
                }
            }
        }
    }

    /// One Gauss–Seidel sweep: `α₁` from `state`, then each later dimension in turn
    /// (`stateIsZero`: `state` is all zero, so subtracting it is skipped, which changes no
    /// bit). With two dimensions and the first one's levels in runs, one pass over the
    /// observations (``GroupedSweep``) instead of two.
    private func sweep(from state: [Double], into next: inout [Double], first: inout [Double],
                       sums: [[Double]], offsets: [Int], columns c: Int, stateIsZero: Bool = false) {
        if firstIsGrouped {   // (a zero state is subtracted there, in the same one pass)
            GroupedSweep(problem: self, columns: c)
                .sweep(from: state, into: &next, first: &first, sums: sums)
            return
        }
        firstDimension(state: state, into: &first, sums: sums[0], offsets: offsets, columns: c, stateIsZero: stateIsZero)
        let q = codes.count
        for d in 1..<q {
            let base = offsets[d - 1]
            var acc = sums[d]
            acc.withUnsafeMutableBufferPointer { acc in
                codes[d].withUnsafeBufferPointer { fd in
                    // Subtract every other dimension: new values below d, old above.
                    for r in 0..<q where r != d && !(stateIsZero && r > d) {
                        codes[r].withUnsafeBufferPointer { fr in
                            let source: [Double]
                            let sourceBase: Int
                            if r == 0 { source = first; sourceBase = 0 }
                            else if r < d { source = next; sourceBase = offsets[r - 1] }
                            else { source = state; sourceBase = offsets[r - 1] }
                            source.withUnsafeBufferPointer { s in
                                subtract(from: acc, rows: fd, source: s, base: sourceBase, levels: fr, columns: c)
                            }
                        }
                    }
                }
                inverseLevelWeights[d].withUnsafeBufferPointer { inv in
                    next.withUnsafeMutableBufferPointer { out in
                        for level in 0..<levelCounts[d] {
                            for j in 0..<c { out[base + level * c + j] = acc[level * c + j] * inv[level] }
                        }
                    }
                }
            }
        }
    }

    /// `acc[rows[i]·c + j] −= wᵢ · source[base + levels[i]·c + j]` for every observation `i`
    /// and column `j` (`wᵢ` left out when unweighted), in observation order.
    @inline(__always)
    private func subtract(from acc: UnsafeMutableBufferPointer<Double>, rows: UnsafeBufferPointer<Int32>,
                          source s: UnsafeBufferPointer<Double>, base: Int, levels: UnsafeBufferPointer<Int32>,
                          columns c: Int) {
        let n = observations
        if let weights {
            weights.withUnsafeBufferPointer { w in
                for i in 0..<n {
                    let a = Int(rows[i]) * c, b = base + Int(levels[i]) * c
                    let wi = w[i]
                    for j in 0..<c { acc[a + j] -= wi * s[b + j] }
                }
            }
        } else {
            for i in 0..<n {
                let a = Int(rows[i]) * c, b = base + Int(levels[i]) * c
                for j in 0..<c { acc[a + j] -= s[b + j] }
            }
        }
    }

    /// `x̃ = x − α₁[f₁] − Σ_{q>1} α_q[f_q]`: one pass over each dimension's codes for all
    /// columns (a level's coefficients are contiguous), subtracting in dimension order.
    /// An output may be its own input: each value is read before it is written.
    private func residuals(inputs: UnsafeBufferPointer<UnsafePointer<Double>>, outputs: UnsafeBufferPointer<UnsafeMutablePointer<Double>>,
                           first: [Double], state: [Double], offsets: [Int], columns c: Int) {
        let n = observations
        if codes.count == 2 {
            // Both dimensions in one pass: `(x − α₁) − α₂`, the same operations in the same order.
            codes[0].withUnsafeBufferPointer { f0 in
                codes[1].withUnsafeBufferPointer { f1 in
                    first.withUnsafeBufferPointer { a in
                        state.withUnsafeBufferPointer { s in
                            let base = offsets[0]
                            for i in 0..<n {
                                let level = Int(f0[i]) * c, other = base + Int(f1[i]) * c
                                for j in 0..<c { outputs[j][i] = inputs[j][i] - a[level + j] - s[other + j] }
                            }
                        }
                    }
                }
            }
            return
        }
        codes[0].withUnsafeBufferPointer { f0 in
            first.withUnsafeBufferPointer { a in
                for i in 0..<n {
                    let level = Int(f0[i]) * c
                    for j in 0..<c { outputs[j][i] = inputs[j][i] - a[level + j] }
                }
            }
        }
        for d in 1..<max(codes.count, 1) {
            codes[d].withUnsafeBufferPointer { fd in
                state.withUnsafeBufferPointer { s in
                    let base = offsets[d - 1]
                    for i in 0..<n {
                        let level = base + Int(fd[i]) * c
                        for j in 0..<c { outputs[j][i] -= s[level + j] }
                    }
                }
            }
        }
    }
}
