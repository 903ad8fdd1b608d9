import Foundation

/// Small dense matrix helpers for the sensitivity procedures: rows as `[[Double]]`, a
/// few dozen entries each, where clarity matters more than BLAS.
enum DenseAlgebra {
    /// A x.
    static func times(_ a: [[Double]], _ x: [Double]) -> [Double] {
        a.map { row in zip(row, x).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    /// xᵀy.
    static func dot(_ x: [Double], _ y: [Double]) -> Double { zip(x, y).reduce(0) { $0 + $1.0 * $1.1 } }

    /// S as rows.
    static func rows(_ matrix: Matrix) -> [[Double]] {
        (0..<matrix.rows).map { i in (0..<matrix.columns).map { matrix[i, $0] } }
    }

    /// A S Aᵀ.
    static func sandwich(_ a: [[Double]], _ s: [[Double]]) -> [[Double]] {
        let aS = a.map { row in (0..<s.count).map { j in (0..<row.count).reduce(0) { $0 + row[$1] * s[$1][j] } } }
        return aS.map { left in a.map { dot(left, $0) } }
    }

    /// The rows and columns `indices` of a square matrix.
    static func submatrix(_ s: [[Double]], _ indices: [Int]) -> [[Double]] {
        indices.map { i in indices.map { s[i][$0] } }
    }

    /// Solves A x = b by Gaussian elimination with partial pivoting; `nil` when A is
    /// (numerically) singular.
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        let n = b.count
        var m = a, rhs = b
        let scale = max(a.flatMap { $0 }.map(abs).max() ?? 1, 1e-300)
        for k in 0..<n {
            guard let p = (k..<n).max(by: { abs(m[$0][k]) < abs(m[$1][k]) }), abs(m[p][k]) > 1e-13 * scale else { return nil }
            m.swapAt(k, p)
            rhs.swapAt(k, p)
            for i in (k + 1)..<n where m[i][k] != 0 {
                let factor = m[i][k] / m[k][k]
                for j in k..<n { m[i][j] -= factor * m[k][j] }
                rhs[i] -= factor * rhs[k]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for k in stride(from: n - 1, through: 0, by: -1) {
            let tail = ((k + 1)..<n).reduce(0) { $0 + m[k][$1] * x[$1] }
            x[k] = (rhs[k] - tail) / m[k][k]
        }
        return x
    }

    /// The rank of A, counting singular values above max(rows, columns)·ε·σ_max (as
    /// `Matrix::rankMatrix`).
    static func rank(_ a: [[Double]]) -> Int {
        guard let columns = a.first?.count, columns > 0, !a.isEmpty else { return 0 }
        let matrix = Matrix(rowMajor: a)
        guard let values = try? SingularValueDecomposition(matrix).singularValues, let top = values.max(), top > 0 else { return 0 }
        let tolerance = Double(max(a.count, columns)) * Double.ulpOfOne * top
        return values.filter { $0 > tolerance }.count
    }

    /// A factor L with L Lᵀ = S for a positive semi-definite S (eigenvectors scaled by the
    /// square roots of the clipped eigenvalues), for drawing N(0, S).
    static func covarianceFactor(_ s: [[Double]]) -> [[Double]] {
        guard let eigen = try? SymmetricEigendecomposition(Matrix(rowMajor: s)) else { return s.map { $0.map { _ in 0 } } }
        let roots = eigen.eigenvalues.map { max($0, 0).squareRoot() }
        return (0..<s.count).map { i in (0..<s.count).map { j in eigen.eigenvectors[i, j] * roots[j] } }
    }

    /// The p-quantile of sorted values with linear interpolation (R's `quantile` type 7).
    static func quantile(sorted values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let h = Double(values.count - 1) * p
        let low = Int(h.rounded(.down)), high = min(low + 1, values.count - 1)
        return values[low] + (h - Double(low)) * (values[high] - values[low])
    }
}

/// Standard normal draws from SplitMix64 by the Box–Muller transform.
struct GaussianDraws {
    private var generator: SplitMix64
    private var spare: Double?

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// The next N(0, 1) draw.
    mutating func next() -> Double {
        if let value = spare {
            spare = nil
            return value
        }
        var u = generator.nextUnit()
        while u <= 0 { u = generator.nextUnit() }
        let v = generator.nextUnit()
        let radius = (-2 * log(u)).squareRoot()
        spare = radius * sin(2 * Double.pi * v)
        return radius * cos(2 * Double.pi * v)
    }

    /// A draw of N(0, L Lᵀ).
    mutating func next(factor: [[Double]]) -> [Double] {
        let z = (0..<factor.count).map { _ in next() }
        return DenseAlgebra.times(factor, z)
    }
}
