import Testing
@testable import Impact

@Suite("Collinearity screen by the normal equations")
struct CollinearityScreenGramTests {
    /// Working columns (candidates, then the response) of `n` rows from a fixed seed;
    /// `third` makes the third candidate from the first two.
    private func working(rows n: Int, third: (Double, Double, Double) -> Double) -> Matrix {
        var random = SplitMix64(seed: 20_240_611)
        let a = (0..<n).map { _ in random.uniform(-1, 1) }
        let b = (0..<n).map { _ in random.uniform(0, 3) }
        let noise = (0..<n).map { _ in random.uniform(-1, 1) }
        let c = (0..<n).map { third(a[$0], b[$0], noise[$0]) }
        let y = (0..<n).map { i -> Double in
            let signal: Double = 2 * a[i] - b[i] + 0.5 * c[i]
            return signal + 0.1 * noise[(i + 7) % n]
        }
        return Matrix(columns: [a, b, c, y])
    }

    private func norms(_ m: Matrix) -> [Double] {
        (0..<m.columns).map { LinearRegression.weightedNorm(m, column: $0, weights: nil) }
    }

    /// A well-conditioned design: the normal equations are used, keep every column, and
    /// give the QR solution and the same `RᵀR` to 1e-12.
    @Test("well conditioned: same choices and solution as the QR screen")
    func agreesWithQR() throws {
        let m = working(rows: 60) { a, b, noise in noise - 0.3 * a }
        let n = norms(m)
        let fast = try #require(try CollinearityScreen.byNormalEquations(
            working: m.selectingColumns([0, 1, 2]), response: m.column(3), rawNorms: n,
            workingNorms: n, tolerance: 1e-8))
        let qr = try CollinearityScreen(working: m, candidateCount: 3, rawNorms: n, workingNorms: n,
                                        sqrtWeights: nil, tolerance: 1e-8)
        #expect(fast.kept == qr.kept && fast.dropped == qr.dropped && fast.kept == [0, 1, 2])
        let theta = try qr.factorization.solveLeastSquares(m.column(3))
        for (x, y) in zip(fast.theta, theta) { #expect(abs(x - y) <= 1e-12 * max(1, abs(y))) }
        let gramFast = try fast.upperFactor.gram(), gramQR = try qr.factorization.upperFactor.gram()
        for (x, y) in zip(gramFast.storage, gramQR.storage) { #expect(abs(x - y) <= 1e-12) }
    }

    /// The third column is the sum of the first two up to 1e-9: near the threshold the
    /// normal equations step aside (`nil`), and the QR screen drops it.
    @Test("near collinear: falls back, and the QR screen drops the later column")
    func fallsBackNearCollinearity() throws {
        let m = working(rows: 60) { a, b, noise in a + b + 1e-9 * noise }
        let n = norms(m)
        let fast = try CollinearityScreen.byNormalEquations(working: m.selectingColumns([0, 1, 2]),
                                                            response: m.column(3), rawNorms: n,
                                                            workingNorms: n, tolerance: 1e-8)
        #expect(fast == nil)
        let qr = try CollinearityScreen(working: m, candidateCount: 3, rawNorms: n, workingNorms: n,
                                        sqrtWeights: nil, tolerance: 1e-8)
        #expect(qr.kept == [0, 1] && qr.dropped == [2])
    }

    /// Correlated but identified (correlation about 0.99998): κ too large for the normal
    /// equations' accuracy guarantee, so the QR route is taken though nothing is dropped.
    @Test("ill conditioned but identified: falls back to QR")
    func fallsBackWhenIllConditioned() throws {
        let m = working(rows: 60) { a, b, noise in a + 0.005 * noise }
        let n = norms(m)
        let fast = try CollinearityScreen.byNormalEquations(working: m.selectingColumns([0, 1, 2]),
                                                            response: m.column(3), rawNorms: n,
                                                            workingNorms: n, tolerance: 1e-8)
        #expect(fast == nil)
    }
}
