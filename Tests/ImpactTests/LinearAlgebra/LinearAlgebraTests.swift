import Testing
@testable import Impact

/// Small matrices whose products and factorizations are worked by hand in the comments.
@Suite("Linear algebra")
struct LinearAlgebraTests {
    let a = Matrix(rowMajor: [[1, 2], [3, 4], [5, 6]])

    @Test("gemm, syrk and gemv products")
    func products() throws {
        // [[1,2],[3,4],[5,6]]ᵀ · [[1,2],[3,4],[5,6]] = [[35,44],[44,56]].
        #expect(try a.gram() == Matrix(rowMajor: [[35, 44], [44, 56]]))
        #expect(try a.multiplied(by: a, transposeSelf: true) == Matrix(rowMajor: [[35, 44], [44, 56]]))
        // [[1,2],[3,4],[5,6]] · [[1,0,1],[0,1,1]] = [[1,2,3],[3,4,7],[5,6,11]].
        let b = Matrix(rowMajor: [[1, 0, 1], [0, 1, 1]])
        #expect(try a.multiplied(by: b) == Matrix(rowMajor: [[1, 2, 3], [3, 4, 7], [5, 6, 11]]))
        #expect(try a.times([1, -1]) == [-1, -1, -1])
        #expect(try a.times([1, 1, 1], transpose: true) == [9, 12])
        #expect(throws: LinearAlgebraError.self) { try a.multiplied(by: a) }
        // Empty dimensions return empty results without calling BLAS.
        #expect(try Matrix(rows: 0, columns: 3).gram() == Matrix(rows: 3, columns: 3))
    }

    @Test("Cholesky: factor, solve, inverse, failure order")
    func cholesky() throws {
        // [[4,2],[2,3]] = RᵀR with R = [[2,1],[0,√2]]; inverse = [[3,-2],[-2,4]]/8.
        let spd = Matrix(rowMajor: [[4, 2], [2, 3]])
        let factor = try CholeskyFactorization(spd)
        #expect(abs(factor.upperFactor[0, 0] - 2) < 1e-15)
        #expect(abs(factor.upperFactor[0, 1] - 1) < 1e-15)
        #expect(abs(factor.upperFactor[1, 1] - 2.0.squareRoot()) < 1e-15)
        #expect(factor.upperFactor[1, 0] == 0)
        // [[4,2],[2,3]] x = [8,7] → x = [1.25, 1.5].
        let x = try factor.solve([8, 7])
        #expect(abs(x[0] - 1.25) < 1e-14 && abs(x[1] - 1.5) < 1e-14)
        let inverse = try factor.inverse()
        for (value, expected) in zip(inverse.storage, [3.0 / 8, -2.0 / 8, -2.0 / 8, 4.0 / 8]) {
            #expect(abs(value - expected) < 1e-15)
        }
        // [[1,2],[2,1]]: the 2×2 leading minor is −3.
        #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 2)) {
            try CholeskyFactorization(Matrix(rowMajor: [[1, 2], [2, 1]]))
        }
        #expect(throws: LinearAlgebraError.nonFiniteInput(routine: "dpotrf", row: 1, column: 0)) {
            try CholeskyFactorization(Matrix(rowMajor: [[1, .nan], [.nan, 1]]))
        }
        // A 2 × 3 matrix is not square, for either symmetric factorization.
        #expect(throws: LinearAlgebraError.dimensionMismatch(routine: "dpotrf", expected: "a square matrix", found: "2 × 3")) {
            try CholeskyFactorization(Matrix(rows: 2, columns: 3))
        }
        #expect(throws: LinearAlgebraError.dimensionMismatch(routine: "dsyevd", expected: "a square matrix", found: "2 × 3")) {
            try SymmetricEigendecomposition(Matrix(rows: 2, columns: 3))
        }
    }

    @Test("QR: least squares and rank with pivoting")
    func qr() throws {
        // y = 1 + 2x exactly at x = 0, 1, 2, 3.
        let x = Matrix(rowMajor: [[1, 0], [1, 1], [1, 2], [1, 3]])
        let solution = try QRFactorization(x).solveLeastSquares([1, 3, 5, 7])
        #expect(abs(solution[0] - 1) < 1e-14 && abs(solution[1] - 2) < 1e-14)
        // Least squares of [0,1,0,1] on [1, x], by hand: x̄ = 1.5, ȳ = 0.5,
        // Sxy = Σ(x−1.5)(y−0.5) = (−1.5)(−.5)+(−.5)(.5)+(.5)(−.5)+(1.5)(.5) = 1; Sxx = 5 → b = 0.2, a = 0.5 − 0.3 = 0.2.
        let fit = try QRFactorization(x).solveLeastSquares([0, 1, 0, 1])
        #expect(abs(fit[0] - 0.2) < 1e-14 && abs(fit[1] - 0.2) < 1e-14)
        // Second column is twice the first: rank 1; pivoting puts the larger column first.
        let deficient = Matrix(rowMajor: [[1, 2], [2, 4], [3, 6]])
        let pivoted = try QRFactorization(deficient, pivoting: true)
        #expect(pivoted.rank() == 1)
        #expect(pivoted.permutation == [1, 0])
        #expect(try QRFactorization(x, pivoting: true).rank() == 2)
        #expect(throws: LinearAlgebraError.self) { try QRFactorization(Matrix(rowMajor: [[1, 2, 3]])) }
    }

    @Test("triangular solve, SVD and symmetric eigenvalues")
    func triangularAndSpectral() throws {
        // [[2,1],[0,4]] x = [4,8] → x = [1, 2]; transposed [[2,0],[1,4]] x = [2,9] → x = [1, 2].
        let r = Matrix(rowMajor: [[2, 1], [0, 4]])
        #expect(try r.solveTriangular(Matrix(columns: [[4, 8]])).storage == [1, 2])
        #expect(try r.solveTriangular(Matrix(columns: [[2, 9]]), transpose: true).storage == [1, 2])
        #expect(throws: LinearAlgebraError.singular(routine: "dtrtrs", index: 2)) {
            try Matrix(rowMajor: [[1, 1], [0, 0]]).solveTriangular(Matrix(columns: [[1, 1]]))
        }
        // diag(3, 4) has singular values 4, 3 and condition number 4/3.
        let svd = try SingularValueDecomposition(Matrix(rowMajor: [[3, 0], [0, 4]]))
        #expect(svd.singularValues == [4, 3])
        #expect(abs(svd.conditionNumber - 4.0 / 3) < 1e-15)
        // [[1,2],[2,1]] has eigenvalues −1 and 3 with eigenvectors (1,−1)/√2 and (1,1)/√2;
        // clipping −1 to 0 leaves 3·vvᵀ = [[1.5,1.5],[1.5,1.5]].
        let eigen = try SymmetricEigendecomposition(Matrix(rowMajor: [[1, 2], [2, 1]]))
        #expect(abs(eigen.eigenvalues[0] + 1) < 1e-14 && abs(eigen.eigenvalues[1] - 3) < 1e-14)
        let clipped = try eigen.clippingNegativeEigenvalues()
        for value in clipped.storage { #expect(abs(value - 1.5) < 1e-14) }
    }
}
