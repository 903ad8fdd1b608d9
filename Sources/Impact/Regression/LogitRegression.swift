import Foundation

/// Logistic regression (logit) by Newton's method, which for the logit is iteratively
/// reweighted least squares.
///
/// Model: P(y = 1 | x) = Λ(x'β), Λ(η) = 1/(1 + e^{−η}). Each iteration forms the
/// weights wᵢ = pᵢ(1 − pᵢ), the information X'WX (as the Gram matrix of the rows of X
/// scaled by √wᵢ, BLAS `dsyrk`) and the score X'(y − p), and takes the step
/// Δ = (X'WX)⁻¹ X'(y − p) by a Cholesky solve (LAPACK `dpotrs`) — the weighted
/// least-squares step of IRLS. The covariance is (X'WX)⁻¹ at the estimate.
///
/// Conventions: matches `statsmodels.api.Logit(...).fit()` (method "newton"): start at
/// β = 0, stop when every |Δⱼ| ≤ ``tolerance`` (default 1e-8) or after ``maximumIterations``
/// (default 35), no step halving. z statistics, p-values and intervals use the normal
/// distribution.
///
/// Separation: when every fitted probability is within 1e-8 of its outcome the data are
/// perfectly separated; when the iteration limit is reached while some fitted
/// probabilities are within 1e-8 of 0 or 1 the separation is quasi-complete. Both throw
/// rather than return meaningless, diverging coefficients.
public struct LogitRegression: Sendable, Equatable {
    /// Largest number of Newton iterations; default 35 (statsmodels' `maxiter`).
    public var maximumIterations: Int
    /// Convergence threshold on the largest absolute coefficient change; default 1e-8.
    public var tolerance: Double

    /// Fitted probabilities closer than this to 0 or 1 count as predicted exactly.
    static let separationThreshold = 1e-8

    /// Creates the estimator with statsmodels' defaults.
    public init(maximumIterations: Int = 35, tolerance: Double = 1e-8) {
        self.maximumIterations = maximumIterations
        self.tolerance = tolerance
    }

    /// Fits the logit of a formula on a table, e.g. `treated ~ x1 + x2 + x3` (the intercept
    /// is included unless the formula removes it). Rows with a missing model variable are
    /// dropped, as `ModelFrame.init(formula:table:weights:clusters:)` describes.
    public func fit(formula: String, table: Table) throws(LogitError) -> LogitResult {
        let frame: ModelFrame
        do { frame = try ModelFrame(formula: formula, table: table) } catch { throw .design(error) }
        return try fit(frame)
    }

    /// Fits the logit of the frame's response on its regressors.
    public func fit(_ frame: ModelFrame) throws(LogitError) -> LogitResult {
        guard frame.weights == nil else { throw .weightsNotSupported }
        guard frame.fixedEffects.isEmpty else { throw .fixedEffectsNotSupported }
        return try fit(outcome: frame.response, design: frame.regressors,
                       names: frame.regressorNames, sourceRows: frame.explicitSourceRows)
    }

    /// Fits the logit of a 0/1 `outcome` on the columns of `design` (include a column of
    /// ones for an intercept), named `names`; `sourceRows` are the table rows of the
    /// observations, default `nil`: observation i is row i (kept as `nil`, no 0..<n list).
    public func fit(outcome y: [Double], design x: Matrix, names: [String],
                    sourceRows: [Int]? = nil) throws(LogitError) -> LogitResult {
        precondition(x.rows == y.count && x.columns == names.count, "design does not match outcome and names")
        let n = y.count, k = x.columns
        if let bad = y.indices.first(where: { y[$0] != 0 && y[$0] != 1 }) {
            throw .outcomeNotBinary(value: y[bad], observation: bad)
        }
        for column in 0..<k {
            if let bad = (0..<n).first(where: { !x[$0, column].isFinite }) {
                throw .nonFiniteValue(variable: names[column], observation: bad)
            }
        }
        guard n > k else { throw .tooFewObservations(observations: n, coefficients: k) }
        let positives = y.reduce(0, +)
        guard positives > 0, positives < Double(n) else { throw .constantOutcome(y[0]) }

        var beta = [Double](repeating: 0, count: k)
        var iterations = 0
        var largestStep = Double.infinity
        var probabilities = [Double](repeating: 0.5, count: n)
        while iterations < maximumIterations && largestStep > tolerance {
            iterations += 1
            let information = try Self.information(x, probabilities, iteration: iterations)
            let residuals = zip(y, probabilities).map { $0 - $1 }
            let score = try Self.product(x, residuals, transpose: true)
            let step: [Double]
            do {
                step = try CholeskyFactorization(information).solve(score)
            } catch {
                throw Self.separationOrSingularity(y, probabilities, iteration: iterations)
            }
            for j in 0..<k { beta[j] += step[j] }
            largestStep = step.map(abs).max() ?? 0
            probabilities = try Self.product(x, beta).map(Self.logistic)
            if zip(y, probabilities).allSatisfy({ abs($0 - $1) < Self.separationThreshold }) {
                throw .perfectSeparation(iterations: iterations)
            }
        }
        if largestStep > tolerance {
            let separated = Self.separatedCount(probabilities)
            if separated > 0 { throw .quasiCompleteSeparation(separatedObservations: separated, iterations: iterations) }
            throw .notConverged(iterations: iterations, largestStep: largestStep)
        }
        let covariance: Matrix
        do {
            covariance = try CholeskyFactorization(try Self.information(x, probabilities, iteration: iterations)).inverse()
        } catch {
            throw Self.separationOrSingularity(y, probabilities, iteration: iterations)
        }
        let linear = try Self.product(x, beta)
        var logLikelihood = 0.0
        for i in 0..<n { logLikelihood += y[i] * linear[i] - Self.softplus(linear[i]) }
        let mean = positives / Double(n)
        let nullLogLikelihood = Double(n) * (mean * log(mean) + (1 - mean) * log(1 - mean))
        return LogitResult(coefficientNames: names, coefficients: beta, covariance: covariance,
                           logLikelihood: logLikelihood, nullLogLikelihood: nullLogLikelihood,
                           iterations: iterations, fittedProbabilities: probabilities,
                           observationCount: n, positiveCount: Int(positives),
                           rows: TableRows(sourceRows, count: n))
    }

    /// X'WX with wᵢ = pᵢ(1 − pᵢ), as the Gram matrix of diag(√w)·X.
    private static func information(_ x: Matrix, _ probabilities: [Double], iteration: Int) throws(LogitError) -> Matrix {
        var scaled = x
        let roots = probabilities.map { ($0 * (1 - $0)).squareRoot() }
        for j in 0..<x.columns {
            for i in 0..<x.rows { scaled[i, j] *= roots[i] }
        }
        do { return try scaled.gram() } catch { throw .notConverged(iterations: iteration, largestStep: .infinity) }
    }

    /// The error to report when X'WX cannot be factorized.
    private static func separationOrSingularity(_ y: [Double], _ probabilities: [Double], iteration: Int) -> LogitError {
        let separated = separatedCount(probabilities)
        if separated == y.count { return .perfectSeparation(iterations: iteration) }
        if separated > 0 { return .quasiCompleteSeparation(separatedObservations: separated, iterations: iteration) }
        return .singularInformation(iteration: iteration)
    }

    private static func separatedCount(_ probabilities: [Double]) -> Int {
        probabilities.lazy.filter { $0 < separationThreshold || $0 > 1 - separationThreshold }.count
    }

    /// op(X)·v through BLAS; a failure here can only mean non-finite values from a
    /// diverging fit, reported as non-convergence.
    private static func product(_ x: Matrix, _ vector: [Double], transpose: Bool = false) throws(LogitError) -> [Double] {
        do { return try x.times(vector, transpose: transpose) } catch {
            throw .notConverged(iterations: 0, largestStep: .infinity)
        }
    }

    /// Λ(η) = 1/(1 + e^{−η}), evaluated without overflow.
    static func logistic(_ eta: Double) -> Double {
        eta >= 0 ? 1 / (1 + exp(-eta)) : exp(eta) / (1 + exp(eta))
    }

    /// log(1 + e^η) without overflow.
    static func softplus(_ eta: Double) -> Double {
        max(eta, 0) + log1p(exp(-abs(eta)))
    }
}
