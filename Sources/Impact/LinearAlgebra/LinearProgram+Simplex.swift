extension LinearProgram {
    /// Solves the program by the two-phase simplex method on a dense tableau.
    ///
    /// Free variables are split into differences of two non-negative ones, inequalities get
    /// slacks, rows are signed so that b ≥ 0, and phase one minimises the sum of one
    /// artificial variable per row. Entering and leaving columns follow Bland's rule
    /// (lowest index), which cannot cycle on degenerate vertices. Tolerances: 1e-9 on
    /// reduced costs and pivot entries, 1e-8 (relative to the size of b) on phase one's
    /// infeasibility.
    ///
    /// - Throws: ``LinearProgramError/infeasible(infeasibility:)``,
    ///   ``LinearProgramError/unbounded(variable:)``, or an input error.
    public func solve(maximumPivots: Int = 50_000) throws(LinearProgramError) -> LinearProgramSolution {
        try validate()
        let form = standardForm()
        var tableau = SimplexTableau(rows: form.rows, columns: form.cost.count, rightHandSide: form.rightHandSide,
                                     maximumPivots: maximumPivots)
        try tableau.runPhaseOne()
        try tableau.runPhaseTwo(cost: form.cost)
        let standardPoint = tableau.point()
        var point = [Double](repeating: 0, count: objective.count)
        for (j, column) in form.columns.enumerated() {
            point[j] = standardPoint[column.plus] - (column.minus.map { standardPoint[$0] } ?? 0)
        }
        let value = zip(objective, point).reduce(0) { $0 + $1.0 * $1.1 }
        return LinearProgramSolution(point: point, value: value)
    }

    /// Checks dimensions and finiteness.
    private func validate() throws(LinearProgramError) {
        let n = objective.count
        guard nonNegative.count == n else {
            throw .dimensionMismatch(expected: "\(n) sign flags", found: "\(nonNegative.count)")
        }
        guard inequalityRows.count == inequalityBounds.count, equalityRows.count == equalityBounds.count else {
            throw .dimensionMismatch(expected: "one bound per constraint row",
                                     found: "\(inequalityRows.count)/\(inequalityBounds.count) and \(equalityRows.count)/\(equalityBounds.count)")
        }
        for row in inequalityRows + equalityRows where row.count != n {
            throw .dimensionMismatch(expected: "rows of length \(n)", found: "a row of length \(row.count)")
        }
        guard objective.allSatisfy(\.isFinite) else { throw .nonFiniteInput(what: "objective") }
        guard (inequalityRows + equalityRows).allSatisfy({ $0.allSatisfy(\.isFinite) }),
              (inequalityBounds + equalityBounds).allSatisfy(\.isFinite) else { throw .nonFiniteInput(what: "constraints") }
    }

    /// The program as: minimise costᵀz subject to rows z = rhs, z ≥ 0, rhs ≥ 0.
    private func standardForm() -> (rows: [[Double]], rightHandSide: [Double], cost: [Double],
                                    columns: [(plus: Int, minus: Int?)]) {
        var columns: [(plus: Int, minus: Int?)] = []
        var width = 0
        for free in nonNegative.map({ !$0 }) {
            columns.append((width, free ? width + 1 : nil))
            width += free ? 2 : 1
        }
        let slackStart = width
        width += inequalityRows.count
        let sign = sense == .minimize ? 1.0 : -1.0
        var cost = [Double](repeating: 0, count: width)
        for (j, column) in columns.enumerated() {
            cost[column.plus] = sign * objective[j]
            if let minus = column.minus { cost[minus] = -sign * objective[j] }
        }
        var rows: [[Double]] = [], rightHandSide: [Double] = []
        for (index, original) in (inequalityRows + equalityRows).enumerated() {
            var row = [Double](repeating: 0, count: width)
            for (j, column) in columns.enumerated() {
                row[column.plus] = original[j]
                if let minus = column.minus { row[minus] = -original[j] }
            }
            if index < inequalityRows.count { row[slackStart + index] = 1 }
            var bound = index < inequalityRows.count ? inequalityBounds[index] : equalityBounds[index - inequalityRows.count]
            if bound < 0 {
                row = row.map { -$0 }
                bound = -bound
            }
            rows.append(row)
            rightHandSide.append(bound)
        }
        return (rows, rightHandSide, cost, columns)
    }
}

/// The dense simplex tableau behind ``LinearProgram/solve(maximumPivots:)``: m constraint
/// rows over `structural` columns plus one artificial column per row, the right-hand side
/// last, and a reduced-cost row.
struct SimplexTableau {
    /// Row-major (m) × (structural + m + 1) entries.
    private var entries: [Double]
    /// Reduced costs of every column, and minus the objective value last.
    private var costRow: [Double]
    /// The basic column of each row.
    private var basis: [Int]
    private let rowCount: Int
    private let structural: Int
    private let maximumPivots: Int
    private var pivots = 0

    private var width: Int { structural + rowCount + 1 }
    private static let tolerance = 1e-9

    init(rows: [[Double]], columns n: Int, rightHandSide: [Double], maximumPivots: Int) {
        let m = rows.count
        rowCount = m
        structural = n
        self.maximumPivots = maximumPivots
        let width = n + m + 1
        var table = [Double](repeating: 0, count: m * width)
        for i in 0..<m {
            for j in 0..<n { table[i * width + j] = rows[i][j] }
            table[i * width + n + i] = 1
            table[i * width + width - 1] = rightHandSide[i]
        }
        entries = table
        basis = (0..<m).map { n + $0 }
        costRow = [Double](repeating: 0, count: width)
    }

    private func at(_ i: Int, _ j: Int) -> Double { entries[i * width + j] }

    /// Phase one: minimise the sum of the artificial variables, then move any artificial
    /// still basic (at zero) out of the basis where a structural column allows.
    mutating func runPhaseOne() throws(LinearProgramError) {
        for j in 0..<width { costRow[j] = 0 }
        for j in structural..<(structural + rowCount) { costRow[j] = 1 }
        for i in 0..<rowCount {
            for j in 0..<width { costRow[j] -= at(i, j) }
        }
        try iterate(enteringBelow: structural + rowCount)
        let scale = max(1, (0..<rowCount).reduce(0) { $0 + abs(at($1, width - 1)) })
        let infeasibility = -costRow[width - 1]
        if infeasibility > 1e-8 * scale { throw .infeasible(infeasibility: infeasibility) }
        for i in 0..<rowCount where basis[i] >= structural {
            if let j = (0..<structural).first(where: { abs(at(i, $0)) > Self.tolerance }) { pivot(row: i, column: j) }
        }
    }

    /// Phase two: minimise costᵀz from phase one's basis, artificial columns barred.
    mutating func runPhaseTwo(cost: [Double]) throws(LinearProgramError) {
        for j in 0..<width { costRow[j] = j < structural ? cost[j] : 0 }
        for i in 0..<rowCount where basis[i] < structural {
            let weight = cost[basis[i]]
            if weight != 0 { for j in 0..<width { costRow[j] -= weight * at(i, j) } }
        }
        try iterate(enteringBelow: structural)
    }

    /// The standard-form point of the current basis.
    func point() -> [Double] {
        var z = [Double](repeating: 0, count: structural)
        for i in 0..<rowCount where basis[i] < structural { z[basis[i]] = at(i, width - 1) }
        return z
    }

    /// Pivots by Bland's rule until no reduced cost among the first `limit` columns is negative.
    private mutating func iterate(enteringBelow limit: Int) throws(LinearProgramError) {
        while let entering = (0..<limit).first(where: { costRow[$0] < -Self.tolerance }) {
            var leaving: Int?
            var best = Double.infinity
            for i in 0..<rowCount where at(i, entering) > Self.tolerance {
                let ratio = at(i, width - 1) / at(i, entering)
                if ratio < best - 1e-12 || (abs(ratio - best) <= 1e-12 && basis[i] < basis[leaving ?? i]) {
                    best = ratio
                    leaving = i
                }
            }
            guard let leaving else { throw .unbounded(variable: entering) }
            pivots += 1
            if pivots > maximumPivots { throw .iterationLimit(iterations: maximumPivots) }
            pivot(row: leaving, column: entering)
        }
    }

    /// Makes `column` basic in `row` by Gauss–Jordan elimination.
    private mutating func pivot(row: Int, column: Int) {
        let base = row * width
        let divisor = entries[base + column]
        for j in 0..<width { entries[base + j] /= divisor }
        for i in 0..<rowCount where i != row {
            let factor = entries[i * width + column]
            if factor == 0 { continue }
            for j in 0..<width { entries[i * width + j] -= factor * entries[base + j] }
        }
        let factor = costRow[column]
        if factor != 0 { for j in 0..<width { costRow[j] -= factor * entries[base + j] } }
        basis[row] = column
    }
}
