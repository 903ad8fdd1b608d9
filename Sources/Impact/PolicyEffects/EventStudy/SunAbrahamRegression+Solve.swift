import Foundation

extension SunAbrahamRegression {
    /// What the QR of the stacked factor gives: the screen's decisions, `δ̂`, the period
    /// effects `γ̂`, the demeaned norms and the factors the covariance needs.
    struct Solution {
        /// Cells kept and dropped (positions in formula order).
        let kept: [Int]
        let dropped: [Int]
        /// `δ̂` of the kept cells.
        let coefficients: [Double]
        /// `γ̂` per period column (0 for a column dropped as collinear with the unit effects).
        let periodEffects: [Double]
        /// `‖M D_j‖` for every cell.
        let workingNorms: [Double]
        /// `‖M y‖²`.
        let withinSumOfSquares: Double
        /// `R` of the kept demeaned cells (`k × k`, upper triangular).
        let cellFactor: Matrix
        /// Period columns kept (independent of the unit effects and of each other).
        let keptPeriods: [Int]
        /// `Γ = (T̈ᵀT̈)⁻¹ T̈ᵀ D̈` over the kept periods and cells, so `M D = D̈ − T̈ Γ`
        /// (`T̈ = M_U T`, `D̈ = M_U D`).
        let periodLoadings: Matrix

        /// The bread `(ZᵀZ)⁻¹` of the working columns `Z = M D · diag(scale)`.
        func bread(scale: [Double]) throws(EstimationError) -> Matrix {
            var factor = cellFactor
            for j in 0..<factor.columns { for i in 0...j { factor[i, j] *= scale[j] } }
            return try numeric { () throws(LinearAlgebraError) in try CholeskyFactorization(upperFactor: factor).inverse() }
        }
    }

    /// The stacked factor, its period columns factorized first, then the collinearity
    /// screen and the least-squares solution on the rest (see the type's method).
    func solve(tolerance: Double, names: [String]) throws(EstimationError) -> Solution {
        // Long: the screen and solution in order, each a line or two; split, they would pass a dozen values around.
        let stacked = try stackedFactor()
        let p = periodColumns, cellsAndResponse = cellCount + 1
        let (keptPeriods, periodQR) = try independentPeriods(stacked, tolerance: tolerance)
        let pT = keptPeriods.count, m = stacked.rows
        // Qᵀ of the period columns applied to the cell and response columns: the top rows are
        // `R_TD` and `r_T`, the rest the cells and response with the periods projected out.
        var top = Matrix(rows: pT, columns: cellsAndResponse)
        var rest = Matrix(rows: m - pT, columns: cellsAndResponse)
        for j in 0..<cellsAndResponse {
            let column = try numeric { () throws(LinearAlgebraError) in try periodQR.transposeQTimes(stacked.column(p + j)) }
            for i in 0..<pT { top[i, j] = column[i] }
            for i in pT..<m { rest[i - pT, j] = column[i] }
        }
        var counts = [Int](repeating: 0, count: cellCount)
        for c in cells where c >= 0 { counts[Int(c)] += 1 }
        let rawNorms = counts.map { Double($0).squareRoot() }
        let workingNorms = (0..<cellCount).map { norm(rest, column: $0) }
        var kept = [Int](), dropped = [Int]()
        for j in 0..<cellCount {
            let relative = rawNorms[j] > 0 ? workingNorms[j] / rawNorms[j] : 0
            if relative < tolerance { dropped.append(j) } else { kept.append(j) }
        }
        let within = norm(rest, column: cellCount)
        var factorization: QRFactorization
        while true {
            // The selection is a temporary the factorization consumes: factorized in place.
            factorization = try numeric { () throws(LinearAlgebraError) in
                try QRFactorization(rest.selectingColumns(kept + [cellCount]))
            }
            let diagonal = factorization.diagonalMagnitudes
            guard let bad = kept.indices.first(where: { diagonal[$0] < tolerance * rawNorms[kept[$0]] }) else { break }
            dropped.append(kept.remove(at: bad))
        }
        dropped.sort()
        if kept.isEmpty { throw .noIdentifiedRegressors(dropped: dropped.map { names[$0] }) }
        let k = kept.count
        // `R` of the kept cells and its last column `Qᵀy`, read from the compact factorization.
        var cellFactor = Matrix(rows: k, columns: k)
        for j in 0..<k { for i in 0...j { cellFactor[i, j] = factorization.compact[i, j] } }
        let right = Matrix(rows: k, columns: 1, storage: (0..<k).map { factorization.compact[$0, k] })
        let coefficients = try numeric { () throws(LinearAlgebraError) in
            try cellFactor.solveTriangular(right).storage
        }
        let periodFactor = periodQR.upperFactor
        let loadings = try numeric { () throws(LinearAlgebraError) in
            try periodFactor.solveTriangular(top.selectingColumns(kept))
        }
        var periodRight = Matrix(rows: pT, columns: 1)
        for i in 0..<pT {
            periodRight[i, 0] = top[i, cellCount] - kept.indices.reduce(0) { $0 + top[i, kept[$1]] * coefficients[$1] }
        }
        let gamma = try numeric { () throws(LinearAlgebraError) in try periodFactor.solveTriangular(periodRight).storage }
        var periodEffects = [Double](repeating: 0, count: p)
        for (a, q) in keptPeriods.enumerated() { periodEffects[q] = gamma[a] }
        return Solution(kept: kept, dropped: dropped, coefficients: coefficients, periodEffects: periodEffects,
                        workingNorms: workingNorms, withinSumOfSquares: within * within, cellFactor: cellFactor,
                        keptPeriods: keptPeriods, periodLoadings: loadings)
    }

    /// The period columns independent of the unit effects and of the columns before them
    /// (all but the first period when units and periods are connected), dropped by the
    /// same rule as regressors (`|R_jj| < τ ‖column‖`), and the QR of the kept ones.
    private func independentPeriods(_ stacked: Matrix,
                                    tolerance: Double) throws(EstimationError) -> ([Int], QRFactorization) {
        let norms = (0..<periodColumns).map { norm(stacked, column: $0) }
        var kept = Array(0..<periodColumns)
        while true {
            let selected = stacked.selectingColumns(kept)
            let factorization = try numeric { () throws(LinearAlgebraError) in try QRFactorization(selected) }
            let diagonal = factorization.diagonalMagnitudes
            guard let bad = kept.indices.first(where: { diagonal[$0] <= tolerance * norms[kept[$0]] }) else {
                return (kept, factorization)
            }
            kept.remove(at: bad)
        }
    }

    /// Euclidean norm of column `j`, scaled against overflow.
    func norm(_ matrix: Matrix, column j: Int) -> Double {
        let values = matrix.storage[(j * matrix.rows)..<((j + 1) * matrix.rows)]
        let scale = values.reduce(0) { max($0, abs($1)) }
        guard scale > 0 else { return 0 }
        return scale * values.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }.squareRoot()
    }
}
