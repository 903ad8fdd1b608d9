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
/// 4. Solve `min ‖W^{1/2}(y − Zθ)‖` by the same QR (`Rθ = Qᵀy`), never by normal
///    equations; map back to the original coefficients (undo scaling and centring).
///
/// Conventions: coefficients match statsmodels `OLS`/`WLS` and pyfixest `feols`; weights
/// are analytic (precision) weights multiplying the squared residuals.
public enum LinearRegression {
    /// Fits the model described by `frame`.
    ///
    /// - Parameters:
    ///   - frame: response, regressors (intercept first when present), weights, fixed
    ///     effects and cluster variables. Passed as its last use (`fit(consume frame)`), a
    ///     frame with fixed effects and no singletons is demeaned straight from its columns
    ///     and freed before the factorization, so large designs are not held twice.
    ///   - options: singleton policy, demeaning and collinearity settings (defaults in
    ///     `RegressionOptions`).
    /// - Throws: `EstimationError` for non-finite data, non-positive weights, too few
    ///   observations, all regressors collinear, or a numerical failure.
    public static func fit(_ frame: consuming ModelFrame,
                           options: RegressionOptions = .init()) throws(EstimationError) -> RegressionFit {
        try validate(frame)
        // Singletons. `rows` is only made when some are dropped (it is n integers).
        var rows: [Int] = []
        var singletons = 0
        if !frame.fixedEffects.isEmpty && options.singletons == .drop {
            let keep = SingletonFilter.nonSingletonMask(frame.fixedEffects)
            singletons = keep.lazy.filter { !$0 }.count
            if singletons > 0 { rows = keep.indices.filter { keep[$0] } }
        }
        let n = frame.observationCount - singletons
        guard n > 0 else { throw .noObservations }
        let subset = singletons > 0
        let weights = frame.weights.map { w in subset ? rows.map { w[$0] } : w }
        let fixedEffects = frame.fixedEffects.map { subset ? $0.restricted(to: rows) : $0.renumberedByAppearance() }
        let clusters = frame.clusters.map { subset ? $0.restricted(to: rows) : $0.renumberedByAppearance() }
        let absorbed = !fixedEffects.isEmpty
        let interceptColumn = frame.hasIntercept ? 0 : nil
        let responseName = frame.responseName, regressorNames = frame.regressorNames
        let droppedForMissing = frame.droppedForMissing, notes = frame.notes
        let sourceRows = subset ? rows.map { frame.sourceRows[$0] } : frame.sourceRows
        // Candidate regressors (the intercept is absorbed by fixed effects or centred away).
        let candidates = (0..<regressorNames.count).filter { $0 != interceptColumn }

        // Working columns (demeaned, centred or raw), with the response last; the norms and
        // means of the raw columns and the total sum of squares are taken on the way.
        let columnCount = candidates.count + 1
        var working: Matrix
        var demeaningReport: DemeaningReport?
        var means = [Double](repeating: 0, count: columnCount)
        let rawNorms: [Double]
        let responseMean: Double
        let tss: Double
        if absorbed && !subset {
            // Demean straight from the frame's columns, then let the frame go (memory).
            let y = frame.response
            rawNorms = candidates.map { j in
                frame.regressors.storage.withUnsafeBufferPointer { weightedNorm(column(j, of: $0, rows: n), weights: weights) }
            } + [y.withUnsafeBufferPointer { weightedNorm($0, weights: weights) }]
            responseMean = y.withUnsafeBufferPointer { weightedMean($0, weights: weights) }
            tss = weightedSumOfSquares(y.map { $0 - responseMean }, weights: weights)
            let result = frame.regressors.storage.withUnsafeBufferPointer { regressors in
                y.withUnsafeBufferPointer { response in
                    Demeaning.demean(inputs: candidates.map { column($0, of: regressors, rows: n).baseAddress! }
                                        + [response.baseAddress!],
                                     rows: n, by: fixedEffects, weights: weights, options: options.demeaning)
                }
            }
            frame = ModelFrame(responseName: responseName, response: [], regressors: Matrix(rows: 0, columns: 0),
                               regressorNames: [], hasIntercept: false)
            working = result.demeaned
            demeaningReport = result.report
        } else {
            let y = subset ? rows.map { frame.response[$0] } : frame.response
            var raw = [Double]()
            raw.reserveCapacity(n * columnCount)
            for j in candidates {
                let column = frame.regressors.column(j)
                if subset { raw.append(contentsOf: rows.map { column[$0] }) } else { raw.append(contentsOf: column) }
            }
            raw.append(contentsOf: y)
            var rawMatrix = Matrix(rows: n, columns: columnCount, storage: raw)
            raw = []
            rawNorms = (0..<rawMatrix.columns).map { weightedNorm(rawMatrix, column: $0, weights: weights) }
            responseMean = weightedMean(rawMatrix, column: rawMatrix.columns - 1, weights: weights)
            if absorbed || interceptColumn != nil {
                tss = weightedSumOfSquares(y.map { $0 - responseMean }, weights: weights)
            } else {
                tss = weightedSumOfSquares(y, weights: weights)
            }
            if absorbed {
                let result = Demeaning.demean(rawMatrix, by: fixedEffects, weights: weights,
                                              options: options.demeaning)
                working = result.demeaned
                demeaningReport = result.report
                rawMatrix = Matrix(rows: 0, columns: 0)   // release the raw copy early (memory)
            } else if interceptColumn != nil {
                means = (0..<rawMatrix.columns).map { weightedMean(rawMatrix, column: $0, weights: weights) }
                working = rawMatrix
                rawMatrix = Matrix(rows: 0, columns: 0)
                for j in 0..<working.columns {
                    let m = means[j]
                    for i in 0..<n { working.storage[i + j * n] -= m }
                }
            } else {
                working = rawMatrix
            }
        }
        let responseColumn = working.columns - 1
        let workingResponse = working.column(responseColumn)
        let workingNorms = (0..<working.columns).map { weightedNorm(working, column: $0, weights: weights) }

        // Collinearity screen in formula order, and the QR of the kept columns; the
        // factorization (an n × k copy) is released as soon as θ and the bread are known.
        let sqrtWeights = weights?.map { $0.squareRoot() }
        let whitenedResponse = sqrtWeights.map { s in zip(workingResponse, s).map { $0 * $1 } } ?? workingResponse
        let (kept, dropped, theta, slopeBread) = try solve(
            working: working, candidateCount: candidates.count, rawNorms: rawNorms,
            workingNorms: workingNorms, sqrtWeights: sqrtWeights, response: whitenedResponse,
            options: options, n: n, absorbed: absorbed, intercept: interceptColumn != nil,
            fixedEffects: fixedEffects, names: candidates.map { regressorNames[$0] })
        let keptNames = kept.map { regressorNames[candidates[$0]] }
        let droppedNames = dropped.map { regressorNames[candidates[$0]] }
        let intercept = interceptColumn != nil && !absorbed
        let k = kept.count + (intercept ? 1 : 0)

        let slopes = kept.indices.map { theta[$0] / workingNorms[kept[$0]] }
        var residuals = workingResponse
        working.storage.withUnsafeBufferPointer { columns in
            residuals.withUnsafeMutableBufferPointer { e in
                for (slope, j) in zip(slopes, kept) {
                    let base = j * n
                    for i in 0..<n { e[i] -= slope * columns[base + i] }
                }
            }
        }
        var coefficients = slopes
        if intercept {
            let interceptValue = means[responseColumn] - zip(kept, slopes).reduce(0) { $0 + means[$1.0] * $1.1 }
            coefficients.insert(interceptValue, at: 0)
        }

        // Working design Z (unweighted, scaled), its bread, and the map back to β.
        let design: Matrix
        if intercept {
            var designColumns = [Double]()
            designColumns.reserveCapacity(n * k)
            designColumns.append(contentsOf: repeatElement(1.0, count: n))
            for j in kept {
                let scale = 1 / workingNorms[j]
                designColumns.append(contentsOf: working.column(j).map { $0 * scale })
            }
            design = Matrix(rows: n, columns: k, storage: designColumns)
        } else {
            // Scale the kept columns in place and close the gaps (no second n × k copy).
            var storage = working.storage
            working = Matrix(rows: 0, columns: 0)
            storage.withUnsafeMutableBufferPointer { columns in
                for (a, j) in kept.enumerated() {
                    let scale = 1 / workingNorms[j]
                    let from = j * n, to = a * n
                    for i in 0..<n { columns[to + i] = columns[from + i] * scale }
                }
            }
            storage.removeLast(storage.count - n * k)
            design = Matrix(rows: n, columns: k, storage: storage)
        }
        var bread = Matrix(rows: k, columns: k)
        var transform = Matrix(rows: k, columns: k)
        let offset = intercept ? 1 : 0
        if intercept {
            let totalWeight = weights?.reduce(0, +) ?? Double(n)
            bread[0, 0] = 1 / totalWeight
            transform[0, 0] = 1
            for (a, j) in kept.enumerated() { transform[0, a + 1] = -means[j] / workingNorms[j] }
        }
        for (a, j) in kept.enumerated() {
            transform[a + offset, a + offset] = 1 / workingNorms[j]
            for (b, _) in kept.enumerated() { bread[a + offset, b + offset] = slopeBread[a, b] }
        }

        let rss = weightedSumOfSquares(residuals, weights: weights)
        let names = (intercept ? [regressorNames[interceptColumn!]] : []) + keptNames
        return RegressionFit(
            responseName: responseName, termNames: names, coefficients: coefficients,
            droppedTerms: droppedNames, hasIntercept: intercept, observationCount: n,
            residuals: residuals, weights: weights, residualSumOfSquares: rss,
            totalSumOfSquares: tss,
            withinTotalSumOfSquares: absorbed ? weightedSumOfSquares(workingResponse, weights: weights) : nil,
            fixedEffects: fixedEffects, clusters: clusters, singletonsRemoved: singletons,
            droppedForMissing: droppedForMissing, designNotes: notes, demeaning: demeaningReport,
            sourceRows: sourceRows,
            options: options, workingDesign: design, workingBread: bread,
            parameterTransform: transform)
    }

    /// The collinearity screen, `θ` from the QR of the kept columns, and the bread
    /// `(RᵀR)⁻¹`; the factorization is freed on return.
    private static func solve(working: Matrix, candidateCount: Int, rawNorms: [Double],
                              workingNorms: [Double], sqrtWeights: [Double]?, response: [Double],
                              options: RegressionOptions, n: Int, absorbed: Bool, intercept: Bool,
                              fixedEffects: [FactorCodes], names: [String])
        throws(EstimationError) -> (kept: [Int], dropped: [Int], theta: [Double], bread: Matrix) {
        let screen = try CollinearityScreen(working: working, candidateCount: candidateCount,
                                            rawNorms: rawNorms, workingNorms: workingNorms,
                                            sqrtWeights: sqrtWeights, tolerance: options.collinearityTolerance)
        let kept = screen.kept, dropped = screen.dropped, factorization = screen.factorization
        if kept.isEmpty && !intercept || kept.isEmpty && absorbed {
            throw .noIdentifiedRegressors(dropped: dropped.map { names[$0] })
        }
        let k = kept.count + (intercept && !absorbed ? 1 : 0)
        let parameters = k + (absorbed ? fixedEffects.reduce(0) { $0 + $1.levelCount } - (fixedEffects.count - 1) : 0)
        guard n > parameters else { throw .tooFewObservations(observations: n, parameters: parameters) }
        let theta = try numeric { () throws(LinearAlgebraError) in try factorization.solveLeastSquares(response) }
        let bread = try numeric { () throws(LinearAlgebraError) in
            try CholeskyFactorization(upperFactor: factorization.upperFactor).inverse()
        }
        return (kept, dropped, theta, bread)
    }

    /// Column `j` of a column-major buffer with `rows` rows.
    private static func column(_ j: Int, of buffer: UnsafeBufferPointer<Double>, rows: Int) -> UnsafeBufferPointer<Double> {
        UnsafeBufferPointer(rebasing: buffer[(j * rows)..<((j + 1) * rows)])
    }

    /// Rejects non-finite values and non-positive weights.
    private static func validate(_ frame: ModelFrame) throws(EstimationError) {
        if let i = frame.response.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(variable: frame.responseName, observation: i)
        }
        let n = frame.observationCount
        for j in 0..<frame.regressors.columns {
            for i in 0..<n where !frame.regressors.storage[i + j * n].isFinite {
                throw .nonFiniteValue(variable: frame.regressorNames[j], observation: i)
            }
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

    static func weightedNorm(_ values: UnsafeBufferPointer<Double>, weights: [Double]?) -> Double {
        let n = values.count
        var scale = 0.0
        for i in 0..<n { scale = max(scale, abs(values[i])) }
        guard scale > 0 else { return 0 }
        var sum = 0.0
        if let weights {
            for i in 0..<n {
                let v = values[i] / scale
                sum += weights[i] * v * v
            }
        } else {
            for i in 0..<n {
                let v = values[i] / scale
                sum += 1 * v * v
            }
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
        var sum = 0.0
        for (i, v) in values.enumerated() { sum += (weights?[i] ?? 1) * v * v }
        return sum
    }
}
