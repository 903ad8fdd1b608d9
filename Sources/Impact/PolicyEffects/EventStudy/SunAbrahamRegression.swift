import Foundation

/// The Sun–Abraham interacted regression `y_it = α_i + λ_t + Σ_c δ_c D_{c,it} + ε_it`
/// (one 0/1 column `D_c` per cohort × event-time cell, unit and period effects), fitted
/// without its n × cells design matrix.
///
/// ## Method (exact, no alternating projections)
/// Let `M_U` be the within-unit demeaning, `T` the period indicators less the first and
/// `M` the two-way demeaning. By Frisch–Waugh–Lovell, regressing `M_U y` on
/// `[M_U T, M_U D]` with the period columns first gives the same `δ̂`, residuals and
/// `R` factor for the cell columns as regressing `M y` on `M D`. The rows of one cohort's
/// units touch only that cohort's cells, so each cohort's block
/// `[M_U T, M_U D_g, M_U y]` (periods + the cohort's cells + 1 columns) is reduced by
/// Householder QR in chunks of rows (tall-skinny QR); the triangular factors, stacked into
/// one matrix `S` of about cells + cohorts × periods rows, satisfy `SᵀS = XᵀX` for the
/// whole `X = [M_U T, M_U D, M_U y]`. Householder QR of `S` with the period columns first
/// gives, column for column, the `R` of the demeaned cells, so the collinearity screen of
/// `LinearRegression` (`CollinearityScreen`: a cell whose demeaned norm, or whose part
/// orthogonal to the cells kept before it, is below `τ ·` its raw norm is dropped, earlier
/// cells kept) makes the same decisions, and `δ̂ = R⁻¹(Qᵀy)` and the bread `(RᵀR)⁻¹` are
/// those of the direct fit to rounding. Residuals are `e = M_U (y − T γ̂ − D δ̂)`; the
/// covariance meats come from sparse score sums (`SunAbrahamScores`).
///
/// Memory: O(n) for the row codes, residuals and fixed effects, O(cells²) for `S` and the
/// covariance, never O(n × cells). Time: O(n · (periods + cells per cohort)) for the
/// blocks plus the QR of `S`.
///
/// Conventions: the fit is `LinearRegression.fit` of the dense frame (same sample,
/// singleton rule, screen, coefficients, bread and scores); the fixed effects are absorbed
/// exactly, without iterations (`DemeaningReport.iterations == 0`; the note says
/// `FixedEffectAbsorption.exactWithinAndSolved`).
/// Used by `SunAbraham` (one block per cohort) and by `EventStudy` (the event-time
/// indicators of every treated unit in one block).
struct SunAbrahamRegression {
    /// Observations (after singletons).
    let count: Int
    /// Unit code of each observation, `0..<unitCount` (the first fixed effect's codes).
    let units: [Int32]
    /// Period column of each observation, `0..<periodColumns`, or −1 for the first period
    /// (no column: absorbed with the unit effects).
    let periods: [Int32]
    /// Cell of each observation, `0..<cellCount`, or −1 for a control or reference row.
    let cells: [Int32]
    let response: [Double]
    let unitCount: Int
    let periodColumns: Int
    let cellCount: Int
    /// Block (cohort) of each cell, `0..<blockCount`.
    let blockOfCell: [Int]
    let blockCount: Int
    /// Observations of each unit: `unitRows[unitOffsets[u]..<unitOffsets[u + 1]]`.
    let unitOffsets: [Int]
    let unitRows: [Int32]

    /// Fits the regression of `response` on the cell indicators `cells` (one code per frame
    /// row, −1 for none) with unit and period effects `fixedEffects` (`[unit, period]`).
    ///
    /// - Parameters:
    ///   - cellNames: coefficient names of the cells, in formula order.
    ///   - blockOfCell: cohort block of each cell (the cells of a unit share its block).
    ///   - clusters: cluster variables that are not fixed effects, on the frame rows.
    ///   - sourceRows: table row of each frame row; `nil` when frame row i is table row i
    ///     (every row kept: no n-length list, as ``ModelFrame``'s).
    ///   - droppedForMissing, designNotes: what the frame's design step dropped and noted.
    static func fit(responseName: String, response: [Double], cells: [Int32], cellNames: [String],
                    blockOfCell: [Int], fixedEffects: [FactorCodes], clusters: [FactorCodes], sourceRows: [Int]?,
                    droppedForMissing: Int = 0, designNotes: [RegressionNote] = [],
                    options: RegressionOptions) throws(EstimationError) -> RegressionFit {
        precondition(fixedEffects.count == 2, "unit and period effects")
        if let i = response.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(variable: responseName, observation: i)
        }
        var rows: [Int]?
        var singletons = 0
        if options.singletons == .drop, let keep = SingletonFilter.nonSingletonMaskIfAny(fixedEffects) {
            singletons = keep.lazy.filter { !$0 }.count
            rows = keep.indices.filter { keep[$0] }
        }
        let n = response.count - singletons
        guard n > 0 else { throw singletons > 0 ? .allSingletons(count: singletons) : .noObservations }
        let effects = fixedEffects.map { factor in rows.map { factor.restricted(to: $0) } ?? factor.renumberedByAppearance() }
        let sampleClusters = clusters.map { factor in rows.map { factor.restricted(to: $0) } ?? factor.renumberedByAppearance() }
        let regression = SunAbrahamRegression(
            units: effects[0], periods: effects[1], cells: rows.map { $0.map { cells[$0] } } ?? cells,
            response: rows.map { $0.map { response[$0] } } ?? response,
            cellCount: cellNames.count, blockOfCell: blockOfCell)
        if n < cellNames.count { throw .tooFewObservations(observations: n, parameters: cellNames.count) }
        let solution = try regression.solve(tolerance: options.collinearityTolerance, names: cellNames)
        let parameters = solution.kept.count + effects.reduce(0) { $0 + $1.levelCount } - 1
        guard n > parameters else { throw .tooFewObservations(observations: n, parameters: parameters) }
        let residuals = regression.residuals(solution)
        let scale = solution.kept.map { 1 / solution.workingNorms[$0] }
        return RegressionFit(
            responseName: responseName, termNames: solution.kept.map { cellNames[$0] },
            coefficients: solution.coefficients, droppedTerms: solution.dropped.map { cellNames[$0] },
            hasIntercept: false, observationCount: n, residuals: residuals, weights: nil,
            residualSumOfSquares: residuals.reduce(0) { $0 + $1 * $1 },
            totalSumOfSquares: centredSumOfSquares(regression.response),
            withinTotalSumOfSquares: solution.withinSumOfSquares,
            fixedEffects: effects, clusters: sampleClusters, singletonsRemoved: singletons,
            droppedForMissing: droppedForMissing, designNotes: designNotes,
            demeaning: DemeaningReport(dimensions: 2, iterations: 0, converged: true, options: options.demeaning),
            explicitSourceRows: TableRows.composed(sourceRows, keeping: rows),
            options: options,
            workingDesign: Matrix(rows: 0, columns: 0), workingBread: try solution.bread(scale: scale),
            parameterTransform: diagonal(scale),
            structuredDesign: SunAbrahamScores(regression: regression, solution: solution, residuals: residuals,
                                               scale: scale))
    }

    init(units: FactorCodes, periods: FactorCodes, cells: [Int32], response: [Double], cellCount: Int,
         blockOfCell: [Int]) {
        count = response.count
        self.units = units.codes
        self.periods = periods.codes.map { $0 - 1 }   // first period: no column
        self.cells = cells
        self.response = response
        unitCount = units.levelCount
        periodColumns = max(periods.levelCount - 1, 0)
        self.cellCount = cellCount
        self.blockOfCell = blockOfCell
        blockCount = (blockOfCell.max() ?? -1) + 1
        var offsets = [Int](repeating: 0, count: unitCount + 1)
        for u in self.units { offsets[Int(u) + 1] += 1 }
        for u in 0..<unitCount { offsets[u + 1] += offsets[u] }
        var next = offsets
        var grouped = [Int32](repeating: 0, count: count)
        for (i, u) in self.units.enumerated() {
            grouped[next[Int(u)]] = Int32(i)
            next[Int(u)] += 1
        }
        unitOffsets = offsets
        unitRows = grouped
    }

    /// `e = M_U (y − T γ̂ − D δ̂)`: per unit, the deviations from the unit mean.
    func residuals(_ solution: Solution) -> [Double] {
        var residuals = [Double](repeating: 0, count: count)
        var cellEffect = [Double](repeating: 0, count: cellCount)
        for (a, j) in solution.kept.enumerated() { cellEffect[j] = solution.coefficients[a] }
        for u in 0..<unitCount {
            let rows = unitRows[unitOffsets[u]..<unitOffsets[u + 1]]
            var sum = 0.0
            for r in rows {
                let i = Int(r), q = Int(periods[i]), c = Int(cells[i])
                let value = response[i] - (q >= 0 ? solution.periodEffects[q] : 0) - (c >= 0 ? cellEffect[c] : 0)
                residuals[i] = value
                sum += value
            }
            let mean = sum / Double(rows.count)
            for r in rows { residuals[Int(r)] -= mean }
        }
        return residuals
    }

    /// `Σ (yᵢ − ȳ)²`, the mean by two passes (as `LinearRegression`).
    static func centredSumOfSquares(_ y: [Double]) -> Double {
        let first = y.reduce(0, +) / Double(y.count)
        let mean = first + y.reduce(0) { $0 + ($1 - first) } / Double(y.count)
        return y.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    }

    /// The diagonal matrix of `values`.
    static func diagonal(_ values: [Double]) -> Matrix {
        var matrix = Matrix(rows: values.count, columns: values.count)
        for (j, value) in values.enumerated() { matrix[j, j] = value }
        return matrix
    }
}
