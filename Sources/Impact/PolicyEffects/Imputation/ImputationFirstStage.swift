/// The first stage of the imputation estimator: firm and period effects and covariate
/// coefficients fitted by least squares on the untreated rows, and the imputed effects
/// `τ̂ᵢₜ = yᵢₜ − α̂ᵢ − λ̂ₜ − xᵢₜᵀβ̂` on the treated rows.
///
/// ## Steps
/// 1. Demean the untreated outcome and covariates by firm and period (``Demeaning``,
///    alternating projections): `ỹ`, `X̃`.
/// 2. `β̂` solves `X̃ᵀX̃ β = X̃ᵀỹ` (Cholesky of the Gram matrix); the residuals
///    `ε̂ = ỹ − X̃β̂` are the untreated residuals of the variance.
/// 3. The fitted two-way part `fᵢₜ = α̂ᵢ + λ̂ₜ = (y − X β̂) − ε̂` is split into `α̂` and `λ̂`
///    along a spanning forest of the untreated rows (``ImputationForest``); each treated
///    row whose firm and period lie in one component is imputed, the others are left out.
struct ImputationFirstStage {
    /// Sample rows that are untreated (the first-stage sample), in row order.
    let untreated: [Int]
    /// Sample rows that are treated and imputable, in row order.
    let treated: [Int]
    /// Sample rows that are treated but cannot be imputed.
    let notImputable: [Int]
    /// The forest of the untreated rows.
    let forest: ImputationForest
    /// Firm and period factors on the untreated rows (levels renumbered).
    let factors: [FactorCodes]
    /// Covariate coefficients `β̂`.
    let coefficients: [Double]
    /// Untreated residuals `ε̂`, one per entry of ``untreated``.
    let residuals: [Double]
    /// Imputed effects `τ̂`, one per entry of ``treated``.
    let effects: [Double]
    /// Untreated covariates, raw (`n₀ × k`), and demeaned (`X̃₀`).
    let covariates: Matrix
    let demeanedCovariates: Matrix
    /// Cholesky factor of `X̃₀ᵀX̃₀` (`nil` without covariates).
    let gram: CholeskyFactorization?
    /// How the demeaning went.
    let demeaning: DemeaningReport
    /// The (cohort, period) cell of each entry of ``treated`` (`0..<cellCount`).
    let cells: [Int32]
    let cellCount: Int

    // Long: the three steps above in order, each a few lines.
    init(_ sample: ImputationSample, covariateNames: [String], options: DemeaningOptions) throws(ImputationError) {
        var untreated: [Int] = [], treatedAll: [Int] = []
        for row in 0..<sample.count { if sample.isTreated(row) { treatedAll.append(row) } else { untreated.append(row) } }
        guard !treatedAll.isEmpty else { throw .noTreatedObservations }
        guard !untreated.isEmpty else { throw .noUntreatedObservations }
        let unitCodes = untreated.map { sample.units[$0] }, periodCodes = untreated.map { sample.periodCodes[$0] }
        let forest = ImputationForest(units: unitCodes, periods: periodCodes,
                                      unitCount: sample.unitNames.count, periodCount: sample.periods.count)
        let treated = treatedAll.filter { forest.connects(unit: sample.units[$0], period: sample.periodCodes[$0]) }
        guard !treated.isEmpty else { throw .noImputableObservations(treated: treatedAll.count) }
        let n0 = untreated.count, k = sample.covariates.count
        let all = Array(0..<n0)
        let factors = [FactorCodes(name: "unit", codes: unitCodes, levelCount: sample.unitNames.count).restricted(to: all),
                       FactorCodes(name: "period", codes: periodCodes, levelCount: sample.periods.count).restricted(to: all)]
        let y0 = untreated.map { sample.outcome[$0] }
        let covariateColumns = sample.covariates.map { column in untreated.map { column[$0] } }
        let x0 = Matrix(rows: n0, columns: k, storage: covariateColumns.flatMap { $0 })
        let (demeaned, report) = Demeaning.demean(Matrix(rows: n0, columns: k + 1, storage: x0.storage + y0),
                                                  by: factors, options: options)
        let yTilde = demeaned.column(k)
        let xTilde = Matrix(rows: n0, columns: k, storage: Array(demeaned.storage.prefix(n0 * k)))
        var beta = [Double](repeating: 0, count: k), gram: CholeskyFactorization?
        if k > 0 {
            (beta, gram) = try Self.coefficients(xTilde, raw: x0, response: yTilde, names: covariateNames)
        }
        let fittedTilde = k > 0 ? Self.product(xTilde, beta) : [Double](repeating: 0, count: n0)
        let fittedRaw = k > 0 ? Self.product(x0, beta) : [Double](repeating: 0, count: n0)
        let residuals = (0..<n0).map { yTilde[$0] - fittedTilde[$0] }
        let twoWay = (0..<n0).map { (y0[$0] - fittedRaw[$0]) - residuals[$0] }
        let (alpha, lambda) = forest.effects(fitted: twoWay)
        effects = treated.map { row in
            var imputed = alpha[Int(sample.units[row])] + lambda[Int(sample.periodCodes[row])]
            for j in 0..<k { imputed += sample.covariates[j][row] * beta[j] }
            return sample.outcome[row] - imputed
        }
        self.untreated = untreated
        self.treated = treated
        notImputable = treatedAll.filter { !forest.connects(unit: sample.units[$0], period: sample.periodCodes[$0]) }
        self.forest = forest
        self.factors = factors
        coefficients = beta
        self.residuals = residuals
        covariates = x0
        demeanedCovariates = xTilde
        self.gram = gram
        demeaning = report
        (cells, cellCount) = Self.cells(of: treated, sample: sample)
    }

    /// `β̂` from the demeaned covariates, and the Cholesky factor of their Gram matrix; a
    /// covariate whose demeaned norm vanishes (absorbed by the effects) or a singular Gram
    /// matrix is ``ImputationError/collinearCovariates(_:)``.
    private static func coefficients(_ xTilde: Matrix, raw: Matrix, response: [Double],
                                     names: [String]) throws(ImputationError) -> ([Double], CholeskyFactorization) {
        let absorbed = (0..<xTilde.columns).filter { j in
            let demeanedNorm = xTilde.column(j).reduce(0) { $0 + $1 * $1 }
            let rawNorm = raw.column(j).reduce(0) { $0 + $1 * $1 }
            return demeanedNorm <= 1e-16 * max(rawNorm, .leastNormalMagnitude)
        }
        guard absorbed.isEmpty else { throw .collinearCovariates(absorbed.map { names[$0] }) }
        do {
            let factor = try CholeskyFactorization(try xTilde.gram())
            return (try factor.solve(try xTilde.times(response, transpose: true)), factor)
        } catch .notPositiveDefinite {
            throw .collinearCovariates(names)
        } catch {
            throw .linearAlgebra(error)
        }
    }

    /// `A b` for a tall matrix and a short vector.
    static func product(_ matrix: Matrix, _ vector: [Double]) -> [Double] {
        (try? matrix.times(vector)) ?? [Double](repeating: 0, count: matrix.rows)
    }
}
