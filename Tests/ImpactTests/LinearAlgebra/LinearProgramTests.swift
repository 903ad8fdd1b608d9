import Testing
@testable import Impact

/// Linear programs small enough to solve by hand (vertices enumerated in the comments).
@Suite("Linear programs (simplex)")
struct LinearProgramTests {
    @Test("textbook maximum with inequalities")
    func textbook() throws {
        // max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18, x, y ≥ 0 → (2, 6), value 36.
        let program = LinearProgram(objective: [3, 5], sense: .maximize,
                                    inequalityRows: [[1, 0], [0, 2], [3, 2]], inequalityBounds: [4, 12, 18],
                                    nonNegative: [true, true])
        let solution = try program.solve()
        #expect(abs(solution.value - 36) < 1e-12)
        #expect(abs(solution.point[0] - 2) < 1e-12 && abs(solution.point[1] - 6) < 1e-12)
    }

    @Test("free variables, equalities and negative right-hand sides")
    func freeVariables() throws {
        // min x + y s.t. x − y = −3, x ≥ −5 (written −x ≤ 5), y free: x = −5, y = −2, value −7.
        let program = LinearProgram(objective: [1, 1], inequalityRows: [[-1, 0]], inequalityBounds: [5],
                                    equalityRows: [[1, -1]], equalityBounds: [-3])
        let solution = try program.solve()
        #expect(abs(solution.value + 7) < 1e-12)
        #expect(abs(solution.point[0] + 5) < 1e-12 && abs(solution.point[1] + 2) < 1e-12)
    }

    @Test("Chebyshev fit: min η s.t. |y_i − δ| ≤ η")
    func chebyshev() throws {
        // y = (1, 4, 2): the best constant is the midrange 2.5 with η = 1.5.
        let y = [1.0, 4, 2]
        let rows = y.map { _ in [-1.0, -1] } + y.map { _ in [-1.0, 1] }
        let bounds = y.map { -$0 } + y
        let program = LinearProgram(objective: [1, 0], inequalityRows: rows, inequalityBounds: bounds)
        let solution = try program.solve()
        #expect(abs(solution.value - 1.5) < 1e-12)
        #expect(abs(solution.point[1] - 2.5) < 1e-12)
    }

    @Test("degenerate vertex does not cycle (Beale's example)")
    func degenerate() throws {
        // Beale (1955): min −3/4 x4 + 150 x5 − 1/50 x6 + 6 x7, cycles under Dantzig's rule
        // without anti-cycling; optimum −1/20 at x4 = 1/25, x6 = 1, slack x1 = 3/100.
        let rows: [[Double]] = [[1, 0, 0, 0.25, -60, -1.0 / 25, 9], [0, 1, 0, 0.5, -90, -1.0 / 50, 3], [0, 0, 1, 0, 0, 1, 0]]
        let program = LinearProgram(objective: [0, 0, 0, -0.75, 150, -1.0 / 50, 6], equalityRows: rows,
                                    equalityBounds: [0, 0, 1], nonNegative: Array(repeating: true, count: 7))
        let solution = try program.solve()
        #expect(abs(solution.value + 0.05) < 1e-12)
    }

    @Test("typed errors: infeasible, unbounded, mismatched dimensions")
    func errors() {
        // x ≥ 0, x ≤ −1.
        let infeasible = LinearProgram(objective: [1], inequalityRows: [[1]], inequalityBounds: [-1], nonNegative: [true])
        #expect { try infeasible.solve() } throws: { error in
            if case .infeasible = error as? LinearProgramError { return true } else { return false }
        }
        let unbounded = LinearProgram(objective: [1], sense: .maximize, nonNegative: [true])
        #expect(throws: LinearProgramError.unbounded(variable: 0)) { try unbounded.solve() }
        let mismatched = LinearProgram(objective: [1, 2], inequalityRows: [[1]], inequalityBounds: [1])
        #expect { try mismatched.solve() } throws: { error in
            if case .dimensionMismatch = error as? LinearProgramError { return true } else { return false }
        }
    }
}
