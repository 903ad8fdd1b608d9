/// Detection of collinear regressors in formula order, the way pyfixest and fixest drop them.
///
/// Input: the working columns (demeaned by the fixed effects, or centred when there is an
/// intercept, or raw), their weighted norms before (`rawNorms`) and after that step
/// (`workingNorms`). Rule, with `τ = RegressionOptions.collinearityTolerance`:
/// 1. a column whose working norm is below `τ ×` its raw norm is collinear with the
///    intercept or the fixed effects (for example a firm-level variable with firm effects);
/// 2. the remaining columns, each scaled to unit weighted norm and whitened by `√w`, are
///    factorized by Householder QR *without* pivoting, so that `|Rⱼⱼ|` is the norm of the
///    part of column `j` orthogonal to the columns before it. The first column with
///    `|Rⱼⱼ| · ‖working‖ < τ · ‖raw‖` is dropped and the factorization repeated, until none is.
/// Earlier columns are therefore always kept and later linear combinations dropped: on the
/// fixture `collinear` this reproduces pyfixest's choices for all three column orders.
/// Pivoted QR (`dgeqp3`) would find the rank too, but it reorders columns by size and so
/// drops arbitrary ones.
struct CollinearityScreen {
    /// Positions (in the candidate columns) kept, in order.
    let kept: [Int]
    /// Positions dropped, in order.
    let dropped: [Int]
    /// QR of the kept columns (scaled to unit norm, whitened).
    let factorization: QRFactorization

    /// Rule 1, shared by the QR and the normal-equations screens: a candidate whose working
    /// norm is below `tolerance ×` its raw norm (absorbed by the fixed effects or constant)
    /// is dropped; the others are kept, in formula order.
    static func prescreen(candidateCount: Int, rawNorms: [Double], workingNorms: [Double],
                          tolerance: Double) -> (kept: [Int], dropped: [Int]) {
        var kept = [Int](), dropped = [Int]()
        for position in 0..<candidateCount {
            let relative = rawNorms[position] > 0 ? workingNorms[position] / rawNorms[position] : 0
            if relative < tolerance { dropped.append(position) } else { kept.append(position) }
        }
        return (kept, dropped)
    }

    init(working: Matrix, candidateCount: Int, rawNorms: [Double], workingNorms: [Double],
         sqrtWeights: [Double]?, tolerance: Double) throws(EstimationError) {
        var (kept, dropped) = Self.prescreen(candidateCount: candidateCount, rawNorms: rawNorms,
                                             workingNorms: workingNorms, tolerance: tolerance)
        var factorization: QRFactorization
        while true {
            // Handed over to the factorization, which then works in place (no second copy).
            var scaled: Matrix? = Self.scaledWhitened(working, columns: kept, norms: workingNorms,
                                                      sqrtWeights: sqrtWeights)
            factorization = try numeric { () throws(LinearAlgebraError) in try QRFactorization(scaled.take()!) }
            let diagonal = factorization.diagonalMagnitudes
            if let bad = kept.indices.first(where: {
                diagonal[$0] * workingNorms[kept[$0]] < tolerance * rawNorms[kept[$0]]
            }) {
                dropped.append(kept.remove(at: bad))
            } else {
                break
            }
        }
        self.kept = kept
        self.dropped = dropped.sorted()
        self.factorization = factorization
    }

    /// Columns `columns` of `matrix`, each divided by its weighted norm and multiplied
    /// row-wise by `√w`.
    private static func scaledWhitened(_ matrix: Matrix, columns: [Int], norms: [Double],
                                       sqrtWeights: [Double]?) -> Matrix {
        let n = matrix.rows
        var storage = [Double]()
        storage.reserveCapacity(n * columns.count)
        for j in columns {
            let scale = 1 / norms[j]
            let base = j * n
            if let s = sqrtWeights {
                for i in 0..<n { storage.append(matrix.storage[base + i] * scale * s[i]) }
            } else {
                for i in 0..<n { storage.append(matrix.storage[base + i] * scale) }
            }
        }
        return Matrix(rows: n, columns: columns.count, storage: storage)
    }
}
