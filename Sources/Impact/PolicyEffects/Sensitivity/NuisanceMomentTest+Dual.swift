import Foundation

/// The dual linear program of the η statistic: maximise λᵀy subject to λ ≥ 0, λᵀσ = 1 and
/// Xᵀλ = 0 (its value is η̂, its solution the Lagrange multipliers of the moments).
struct DualProgram {
    let nuisance: [[Double]]
    let standardDeviations: [Double]

    /// The optimum at y, or `nil` when the program is infeasible or unbounded.
    func solve(_ y: [Double]) -> LinearProgramSolution? {
        let k = nuisance.first?.count ?? 0
        let equalities = [standardDeviations] + (0..<k).map { c in nuisance.map { $0[c] } }
        let program = LinearProgram(objective: y, sense: .maximize, equalityRows: equalities,
                                    equalityBounds: [1] + Array(repeating: 0, count: k),
                                    nonNegative: Array(repeating: true, count: y.count))
        return try? program.solve()
    }
}

extension NuisanceMomentTest {
    /// Truncation bounds when the binding set is degenerate, from the dual: with γ = λ̂,
    /// b = Σγ/(γᵀΣγ) and s = y − b·γᵀy, the value c is on the conditioning set when
    /// max_λ λᵀ(s + b c) = c (to 1e-6). Starting beyond ±max(100, η̂ + 20σ_B), Newton steps on the
    /// optimal vertex (at most 10) and then bisection to 1e-6 find the ends v_lo and v_up.
    func dualBounds(_ y: [Double], eta: Double, gamma: [Double], variance: Double,
                    program: DualProgram) -> (low: Double, up: Double, sd: Double)? {
        let sigmaGamma = DenseAlgebra.times(covariance, gamma)
        let b = sigmaGamma.map { $0 / variance }
        let gammaY = DenseAlgebra.dot(gamma, y)
        let s = zip(y, b).map { $0 - $1 * gammaY }
        let sd = variance.squareRoot()
        let search = DualBoundSearch(s: s, b: b, program: program)
        guard search.isOnSet(eta) else { return (eta, .infinity, sd) }
        let up = search.end(from: eta, towards: max(100, eta + 20 * sd))
        let low = search.end(from: eta, towards: min(-100, eta - 20 * sd))
        return (low, up, sd)
    }
}

/// The search for an end of the conditioning set {c : max_λ λᵀ(s + b c) = c}.
struct DualBoundSearch {
    let s: [Double], b: [Double]
    let program: DualProgram
    static let tolerance = 1e-6

    /// Whether c lies on the set.
    func isOnSet(_ c: Double) -> Bool {
        guard let solution = program.solve(zip(s, b).map { $0 + $1 * c }) else { return false }
        return abs(c - solution.value) <= Self.tolerance
    }

    /// The end of the set between `start` (on it) and `limit` (±∞ when `limit` is on it).
    func end(from start: Double, towards limit: Double) -> Double {
        let y = zip(s, b).map { $0 + $1 * limit }
        guard let atLimit = program.solve(y) else { return start }
        if abs(limit - atLimit.value) <= Self.tolerance { return limit > start ? .infinity : -.infinity }
        var vertex = atLimit.point
        var candidate = limit
        for _ in 0..<10 {
            let denominator = 1 - DenseAlgebra.dot(vertex, b)
            var numerator = DenseAlgebra.dot(vertex, s)
            if abs(numerator) < pow(Double.ulpOfOne, 0.75) { numerator = 0 }
            candidate = numerator / denominator
            guard candidate.isFinite, let solution = program.solve(zip(s, b).map { $0 + $1 * candidate }) else { break }
            if abs(candidate - solution.value) <= Self.tolerance { return candidate }
            vertex = solution.point
        }
        if !candidate.isFinite || (candidate - start) * (limit - start) <= 0 { candidate = limit }
        var inside = start, outside = candidate
        while abs(outside - inside) > Self.tolerance {
            let middle = (inside + outside) / 2
            if isOnSet(middle) { inside = middle } else { outside = middle }
        }
        return (inside + outside) / 2
    }
}
