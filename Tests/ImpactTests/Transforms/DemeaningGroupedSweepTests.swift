import Testing
@testable import Impact

/// The one-pass sweeps for a first dimension whose levels are contiguous runs (a panel sorted
/// by unit) must give exactly, bit for bit, what the two-pass sweeps give: the same panel
/// with its units numbered out of row order takes the two-pass path, with the same sums in
/// the same order, so every value and the iteration count must agree.
@Suite("Demeaning: grouped sweeps")
struct DemeaningGroupedSweepTests {
    /// An unbalanced firm-year panel sorted by firm (each firm 2–12 of 12 years), three
    /// columns, positive weights; deterministic.
    private func panel(firms: Int) -> (firm: [Int32], year: [Int32], columns: [[Double]], weights: [Double]) {
        var state: UInt64 = 20_240_611
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        var firm: [Int32] = [], year: [Int32] = []
        for f in 0..<firms {
            for y in 0..<12 where y < 2 || next() < 0.45 {
                firm.append(Int32(f))
                year.append(Int32(y))
            }
        }
        var columns: [[Double]] = []
        for column in 0..<3 {
            var values: [Double] = []
            for i in firm.indices {
                let unit = Double(firm[i]) * 0.37, period = Double(year[i]) * Double(column + 1)
                values.append(unit + period + next() * 5 - 2.5)
            }
            columns.append(values)
        }
        return (firm, year, columns, firm.map { _ in 0.5 + next() })
    }

    /// The same units numbered in a scrambled order (`(code × 7 + 3) mod levels`), so the
    /// codes are no longer non-decreasing.
    private func scrambled(_ codes: [Int32], levels: Int) -> [Int32] {
        codes.map { Int32((Int($0) * 7 + 3) % levels) }
    }

    private func demean(_ columns: [[Double]], firm: [Int32], firmLevels: Int, year: [Int32],
                        weights: [Double]?) -> (Matrix, DemeaningReport) {
        Demeaning.demean(Matrix(columns: columns),
                         by: [FactorCodes(name: "firm", codes: firm, levelCount: firmLevels),
                              FactorCodes(name: "year", codes: year, levelCount: 12)],
                         weights: weights)
    }

    @Test("sorted and scrambled unit numbering give the same bits, unweighted and weighted", arguments: [false, true])
    func sameBits(weighted: Bool) {
        let data = panel(firms: 40)
        let shuffled = scrambled(data.firm, levels: 40)
        #expect(GroupedSweep.isGrouped(data.firm))
        #expect(!GroupedSweep.isGrouped(shuffled))
        let weights = weighted ? data.weights : nil
        let (sorted, sortedReport) = demean(data.columns, firm: data.firm, firmLevels: 40, year: data.year,
                                            weights: weights)
        let (other, otherReport) = demean(data.columns, firm: shuffled, firmLevels: 40, year: data.year,
                                          weights: weights)
        #expect(sortedReport.iterations > 1)   // the loop's sweeps are exercised, not only the first
        #expect(sortedReport.iterations == otherReport.iterations)
        #expect(sortedReport.converged && otherReport.converged)
        #expect(sorted.storage.map(\.bitPattern) == other.storage.map(\.bitPattern))
        // And it is the within transform: every firm's and every year's residuals sum to ~0.
        for (codes, levels) in [(data.firm, 40), (data.year, 12)] {
            var sums = [Double](repeating: 0, count: levels)
            for i in codes.indices { sums[Int(codes[i])] += (weights?[i] ?? 1) * sorted[i, 0] }
            #expect(sums.allSatisfy { abs($0) < 1e-8 })
        }
    }

    @Test("levels without rows (before, between and after the runs) are handled as in two passes")
    func emptyLevels() {
        let data = panel(firms: 30)
        // Levels 0 and 6 and 31 have no rows; 32 levels in all.
        let gapped = data.firm.map { $0 + ($0 >= 5 ? 2 : 1) }
        let shuffled = scrambled(gapped, levels: 32)
        #expect(GroupedSweep.isGrouped(gapped))
        #expect(!GroupedSweep.isGrouped(shuffled))
        let (sorted, sortedReport) = demean(data.columns, firm: gapped, firmLevels: 32, year: data.year,
                                            weights: data.weights)
        let (other, otherReport) = demean(data.columns, firm: shuffled, firmLevels: 32, year: data.year,
                                          weights: data.weights)
        #expect(sortedReport.iterations == otherReport.iterations)
        #expect(sorted.storage.map(\.bitPattern) == other.storage.map(\.bitPattern))
    }

    @Test("in place: the sorted panel's one-pass residuals equal the copying demean's")
    func inPlaceAgrees() {
        let data = panel(firms: 25)
        let factors = [FactorCodes(name: "firm", codes: data.firm, levelCount: 25),
                       FactorCodes(name: "year", codes: data.year, levelCount: 12)]
        let (copied, _) = Demeaning.demean(Matrix(columns: data.columns), by: factors)
        var matrix = Matrix(columns: data.columns)
        _ = Demeaning.demeanInPlace(&matrix, by: factors)
        #expect(matrix.storage.map(\.bitPattern) == copied.storage.map(\.bitPattern))
    }

    /// `problem.solve` on `columns` (column-major copies), returning the result's bits, the
    /// iteration count and whether the one-pass path was taken.
    private func solve(_ columns: [[Double]], firm: [Int32], year: [Int32],
                       weights: [Double]?) -> (bits: [UInt64], iterations: Int, grouped: Bool) {
        let n = firm.count, c = columns.count
        let problem = DemeaningProblem(factors: [FactorCodes(name: "firm", codes: firm, levelCount: 40),
                                                 FactorCodes(name: "year", codes: year, levelCount: 12)],
                                       weights: weights, observations: n)
        let input = columns.flatMap { $0 }
        var output = [Double](repeating: 0, count: n * c)
        let outcome = input.withUnsafeBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                let inputs = (0..<c).map { UnsafePointer(i.baseAddress! + $0 * n) }
                let outputs = (0..<c).map { o.baseAddress! + $0 * n }
                return inputs.withUnsafeBufferPointer { ip in
                    outputs.withUnsafeBufferPointer { op in problem.solve(inputs: ip, outputs: op, options: DemeaningOptions()) }
                }
            }
        }
        return (output.map(\.bitPattern), outcome.iterations, problem.firstIsGrouped)
    }

    @Test("seven columns in one problem take every chunk width (4, 2, 1) and give the two-pass bits",
          arguments: [false, true])
    func everyChunkWidth(weighted: Bool) {
        let data = panel(firms: 40)
        // 7 = 4 + 2 + 1 columns, solved as one problem (not split by the processor count).
        let columns = data.columns + data.columns.map { $0.map { 1.5 * $0 - 0.25 } } + [data.columns[0].map { -$0 }]
        let weights = weighted ? data.weights : nil
        let sorted = solve(columns, firm: data.firm, year: data.year, weights: weights)
        let other = solve(columns, firm: scrambled(data.firm, levels: 40), year: data.year, weights: weights)
        #expect(sorted.grouped && !other.grouped)
        #expect(sorted.iterations > 1 && sorted.iterations == other.iterations)
        #expect(sorted.bits == other.bits)
    }
}
