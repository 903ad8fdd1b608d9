/// The passes of a two-dimension demeaning whose first dimension (the one with more
/// levels) has non-decreasing codes, so each of its levels occupies one contiguous run of
/// observations (a panel sorted by unit, the usual layout).
///
/// A Gauss–Seidel sweep then needs one pass over the observations instead of two: each
/// level's `α₁` is finished over its run (its sum, minus the second dimension's
/// coefficients of its rows, times `1 / Σ wᵢ`) and at once subtracted, for the same rows,
/// from the second dimension's sums. Likewise the last `α₁` and the residuals share one
/// pass, and the level sums of both dimensions are formed with each first-dimension level's
/// sums held in registers over its run. Every sum receives the same terms in the same order
/// as in the two-pass sweep (rows in increasing order), so the result is the same bit for bit.
///
/// Within a run the columns go in chunks of 4, 2 and 1 held in vector registers
/// (``ChunkVector``): a level's running values for several columns are updated side by side
/// rather than one column's chain of subtractions after another, lane by lane with the same
/// IEEE operations as the scalar code.
///
/// Passes over the `n` observations per call with one iteration (the benchmark panel):
/// level sums 1, sweeps 3 (one each), last `α₁` with the residuals 1: 5, against 9 with two
/// passes per sweep.
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

    /// Level sums of the data for both dimensions in one pass (as `DemeaningProblem`'s):
    /// each first-dimension level's sums in a register over its run, the second dimension's
    /// added row by row in row order.
    func levelSums(of inputs: UnsafeBufferPointer<UnsafePointer<Double>>) -> [[Double]] {
        let c = columns
        var first = [Double](onHugePagesRepeating: 0, count: problem.levelCounts[0] * c)
        var second = [Double](repeating: 0, count: problem.levelCounts[1] * c)
        first.withUnsafeMutableBufferPointer { s0 in
            second.withUnsafeMutableBufferPointer { s1 in
                eachRun { level, rows, f1, weights in
                    forEachChunk { j, width in
                        switch width {
                        case 4: sumChunk(SIMD4<Double>.self, level, column: j, rows: rows, inputs: inputs,
                                         s0: s0, s1: s1, f1: f1, weights: weights)
                        case 2: sumChunk(SIMD2<Double>.self, level, column: j, rows: rows, inputs: inputs,
                                         s0: s0, s1: s1, f1: f1, weights: weights)
                        default: sumChunk(Lane1.self, level, column: j, rows: rows, inputs: inputs,
                                          s0: s0, s1: s1, f1: f1, weights: weights)
                        }
                    }
                }
            }
        }
        return [first, second]
    }

    /// One sweep: `first` (α₁) from `state` (α₂), then `next` (the new α₂) from `first`;
    /// as `DemeaningProblem`'s two-pass sweep.
    func sweep(from state: [Double], into next: inout [Double], first: inout [Double], sums: [[Double]]) {
        let c = columns
        var acc = sums[1]
        acc.withUnsafeMutableBufferPointer { acc in
            first.withUnsafeMutableBufferPointer { alpha in
                state.withUnsafeBufferPointer { state in
                    sums[0].withUnsafeBufferPointer { sums in
                        problem.inverseLevelWeights[0].withUnsafeBufferPointer { inverse in
                            eachFinishedRun(alpha: alpha, state: state, sums: sums, inverse: inverse) { code, rows, f1, weights in
                                forEachChunk { j, width in
                                    switch width {
                                    case 4: subtractChunk(SIMD4<Double>.self, code, column: j, rows: rows, acc: acc,
                                                          alpha: alpha, f1: f1, weights: weights)
                                    case 2: subtractChunk(SIMD2<Double>.self, code, column: j, rows: rows, acc: acc,
                                                          alpha: alpha, f1: f1, weights: weights)
                                    default: subtractChunk(Lane1.self, code, column: j, rows: rows, acc: acc,
                                                           alpha: alpha, f1: f1, weights: weights)
                                    }
                                }
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
                sums.withUnsafeBufferPointer { sums in
                    problem.inverseLevelWeights[0].withUnsafeBufferPointer { inverse in
                        eachFinishedRun(alpha: alpha, state: state, sums: sums, inverse: inverse) { code, rows, f1, _ in
                            for j in 0..<c {
                                let value = alpha[code * c + j], input = inputs[j], output = outputs[j]
                                for row in rows { output[row] = input[row] - value - state[Int(f1[row]) * c + j] }
                            }
                        }
                    }
                }
            }
        }
    }

    /// ``eachRun(_:)`` with each run's `α₁` finished first (``finish``) and the `α₁` of the
    /// levels without rows, between and after the runs, set too (``emptyLevels``): every
    /// level's `α₁` is in `alpha` once the last run's `body` returns.
    @inline(__always)
    private func eachFinishedRun(alpha: UnsafeMutableBufferPointer<Double>, state: UnsafeBufferPointer<Double>,
                                 sums: UnsafeBufferPointer<Double>, inverse: UnsafeBufferPointer<Double>,
                                 _ body: (Int, Range<Int>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>?) -> Void) {
        var level = 0
        eachRun { code, rows, f1, weights in
            emptyLevels(level..<code, alpha: alpha, sums: sums, inverse: inverse)
            finish(code, rows: rows, alpha: alpha, state: state, sums: sums, inverse: inverse, f1: f1, weights: weights)
            body(code, rows, f1, weights)
            level = code + 1
        }
        emptyLevels(level..<problem.levelCounts[0], alpha: alpha, sums: sums, inverse: inverse)
    }

    /// `α₁` of `level` over its `rows`: its sum minus the second dimension's coefficients
    /// of the rows (times the weights), in row order, times the level's inverse weight. The
    /// columns go in chunks of 4, 2 and 1 (``forEachChunk(_:)``), each chunk's running values
    /// in one vector register, so the subtractions of a chunk's columns run side by side
    /// instead of one column's chain after another (lane by lane the same operations).
    @inline(__always)
    private func finish(_ level: Int, rows: Range<Int>, alpha: UnsafeMutableBufferPointer<Double>,
                        state: UnsafeBufferPointer<Double>, sums: UnsafeBufferPointer<Double>,
                        inverse: UnsafeBufferPointer<Double>, f1: UnsafeBufferPointer<Int32>,
                        weights: UnsafeBufferPointer<Double>?) {
        forEachChunk { j, width in
            switch width {
            case 4: finishChunk(SIMD4<Double>.self, level, column: j, rows: rows, alpha: alpha, state: state,
                                sums: sums, inverse: inverse, f1: f1, weights: weights)
            case 2: finishChunk(SIMD2<Double>.self, level, column: j, rows: rows, alpha: alpha, state: state,
                                sums: sums, inverse: inverse, f1: f1, weights: weights)
            default: finishChunk(Lane1.self, level, column: j, rows: rows, alpha: alpha, state: state,
                                 sums: sums, inverse: inverse, f1: f1, weights: weights)
            }
        }
    }

    /// Calls `body` with the first column and the width (4, 2 or 1) of each chunk of the
    /// columns, widest first.
    @inline(__always)
    private func forEachChunk(_ body: (Int, Int) -> Void) {
        var j = 0
        while j < columns {
            let width = columns - j >= 4 ? 4 : columns - j >= 2 ? 2 : 1
            body(j, width)
            j += width
        }
    }

    @inline(__always)
    private func finishChunk<V: ChunkVector>(_: V.Type, _ level: Int, column j: Int, rows: Range<Int>,
                                      alpha: UnsafeMutableBufferPointer<Double>, state: UnsafeBufferPointer<Double>,
                                      sums: UnsafeBufferPointer<Double>, inverse: UnsafeBufferPointer<Double>,
                                      f1: UnsafeBufferPointer<Int32>,
                                      weights: UnsafeBufferPointer<Double>?) {
        let c = columns, base = level * c + j, s = state.baseAddress! + j
        var value = Self.load(V.self, sums.baseAddress! + base)
        if let weights {
            for row in rows { value = value.minus(V(repeating: weights[row]).times(Self.load(V.self, s + Int(f1[row]) * c))) }
        } else {
            for row in rows { value = value.minus(Self.load(V.self, s + Int(f1[row]) * c)) }
        }
        Self.store(value.times(V(repeating: inverse[level])), alpha.baseAddress! + base)
    }

    /// `acc[f₂(i) × c + j …] −= wᵢ · α₁[level × c + j …]` for the chunk's columns, rows in order.
    @inline(__always)
    private func subtractChunk<V: ChunkVector>(_: V.Type, _ level: Int, column j: Int, rows: Range<Int>,
                                        acc: UnsafeMutableBufferPointer<Double>,
                                        alpha: UnsafeMutableBufferPointer<Double>, f1: UnsafeBufferPointer<Int32>,
                                        weights: UnsafeBufferPointer<Double>?) {
        let c = columns, value = Self.load(V.self, alpha.baseAddress! + level * c + j), a = acc.baseAddress! + j
        if let weights {
            for row in rows {
                let target = a + Int(f1[row]) * c
                Self.store(Self.load(V.self, target).minus(V(repeating: weights[row]).times(value)), target)
            }
        } else {
            for row in rows {
                let target = a + Int(f1[row]) * c
                Self.store(Self.load(V.self, target).minus(value), target)
            }
        }
    }

    /// The chunk's level sums over `rows`: each value `wᵢ xᵢⱼ` added to the first dimension's
    /// running sum (a register) and to the second dimension's sum of the row's level.
    @inline(__always)
    private func sumChunk<V: ChunkVector>(_: V.Type, _ level: Int, column j: Int, rows: Range<Int>,
                                   inputs: UnsafeBufferPointer<UnsafePointer<Double>>,
                                   s0: UnsafeMutableBufferPointer<Double>, s1: UnsafeMutableBufferPointer<Double>,
                                   f1: UnsafeBufferPointer<Int32>,
                                   weights: UnsafeBufferPointer<Double>?) {
        let c = columns, second = s1.baseAddress! + j
        var sum = V(repeating: 0)
        for row in rows {
            var value = V(repeating: 0)
            for lane in 0..<V.laneCount { value[lane: lane] = inputs[j + lane][row] }
            if let weights { value = V(repeating: weights[row]).times(value) }
            sum = sum.plus(value)
            let target = second + Int(f1[row]) * c
            Self.store(Self.load(V.self, target).plus(value), target)
        }
        Self.store(sum, s0.baseAddress! + level * c + j)
    }

    @inline(__always)
    private static func load<V: ChunkVector>(_: V.Type, _ pointer: UnsafePointer<Double>) -> V {
        UnsafeRawPointer(pointer).loadUnaligned(as: V.self)
    }

    @inline(__always)
    private static func store<V: ChunkVector>(_ value: V, _ pointer: UnsafeMutablePointer<Double>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: V.self)
    }

    /// `α₁` of levels without rows (none in a restricted factor): sum × inverse weight.
    @inline(__always)
    private func emptyLevels(_ levels: Range<Int>, alpha: UnsafeMutableBufferPointer<Double>,
                             sums: UnsafeBufferPointer<Double>, inverse: UnsafeBufferPointer<Double>) {
        let c = columns
        for level in levels {
            for j in 0..<c { alpha[level * c + j] = sums[level * c + j] * inverse[level] }
        }
    }

    /// Calls `body` for each run of equal first-dimension codes, in row order, with the
    /// level, its rows, the second dimension's codes and the weights (`nil` unweighted).
    @inline(__always)
    private func eachRun(_ body: (Int, Range<Int>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Double>?) -> Void) {
        let n = problem.observations
        problem.codes[0].withUnsafeBufferPointer { f0 in
            problem.codes[1].withUnsafeBufferPointer { f1 in
                withWeights { weights in
                    var i = 0
                    while i < n {
                        let code = f0[i]
                        var end = i + 1
                        while end < n && f0[end] == code { end += 1 }
                        body(Int(code), i..<end, f1, weights)
                        i = end
                    }
                }
            }
        }
    }

    /// Calls `body` with the weights' buffer, or `nil` when unweighted.
    @inline(__always)
    private func withWeights(_ body: (UnsafeBufferPointer<Double>?) -> Void) {
        if let weights = problem.weights {
            weights.withUnsafeBufferPointer { body($0) }
        } else {
            body(nil)
        }
    }
}

/// What the chunked loops of ``GroupedSweep`` need of a group of 1, 2 or 4 doubles:
/// lane-wise IEEE arithmetic, the same operations as one `Double` per lane (named methods,
/// not operators, so no operator gains overloads).
protocol ChunkVector {
    /// Number of doubles.
    static var laneCount: Int { get }
    init(repeating value: Double)
    subscript(lane lane: Int) -> Double { get set }
    func plus(_ other: Self) -> Self
    func minus(_ other: Self) -> Self
    func times(_ other: Self) -> Self
}

/// The SIMD types of doubles as chunks: their own lane-wise operators.
extension ChunkVector where Self: SIMD, Self.Scalar == Double {
    subscript(lane lane: Int) -> Double {
        get { self[lane] }
        set { self[lane] = newValue }
    }
    @inline(__always) func plus(_ other: Self) -> Self { self + other }
    @inline(__always) func minus(_ other: Self) -> Self { self - other }
    @inline(__always) func times(_ other: Self) -> Self { self * other }
}

extension SIMD2: ChunkVector where Scalar == Double {
    static var laneCount: Int { 2 }
}

extension SIMD4: ChunkVector where Scalar == Double {
    static var laneCount: Int { 4 }
}

/// One double as a chunk (the last column of an odd count).
struct Lane1: ChunkVector {
    var value: Double
    static var laneCount: Int { 1 }
    init(repeating value: Double) { self.value = value }
    subscript(lane lane: Int) -> Double {
        get { value }
        set { value = newValue }
    }
    @inline(__always) func plus(_ other: Self) -> Self { Lane1(repeating: value + other.value) }
    @inline(__always) func minus(_ other: Self) -> Self { Lane1(repeating: value - other.value) }
    @inline(__always) func times(_ other: Self) -> Self { Lane1(repeating: value * other.value) }
}
