import Foundation

/// Ordinary and weighted least squares, with any number of absorbed fixed effects.
///
/// ## Steps
/// 1. Check the data (finite values, positive weights).
/// 2. With fixed effects: drop singleton observations (default, iteratively) and absorb
///    the fixed effects by demeaning the response and the regressors together
///    (`Demeaning`); an intercept column, if the frame has one, is absorbed too.
///    Without fixed effects but with an intercept: centre every column at its weighted
///    mean, which removes the intercept from the factorization and makes ill-conditioned
///    designs (NIST Longley) far better conditioned.
/// 3. Screen for collinearity in formula order (`CollinearityScreen`, tolerance
///    `RegressionOptions.collinearityTolerance`): earlier columns are kept, later linear
///    combinations dropped and named, as pyfixest does.
/// 4. Solve `min ‖W^{1/2}(y − Zθ)‖` by the same QR (`Rθ = Qᵀy`); map back to the
///    original coefficients (undo scaling and centring). Unweighted, steps 3–4 first try
///    the normal equations (`ZᵀZ` and `Zᵀy` by one BLAS pass each, the Cholesky factor of
///    `ZᵀZ` standing for `R`:
///    `CollinearityScreen.byNormalEquations`), taken only when every pivot is far from the
///    drop threshold and `κ(R) ≤ 50`, so the choices are the QR screen's and the solution
///    keeps about twelve digits; otherwise QR as above.
///
/// Conventions: coefficients match statsmodels `OLS`/`WLS` and pyfixest `feols`; weights
/// are analytic (precision) weights multiplying the squared residuals.
public enum LinearRegression {
    /// Fits the model described by `frame`.
    ///
    /// - Parameters:
    ///   - frame: response, regressors (intercept first when present), weights, fixed
    ///     effects and cluster variables. Passed as its last use (`fit(consume frame)`), a
    ///     frame with fixed effects and no singletons is demeaned in its own storage, the
    ///     response in its own array beside it (`demeanTogether`), so large designs are not
    ///     held twice.
    ///   - options: singleton policy, demeaning and collinearity settings (defaults in
    ///     `RegressionOptions`).
    /// - Throws: `EstimationError` for non-finite data, non-positive weights, too few
    ///   observations, all regressors collinear, or a numerical failure.
    public static func fit(_ frame: consuming ModelFrame,
                           options: RegressionOptions = .init()) throws(EstimationError) -> RegressionFit {
        var timings = PhaseTimings()
        return try fit(frame, options: options, timings: &timings)
    }

    /// ``fit(_:options:)``, adding the time of building the working matrix (demeaning or
    /// centring) to `timings`' `demean` phase and the rest to its `fit` phase.
    static func fit(_ frame: consuming ModelFrame, options: RegressionOptions,
                    timings: inout PhaseTimings) throws(EstimationError) -> RegressionFit {
        // Long: the fit's steps in order, each a line or two; split, they would pass a dozen values around.
        let started = PhaseTimings.Instant.now()
        try validate(frame)
        let sample = try Sample(frame, options: options)
        let interceptColumn = frame.hasIntercept ? 0 : nil
        let responseName = frame.responseName, regressorNames = frame.regressorNames
        let droppedForMissing = frame.droppedForMissing, notes = frame.notes
        // Candidate regressors (the intercept is absorbed by fixed effects or centred away).
        let candidates = (0..<regressorNames.count).filter { $0 != interceptColumn }
        let absorbed = !sample.fixedEffects.isEmpty
        // Working columns (demeaned, centred or raw): the candidates, and the response apart
        // (it becomes the residuals in place, so no n-length copy is made for them).
        var working: Matrix
        var response: [Double]
        let summary: WorkingSummary
        let demeaningStarted = PhaseTimings.Instant.now()
        let emptyFrame = ModelFrame(responseName: responseName, response: [], regressors: Matrix(rows: 0, columns: 0),
                                    regressorNames: [], hasIntercept: false)
        if absorbed && sample.rows == nil {
            // Take the frame's columns and let the frame go, so they are demeaned in place.
            let columns = frame.regressors.storage, frameResponse = frame.response
            frame = emptyFrame
            (working, response, summary) = demeanedInPlace(columns, response: frameResponse, candidates: candidates,
                                                           sample: sample, options: options)
        } else {
            (working, response, summary) = workingFromCopy(frame, candidates: candidates, sample: sample,
                                                           centred: interceptColumn != nil, options: options)
            // The frame's columns are no longer needed: let them go before the factorization (memory).
            frame = emptyFrame
        }
        let demeaningEnded = PhaseTimings.Instant.now()
        timings.add(since: demeaningStarted, to: .demean)
        defer {   // the fit phase: everything but the demeaning
            let end = PhaseTimings.Instant.now()
            timings.add(end.wall - started.wall - (demeaningEnded.wall - demeaningStarted.wall),
                        cpu: end.cpu - started.cpu - (demeaningEnded.cpu - demeaningStarted.cpu),
                        peakResident: ProcessMemory.peakResidentBytes(), to: .fit)
        }
        let n = sample.count
        // Norms of the working (candidate) columns.
        let workingNorms = (0..<working.columns).map { weightedNorm(working, column: $0, weights: sample.weights) }
        let withinTotalSumOfSquares = absorbed ? weightedSumOfSquares(response, weights: sample.weights) : nil

        // Collinearity screen in formula order, and the QR of the kept columns; the
        // factorization (an n × k copy) is released as soon as θ and the bread are known.
        let sqrtWeights = sample.weights?.map { $0.squareRoot() }
        let whitenedResponse = sqrtWeights.map { s in zip(response, s).map { $0 * $1 } }
        let (kept, dropped, theta, slopeBread) = try solve(
            working: working, response: response, candidateCount: candidates.count, rawNorms: summary.rawNorms,
            workingNorms: workingNorms, sqrtWeights: sqrtWeights, whitenedResponse: whitenedResponse,
            options: options, n: n, absorbed: absorbed, intercept: interceptColumn != nil,
            fixedEffects: sample.fixedEffects, names: candidates.map { regressorNames[$0] })
        let intercept = interceptColumn != nil && !absorbed
        let slopes = kept.indices.map { theta[$0] / workingNorms[kept[$0]] }
        let coefficients = intercept ? [interceptEstimate(means: summary.means, kept: kept, slopes: slopes)] + slopes : slopes
        let (residuals, design) = intercept
            ? (workingResiduals(working: working, response: consume response, slopes: slopes, kept: kept),
               centredDesign(working, kept: kept, norms: workingNorms))
            : residualsAndScaledDesign(consume working, response: consume response, slopes: slopes, kept: kept,
                                       norms: workingNorms)
        let (bread, transform) = breadAndTransform(slopeBread: slopeBread, kept: kept, norms: workingNorms,
                                                   means: summary.means, intercept: intercept, sample: sample)
        return RegressionFit(
            responseName: responseName,
            termNames: (intercept ? [regressorNames[interceptColumn!]] : []) + kept.map { regressorNames[candidates[$0]] },
            coefficients: coefficients, droppedTerms: dropped.map { regressorNames[candidates[$0]] },
            hasIntercept: intercept, observationCount: n,
            residuals: residuals, weights: sample.weights,
            residualSumOfSquares: weightedSumOfSquares(residuals, weights: sample.weights),
            totalSumOfSquares: summary.totalSumOfSquares,
            withinTotalSumOfSquares: withinTotalSumOfSquares,
            fixedEffects: sample.fixedEffects, clusters: sample.clusters, singletonsRemoved: sample.singletonsRemoved,
            droppedForMissing: droppedForMissing, designNotes: notes, demeaning: summary.demeaning,
            explicitSourceRows: sample.sourceRows,
            options: options, workingDesign: design, workingBread: bread,
            parameterTransform: transform)
    }

    /// The intercept of a centred fit, `ȳ − Σⱼ x̄ⱼ β̂ⱼ`: `means` are the weighted column means
    /// of the working columns (the response last), `kept` the kept columns of the slopes.
    private static func interceptEstimate(means: [Double], kept: [Int], slopes: [Double]) -> Double {
        means[means.count - 1] - zip(kept, slopes).reduce(0) { $0 + means[$1.0] * $1.1 }
    }

    /// The observations a fit uses: the frame's, less the singletons when they are dropped.
    struct Sample {
        /// Observations used.
        let count: Int
        /// Frame rows kept, or `nil` when every row is (the common case: no n-length copy).
        let rows: [Int]?
        let singletonsRemoved: Int
        let weights: [Double]?
        let fixedEffects: [FactorCodes]
        let clusters: [FactorCodes]
        /// Table rows of the observations, `nil` when they are `0..<count` (not stored).
        let sourceRows: [Int]?

        /// Drops singletons (iteratively, `SingletonFilter`) when the frame has fixed
        /// effects and `options.singletons` is `.drop`.
        init(_ frame: borrowing ModelFrame, options: RegressionOptions) throws(EstimationError) {
            var rows: [Int]?
            var singletons = 0
            // One counting pass per factor decides; the mask is only made when there are singletons.
            if options.singletons == .drop, let keep = SingletonFilter.nonSingletonMaskIfAny(frame.fixedEffects) {
                singletons = keep.lazy.filter { !$0 }.count
                rows = keep.indices.filter { keep[$0] }
            }
            count = frame.observationCount - singletons
            guard count > 0 else { throw singletons > 0 ? .allSingletons(count: singletons) : .noObservations }
            self.rows = rows
            singletonsRemoved = singletons
            let frameWeights = frame.weights, frameRows = frame.explicitSourceRows
            weights = frameWeights.map { w in rows.map { $0.map { w[$0] } } ?? w }
            fixedEffects = frame.fixedEffects.map { factor in
                rows.map { factor.restricted(to: $0) } ?? factor.renumberedByAppearance()
            }
            let frameEffects = frame.fixedEffects, sampleEffects = fixedEffects
            clusters = frame.clusters.map { factor in
                // A cluster variable that is a fixed effect (the default) is restricted once.
                if let same = frameEffects.firstIndex(of: factor) { return sampleEffects[same] }
                return rows.map { factor.restricted(to: $0) } ?? factor.renumberedByAppearance()
            }
            sourceRows = TableRows.composed(frameRows, keeping: rows)
        }
    }

    /// What the working step measured on the raw columns: the candidates' weighted norms,
    /// the weighted means removed (zeros unless centred), the total sum of squares and the
    /// demeaning report (with fixed effects).
    struct WorkingSummary {
        let rawNorms: [Double]
        let means: [Double]
        let totalSumOfSquares: Double
        let demeaning: DemeaningReport?
    }

    /// With fixed effects and every row kept: demeans the frame's own columns in place.
    /// The candidate columns are moved to the front of `columns` (the frame's storage,
    /// which the caller has released, so no copy is made) and demeaned together with the
    /// response in its own array (the frame's, so no copy either when the caller let the
    /// frame go); no raw n × k copy and no second demeaned matrix is made.
    private static func demeanedInPlace(_ columns: consuming [Double], response y: consuming [Double], candidates: [Int],
                                        sample: Sample,
                                        options: RegressionOptions) -> (Matrix, [Double], WorkingSummary) {
        let n = sample.count, weights = sample.weights
        var storage = columns
        let rawNorms = storage.withUnsafeBufferPointer { regressors in
            candidates.map { weightedNorm(column($0, of: regressors, rows: n), weights: weights) }
        }
        let tss = y.withUnsafeBufferPointer { centredSumOfSquares($0, weights: weights) }
        storage.withUnsafeMutableBufferPointer { buffer in
            for (position, j) in candidates.enumerated() where position != j {
                let base = buffer.baseAddress!
                (base + position * n).update(from: base + j * n, count: n)
            }
        }
        storage.removeLast(storage.count - n * candidates.count)
        var working = Matrix(rows: n, columns: candidates.count, storage: consume storage)
        var response = y
        let report = demeanTogether(&working, &response, sample: sample, options: options)
        let summary = WorkingSummary(rawNorms: rawNorms, means: [Double](repeating: 0, count: candidates.count + 1),
                                     totalSumOfSquares: tss, demeaning: report)
        return (working, response, summary)
    }

    /// Demeans the columns of `working` and `response` in place, together (as one n × (k + 1)
    /// matrix with the response last: the same groups of columns, the same arithmetic),
    /// without putting them side by side in memory.
    private static func demeanTogether(_ working: inout Matrix, _ response: inout [Double], sample: Sample,
                                       options: RegressionOptions) -> DemeaningReport {
        let n = working.rows, k = working.columns
        return working.storage.withUnsafeMutableBufferPointer { columns in
            response.withUnsafeMutableBufferPointer { y in
                let outputs = (0..<k).map { columns.baseAddress! + $0 * n } + [y.baseAddress!]
                return Demeaning.demean(inputs: outputs.map { UnsafePointer($0) }, outputs: outputs, rows: n,
                                        by: sample.fixedEffects, weights: sample.weights, options: options.demeaning)
            }
        }
    }

    /// `Σ wᵢ (yᵢ − ȳ_w)²` about the weighted mean (``weightedMean(_:weights:)``), without a
    /// centred copy.
    static func centredSumOfSquares(_ values: UnsafeBufferPointer<Double>, weights: [Double]?) -> Double {
        let mean = weightedMean(values, weights: weights)
        var sum = 0.0
        if let weights {
            for i in values.indices { sum += weights[i] * (values[i] - mean) * (values[i] - mean) }
        } else {
            for i in values.indices { sum += (values[i] - mean) * (values[i] - mean) }
        }
        return sum
    }

    /// Otherwise: copies the candidate columns and the response (on the kept rows), then
    /// demeans them (fixed effects), centres them (intercept) or leaves them raw.
    private static func workingFromCopy(_ frame: ModelFrame, candidates: [Int], sample: Sample, centred: Bool,
                                        options: RegressionOptions) -> (Matrix, [Double], WorkingSummary) {
        let n = sample.count, weights = sample.weights, columnCount = candidates.count + 1
        var y = sample.rows.map { $0.map { frame.response[$0] } } ?? frame.response
        var raw = [Double]()
        raw.reserveCapacity(n * candidates.count)
        for j in candidates {
            let column = frame.regressors.column(j)
            if let rows = sample.rows { raw.append(contentsOf: rows.map { column[$0] }) } else { raw.append(contentsOf: column) }
        }
        var working = Matrix(rows: n, columns: candidates.count, storage: raw)
        raw = []
        let rawNorms = (0..<candidates.count).map { weightedNorm(working, column: $0, weights: weights) }
        let absorbed = !sample.fixedEffects.isEmpty
        let tss = absorbed || centred
            ? y.withUnsafeBufferPointer { centredSumOfSquares($0, weights: weights) }
            : weightedSumOfSquares(y, weights: weights)
        var means = [Double](repeating: 0, count: columnCount)
        var report: DemeaningReport?
        if absorbed {
            report = demeanTogether(&working, &y, sample: sample, options: options)
        } else if centred {
            means = (0..<candidates.count).map { weightedMean(working, column: $0, weights: weights) }
                + [y.withUnsafeBufferPointer { weightedMean($0, weights: weights) }]
            for j in 0..<candidates.count {
                let m = means[j]
                for i in 0..<n { working.storage[i + j * n] -= m }
            }
            let m = means[candidates.count]
            for i in 0..<n { y[i] -= m }
        }
        return (working, y, WorkingSummary(rawNorms: rawNorms, means: means, totalSumOfSquares: tss, demeaning: report))
    }

    /// `e = ỹ − Σⱼ bⱼ z̃ⱼ` over the kept working columns (unweighted residuals), `ỹ` the
    /// working response, whose storage becomes the residuals'.
    private static func workingResiduals(working: Matrix, response: consuming [Double], slopes: [Double],
                                         kept: [Int]) -> [Double] {
        let n = working.rows
        var residuals = response
        working.storage.withUnsafeBufferPointer { columns in
            residuals.withUnsafeMutableBufferPointer { e in
                for (slope, j) in zip(slopes, kept) {
                    let base = j * n
                    for i in 0..<n { e[i] -= slope * columns[base + i] }
                }
            }
        }
        return residuals
    }

    /// The working design `Z` (unweighted) with an intercept: a column of ones, then the
    /// kept columns scaled to unit weighted norm (a new matrix).
    private static func centredDesign(_ working: Matrix, kept: [Int], norms: [Double]) -> Matrix {
        let n = working.rows
        var columns = [Double]()
        columns.reserveCapacity(n * (kept.count + 1))
        columns.append(contentsOf: repeatElement(1.0, count: n))
        for j in kept {
            let scale = 1 / norms[j]
            columns.append(contentsOf: working.column(j).map { $0 * scale })
        }
        return Matrix(rows: n, columns: kept.count + 1, storage: columns)
    }

    /// Without an intercept: the residuals `e = ỹ − Σⱼ bⱼ z̃ⱼ` (in the response's own
    /// storage) and the working design `Z`, the kept columns scaled to unit weighted norm in
    /// place in `working`'s storage with the gaps closed (no second n × k copy), in one
    /// pass over the rows, a block at a time, so each value comes from memory once. Each
    /// value gets the same operations in the same order as in ``workingResiduals(working:response:slopes:kept:)``
    /// followed by a scaling, so the numbers are the same bit for bit. (A column is written
    /// to position `a ≤ j` only after every read of position `a` in the block: `kept` increases.)
    private static func residualsAndScaledDesign(_ working: consuming Matrix, response: consuming [Double],
                                                 slopes: [Double], kept: [Int],
                                                 norms: [Double]) -> (residuals: [Double], design: Matrix) {
        let n = working.rows
        var storage = working.storage
        working = Matrix(rows: 0, columns: 0)
        var residuals = response
        let scales = kept.map { 1 / norms[$0] }
        let blockRows = 4096
        storage.withUnsafeMutableBufferPointer { columns in
            residuals.withUnsafeMutableBufferPointer { e in
                let base = columns.baseAddress!
                for start in stride(from: 0, to: n, by: blockRows) {
                    let end = min(start + blockRows, n)
                    for (a, j) in kept.enumerated() {
                        let slope = slopes[a], scale = scales[a]
                        let from = base + j * n, to = base + a * n
                        for i in start..<end { e[i] -= slope * from[i] }
                        for i in start..<end { to[i] = from[i] * scale }
                    }
                }
            }
        }
        storage.removeLast(storage.count - n * kept.count)
        return (residuals, Matrix(rows: n, columns: kept.count, storage: storage))
    }

    /// The bread `(ZᵀWZ)⁻¹` of the working design and the map `A` with `β = A θ` (undo
    /// the scaling and, with an intercept, the centring).
    private static func breadAndTransform(slopeBread: Matrix, kept: [Int], norms: [Double], means: [Double],
                                          intercept: Bool, sample: Sample) -> (bread: Matrix, transform: Matrix) {
        let k = kept.count + (intercept ? 1 : 0)
        var bread = Matrix(rows: k, columns: k)
        var transform = Matrix(rows: k, columns: k)
        let offset = intercept ? 1 : 0
        if intercept {
            bread[0, 0] = 1 / (sample.weights?.reduce(0, +) ?? Double(sample.count))
            transform[0, 0] = 1
            for (a, j) in kept.enumerated() { transform[0, a + 1] = -means[j] / norms[j] }
        }
        for (a, j) in kept.enumerated() {
            transform[a + offset, a + offset] = 1 / norms[j]
            for b in kept.indices { bread[a + offset, b + offset] = slopeBread[a, b] }
        }
        return (bread, transform)
    }

    /// The collinearity screen, `θ` from the QR of the kept columns, and the bread
    /// `(RᵀR)⁻¹`; the factorization is freed on return.
    private static func solve(working: Matrix, response: [Double], candidateCount: Int, rawNorms: [Double],
                              workingNorms: [Double], sqrtWeights: [Double]?, whitenedResponse: [Double]?,
                              options: RegressionOptions, n: Int, absorbed: Bool, intercept: Bool,
                              fixedEffects: [FactorCodes], names: [String])
        throws(EstimationError) -> (kept: [Int], dropped: [Int], theta: [Double], bread: Matrix) {
        if candidateCount == 0 && (!intercept || absorbed) { throw .emptyModel }
        if n < candidateCount {
            throw .tooFewObservations(observations: n, parameters: candidateCount + (intercept && !absorbed ? 1 : 0))
        }
        // Unweighted, the normal equations when they are sure to agree with the QR screen
        // (one pass over the data, no n × k copy); otherwise the QR screen.
        let fast = sqrtWeights == nil
            ? try CollinearityScreen.byNormalEquations(working: working, response: response,
                                                       rawNorms: rawNorms, workingNorms: workingNorms,
                                                       tolerance: options.collinearityTolerance)
            : nil
        let screen = fast != nil ? nil : try CollinearityScreen(
            working: working, candidateCount: candidateCount, rawNorms: rawNorms, workingNorms: workingNorms,
            sqrtWeights: sqrtWeights, tolerance: options.collinearityTolerance)
        let kept = fast?.kept ?? screen!.kept, dropped = fast?.dropped ?? screen!.dropped
        if kept.isEmpty && !intercept || kept.isEmpty && absorbed {
            throw .noIdentifiedRegressors(dropped: dropped.map { names[$0] })
        }
        let k = kept.count + (intercept && !absorbed ? 1 : 0)
        let parameters = k + (absorbed ? fixedEffects.reduce(0) { $0 + $1.levelCount } - (fixedEffects.count - 1) : 0)
        guard n > parameters else { throw .tooFewObservations(observations: n, parameters: parameters) }
        let theta: [Double], upperFactor: Matrix
        if let fast {
            (theta, upperFactor) = (fast.theta, fast.upperFactor)
        } else {
            let factorization = screen!.factorization
            let target = whitenedResponse ?? response
            theta = try numeric { () throws(LinearAlgebraError) in try factorization.solveLeastSquares(target) }
            upperFactor = factorization.upperFactor
        }
        let bread = try numeric { () throws(LinearAlgebraError) in
            try CholeskyFactorization(upperFactor: upperFactor).inverse()
        }
        return (kept, dropped, theta, bread)
    }

    /// Column `j` of a column-major buffer with `rows` rows.
    private static func column(_ j: Int, of buffer: UnsafeBufferPointer<Double>, rows: Int) -> UnsafeBufferPointer<Double> {
        UnsafeBufferPointer(rebasing: buffer[(j * rows)..<((j + 1) * rows)])
    }

    /// Rejects non-finite values and non-positive weights.
    private static func validate(_ frame: ModelFrame) throws(EstimationError) {
        // A branch-free scan first (the usual all-finite case); the search for the first
        // non-finite value only when there is one.
        if !ColumnScan.allFinite(frame.response), let i = frame.response.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(variable: frame.responseName, observation: i)
        }
        let n = frame.observationCount
        // One unchecked pass over the storage; the error names the first non-finite value.
        let firstNonFinite = frame.regressors.storage.withUnsafeBufferPointer { values -> Int? in
            let used = UnsafeBufferPointer(rebasing: values.prefix(n * frame.regressors.columns))
            return ColumnScan.allFinite(used) ? nil : used.firstIndex { !$0.isFinite }
        }
        if let index = firstNonFinite {
            throw .nonFiniteValue(variable: frame.regressorNames[index / n], observation: index % n)
        }
        if let weights = frame.weights {
            for (i, w) in weights.enumerated() {
                if !w.isFinite { throw .nonFiniteValue(variable: "weights", observation: i) }
                if w <= 0 { throw .nonPositiveWeight(observation: i, value: w) }
            }
        }
    }

    static func weightedNorm(_ matrix: Matrix, column j: Int, weights: [Double]?) -> Double {
        matrix.storage.withUnsafeBufferPointer { weightedNorm(column(j, of: $0, rows: matrix.rows), weights: weights) }
    }

    /// `√(Σ wᵢ vᵢ²)` (`wᵢ = 1` without weights), in one pass over the values: the plain sum
    /// of squares beside the largest `|vᵢ|`, in four interleaved partial sums. When the plain
    /// sum could have overflowed or lost the small terms (the largest `|vᵢ|` outside
    /// `[1e-100, 1e100]`, or a sum that is not finite), a second pass sums `(vᵢ / max)²`
    /// instead and scales back, as LAPACK's `dnrm2` guards against both.
    static func weightedNorm(_ values: UnsafeBufferPointer<Double>, weights: [Double]?) -> Double {
        let n = values.count, blocks = n / 4
        var m0 = 0.0, m1 = 0.0, m2 = 0.0, m3 = 0.0   // largest |vᵢ| per lane
        var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0   // Σ wᵢ vᵢ² per lane
        if let weights {
            weights.withUnsafeBufferPointer { w in
                for block in 0..<blocks {
                    let i = block * 4
                    let v0 = values[i], v1 = values[i + 1], v2 = values[i + 2], v3 = values[i + 3]
                    m0 = max(m0, abs(v0)); m1 = max(m1, abs(v1)); m2 = max(m2, abs(v2)); m3 = max(m3, abs(v3))
                    s0 += w[i] * v0 * v0; s1 += w[i + 1] * v1 * v1; s2 += w[i + 2] * v2 * v2; s3 += w[i + 3] * v3 * v3
                }
                for i in (blocks * 4)..<n {
                    m0 = max(m0, abs(values[i]))
                    s0 += w[i] * values[i] * values[i]
                }
            }
        } else {
            for block in 0..<blocks {
                let i = block * 4
                let v0 = values[i], v1 = values[i + 1], v2 = values[i + 2], v3 = values[i + 3]
                m0 = max(m0, abs(v0)); m1 = max(m1, abs(v1)); m2 = max(m2, abs(v2)); m3 = max(m3, abs(v3))
                s0 += v0 * v0; s1 += v1 * v1; s2 += v2 * v2; s3 += v3 * v3
            }
            for i in (blocks * 4)..<n {
                m0 = max(m0, abs(values[i]))
                s0 += values[i] * values[i]
            }
        }
        let scale = max(max(m0, m1), max(m2, m3))
        guard scale > 0 else { return 0 }
        let sum = (s0 + s1) + (s2 + s3)
        if scale >= 1e-100 && scale <= 1e100 && sum.isFinite { return sum.squareRoot() }
        return scaledNorm(values, weights: weights, scale: scale)
    }

    /// `scale · √(Σ wᵢ (vᵢ / scale)²)`: the norm without overflow or underflow, `scale` the
    /// largest `|vᵢ|`.
    private static func scaledNorm(_ values: UnsafeBufferPointer<Double>, weights: [Double]?, scale: Double) -> Double {
        var sum = 0.0
        for i in values.indices {
            let v = values[i] / scale
            sum += (weights?[i] ?? 1) * v * v
        }
        return scale * sum.squareRoot()
    }

    static func weightedMean(_ matrix: Matrix, column j: Int, weights: [Double]?) -> Double {
        matrix.storage.withUnsafeBufferPointer { weightedMean(column(j, of: $0, rows: matrix.rows), weights: weights) }
    }

    static func weightedMean(_ values: UnsafeBufferPointer<Double>, weights: [Double]?) -> Double {
        let n = values.count
        // Two passes: the second corrects the first mean's rounding error.
        var sum = 0.0, total = 0.0
        for i in 0..<n {
            let w = weights?[i] ?? 1
            sum += w * values[i]
            total += w
        }
        let first = sum / total
        var correction = 0.0
        for i in 0..<n { correction += (weights?[i] ?? 1) * (values[i] - first) }
        return first + correction / total
    }

    static func weightedSumOfSquares(_ values: [Double], weights: [Double]?) -> Double {
        values.withUnsafeBufferPointer { weightedSumOfSquares($0, weights: weights) }
    }

    static func weightedSumOfSquares(_ values: UnsafeBufferPointer<Double>, weights: [Double]?) -> Double {
        var sum = 0.0
        if let weights {
            for i in values.indices { sum += weights[i] * values[i] * values[i] }
        } else {
            for i in values.indices { sum += values[i] * values[i] }
        }
        return sum
    }
}
