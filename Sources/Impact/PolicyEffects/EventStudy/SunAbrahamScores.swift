import Foundation

/// The working design of a `SunAbrahamRegression` in structured form: the score sums of a
/// cluster are formed from the sparse rows of `D̈ = M_U D` and `T̈ = M_U T` instead of the
/// dense rows of `M D`.
///
/// With `M D = D̈ − T̈ Γ` (`Γ` the period loadings of the fit) the score sum of cluster `g`
/// is `s_g = Σ_{i∈g} eᵢ (M D)ᵢ = a_g − Γᵀ b_g`, `a_g = Σ_{i∈g} eᵢ D̈ᵢ` (nonzero only on the
/// cells of the units in `g`) and `b_g = Σ_{i∈g} eᵢ T̈ᵢ` (one entry per period). A row of
/// `D̈` is `1{cell} − (the unit's cell shares)`, so `a_g` collects `eᵢ` at each row's cell
/// and subtracts, for each unit `u` met, `(Σ_{i∈g∩u} eᵢ)/T_u` at the cells of `u`'s rows.
/// The meat is then `Σ_g s_g s_gᵀ = AᵀA − AᵀBΓ − ΓᵀBᵀA + ΓᵀBᵀBΓ`, accumulated cluster by
/// cluster in `O(cells² + cells × periods)` memory; the working columns are scaled by
/// `scale` (`1/‖M D_j‖`) as the fit's.
struct SunAbrahamScores: StructuredWorkingDesign {
    let units: [Int32]
    /// Kept period column of each observation, or −1.
    let periods: [Int32]
    /// Kept cell of each observation, or −1.
    let cells: [Int32]
    let residuals: [Double]
    let unitOffsets: [Int]
    let unitRows: [Int32]
    let unitCount: Int
    /// `Γ` (kept periods × kept cells).
    let loadings: Matrix
    let scale: [Double]

    init(regression: SunAbrahamRegression, solution: SunAbrahamRegression.Solution, residuals: [Double],
         scale: [Double]) {
        var cellMap = [Int32](repeating: -1, count: regression.cellCount)
        for (a, j) in solution.kept.enumerated() { cellMap[j] = Int32(a) }
        var periodMap = [Int32](repeating: -1, count: regression.periodColumns)
        for (a, q) in solution.keptPeriods.enumerated() { periodMap[q] = Int32(a) }
        units = regression.units
        periods = regression.periods.map { $0 >= 0 ? periodMap[Int($0)] : -1 }
        cells = regression.cells.map { $0 >= 0 ? cellMap[Int($0)] : -1 }
        self.residuals = residuals
        unitOffsets = regression.unitOffsets
        unitRows = regression.unitRows
        unitCount = regression.unitCount
        loadings = solution.periodLoadings
        self.scale = scale
    }

    /// Unit effects by within-unit demeaning, period effects solved with the cells.
    var absorption: FixedEffectAbsorption { .exactWithinAndSolved }

    func scoreGram(clusters: FactorCodes?) throws(EstimationError) -> Matrix {
        let k = scale.count, pT = loadings.rows, n = residuals.count
        // Observations grouped by cluster (each its own without clusters).
        let groupCount = clusters?.levelCount ?? n
        var offsets = Array(0...n), order = Array(0..<n)
        if let clusters {
            offsets = [Int](repeating: 0, count: groupCount + 1)
            for code in clusters.codes { offsets[Int(code) + 1] += 1 }
            for g in 0..<groupCount { offsets[g + 1] += offsets[g] }
            var next = offsets
            for (i, code) in clusters.codes.enumerated() {
                order[next[Int(code)]] = i
                next[Int(code)] += 1
            }
        }
        var sums = Sums(cells: k, periods: pT, units: unitCount)
        for g in 0..<groupCount {
            for position in offsets[g]..<offsets[g + 1] {
                let i = order[position]
                sums.add(residuals[i], cell: Int(cells[i]), period: Int(periods[i]), unit: Int(units[i]))
            }
            for u in sums.touchedUnits {
                let share = sums.unitSum[u] / Double(unitOffsets[u + 1] - unitOffsets[u])
                sums.unitSum[u] = 0
                guard share != 0 else { continue }
                for r in unitRows[unitOffsets[u]..<unitOffsets[u + 1]] {
                    sums.subtract(share, cell: Int(cells[Int(r)]), period: Int(periods[Int(r)]))
                }
            }
            sums.closeGroup()
        }
        return try meat(&sums)
    }

    /// `AᵀA − AᵀBΓ − ΓᵀBᵀA + ΓᵀBᵀBΓ`, scaled to the working columns, formed in the storage
    /// of `sums.aa` (no second cells × cells matrix).
    private func meat(_ sums: inout Sums) throws(EstimationError) -> Matrix {
        let k = scale.count
        if loadings.rows > 0 {
            let (ab, bb) = (sums.ab, sums.bb)
            let cross = try numeric { () throws(LinearAlgebraError) in try ab.multiplied(by: loadings) }
            let quadratic = try numeric { () throws(LinearAlgebraError) in
                try loadings.multiplied(by: bb.multiplied(by: loadings), transposeSelf: true)
            }
            for j in 0..<k {
                for i in 0..<k { sums.aa[i, j] += quadratic[i, j] - cross[i, j] - cross[j, i] }
            }
        }
        for j in 0..<k {
            for i in 0..<k { sums.aa[i, j] *= scale[i] * scale[j] }
        }
        return sums.aa
    }
}
