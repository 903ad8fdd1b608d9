import Foundation
import Testing
@testable import Impact

/// The memory-saving paths of a fixed-effects fit give the numbers of the general paths:
/// rows kept as the identity, unweighted demeaning without an array of ones, clusters met
/// in one run each, one-pass norms, OpenBLAS on one thread.
@Suite("Fit memory paths")
struct FitMemoryPathTests {
    /// 企业 (firm) × 年份 (year), 4 firms × 3 years; row 5 (0-based) misses 产出 (y) when
    /// `missing`; with `lone`, a 13th row of a firm 戊 seen once (a singleton).
    private func table(missing: Bool, lone: Bool = false) throws -> Table {
        let y: [Double?] = [1.0, 2.5, 2.0, 4.0, 3.5, missing ? nil : 6.0, 2.0, 1.0, 3.0, 5.0, 4.5, 7.0] + (lone ? [1.5] : [])
        let firms = ["甲", "甲", "甲", "乙", "乙", "乙", "丙", "丙", "丙", "丁", "丁", "丁"] + (lone ? ["戊"] : [])
        let years: [Double] = [2021, 2022, 2023, 2021, 2022, 2023, 2021, 2022, 2023, 2021, 2022, 2023] + (lone ? [2021] : [])
        let x: [Double] = [0.5, 1, 0, 2, 1.5, 3, 1, 0, 0.5, 2.5, 2, 4] + (lone ? [0.7] : [])
        return try Table(columns: [
            ("企业", .categorical(CategoricalColumn(firms))),
            ("年份", .numeric(NumericColumn(values: years))),
            ("产出", .numeric(NumericColumn(y))),
            ("x", .numeric(NumericColumn(values: x))),
        ])
    }

    @Test("every row kept: the source rows are 0..<n without a stored list; a dropped row: the list")
    func identityRows() throws {
        let all = try ModelFrame(formula: "产出 ~ x | 企业 + 年份", table: try table(missing: false))
        #expect(all.explicitSourceRows == nil && all.sourceRows == Array(0..<12))
        let fit = try LinearRegression.fit(all)
        #expect(fit.explicitSourceRows == nil && fit.sourceRows == Array(0..<12))
        let gap = try ModelFrame(formula: "产出 ~ x | 企业 + 年份", table: try table(missing: true))
        #expect(gap.sourceRows == [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11] && gap.droppedForMissing == 1)
        #expect(try LinearRegression.fit(gap).sourceRows == gap.sourceRows)
    }

    @Test("a singleton firm dropped by the fit: its source rows are the table's rows without it")
    func singletonRows() throws {
        for missing in [false, true] {
            let frame = try ModelFrame(formula: "产出 ~ x | 企业 + 年份", table: try table(missing: missing, lone: true))
            let fit = try LinearRegression.fit(frame)
            #expect(fit.singletonsRemoved == 1)
            #expect(fit.sourceRows == (0..<12).filter { !missing || $0 != 5 })
        }
    }

    @Test("unweighted demeaning equals demeaning with unit weights, bit for bit (one and two dimensions)")
    func unitWeights() throws {
        var random = SplitMix64(seed: 14)
        let n = 240
        let firm = FactorCodes(name: "firm", codes: (0..<n).map { Int32($0 / 6) }, levelCount: 40)
        let year = FactorCodes(name: "year", codes: (0..<n).map { Int32($0 % 6) }, levelCount: 6)
        let data = Matrix(rows: n, columns: 3, storage: (0..<(3 * n)).map { _ in random.uniform(-5, 5) })
        let ones = [Double](repeating: 1, count: n)
        for factors in [[firm], [firm, year]] {
            let plain = Demeaning.demean(data, by: factors)
            let weighted = Demeaning.demean(data, by: factors, weights: ones)
            #expect(plain.demeaned.storage == weighted.demeaned.storage)
            #expect(plain.report.iterations == weighted.report.iterations)
        }
    }

    @Test("clusters in consecutive runs: the streamed meat equals the meat from the G × p sums")
    func groupedMeat() throws {
        let frame = try ModelFrame(formula: "产出 ~ x | 企业 + 年份", table: try table(missing: false))
        let fit = try LinearRegression.fit(frame)
        let firm = try #require(fit.clusters.first ?? fit.fixedEffects.first)
        #expect(ClusterRobustMeat.isGrouped(firm))
        #expect(!ClusterRobustMeat.isGrouped(fit.fixedEffects[1]), "years repeat: 0, 1, 2, 0, …")
        #expect(!ClusterRobustMeat.isGrouped(FactorCodes(name: "f", codes: [0, 1, 0], levelCount: 2)))
        let streamed = try ClusterRobustMeat.oneWay(scoresOf: fit, by: firm)
        // The same sums by hand: s_g = Σ_{i∈g} eᵢ zᵢ, meat = Σ_g s_g s_gᵀ.
        let z = fit.workingDesign
        var expected = [Double](repeating: 0, count: z.columns * z.columns)
        for level in 0..<firm.levelCount {
            let rows = firm.codes.indices.filter { firm.codes[$0] == level }
            let s = (0..<z.columns).map { j in rows.reduce(0.0) { $0 + fit.residuals[$1] * z[$1, j] } }
            for a in 0..<z.columns { for b in 0..<z.columns { expected[a + b * z.columns] += s[a] * s[b] } }
        }
        for (x, y) in zip(streamed.storage, expected) { #expect(abs(x - y) <= 1e-12 * max(1, abs(y))) }
        // A firm-clustered fit on the rows in another order (clusters no longer consecutive) agrees.
        let shuffledOrder = [0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11]
        let source = try table(missing: false)
        let shuffled = try Table(columns: source.columnNames.map { name in
            switch source.columns[source.columnIndex(named: name)!] {
            case .numeric(let column): (name, .numeric(NumericColumn(values: shuffledOrder.map { column.values[$0] })))
            case .categorical(let column):
                (name, .categorical(CategoricalColumn(shuffledOrder.map { column.levels[Int(column.codes[$0])] })))
            }
        })
        let a = try LinearRegression.estimate(try ModelFrame(formula: "产出 ~ x | 企业 + 年份", table: source,
                                                             clusters: ["企业"]), vcov: .cluster(["企业"]))
        let b = try LinearRegression.estimate(try ModelFrame(formula: "产出 ~ x | 企业 + 年份", table: shuffled,
                                                             clusters: ["企业"]), vcov: .cluster(["企业"]))
        #expect(abs(a.coefficients[0].estimate - b.coefficients[0].estimate) <= 1e-12)
        #expect(abs(a.coefficients[0].standardError - b.coefficients[0].standardError) <= 1e-12)
    }

    @Test("one-pass norm: √Σv² as the scaled two-pass formula, also near overflow and underflow")
    func norms() {
        func reference(_ values: [Double], _ weights: [Double]?) -> Double {
            let scale = values.map(abs).max() ?? 0
            guard scale > 0 else { return 0 }
            let sum = values.indices.reduce(0.0) { $0 + (weights?[$1] ?? 1) * (values[$1] / scale) * (values[$1] / scale) }
            return scale * sum.squareRoot()
        }
        let base: [Double] = [3, -4, 0, 12, 0.5, -0.25, 7]   // 7 values: four-lane blocks and a tail
        let weights: [Double] = [1, 2, 0.5, 1, 3, 1, 0.25]
        for factor in [1.0, 1e-160, 1e160, 1e-300, 1e300] {
            let values = base.map { $0 * factor }
            for w in [nil, weights] {
                let norm = values.withUnsafeBufferPointer { LinearRegression.weightedNorm($0, weights: w) }
                let expected = reference(values, w)
                #expect(norm.isFinite && abs(norm - expected) <= 1e-15 * expected, "\(factor) \(w == nil)")
            }
        }
        #expect([0.0, 0, 0].withUnsafeBufferPointer { LinearRegression.weightedNorm($0, weights: nil) } == 0)
        #expect([Double]().withUnsafeBufferPointer { LinearRegression.weightedNorm($0, weights: nil) } == 0)
        // 3-4-5 and 5-12-13 exactly.
        #expect([3.0, 4].withUnsafeBufferPointer { LinearRegression.weightedNorm($0, weights: nil) } == 5)
        #expect([5.0, 0, 12, 0, 0].withUnsafeBufferPointer { LinearRegression.weightedNorm($0, weights: nil) } == 13)
    }

    @Test("OpenBLAS runs one thread once Impact has used it, unless the environment chose")
    func blasThreads() throws {
        _ = try Matrix(rows: 3, columns: 2, storage: [1, 2, 3, 4, 5, 6]).gram()
        let environment = ProcessInfo.processInfo.environment
        if environment["OPENBLAS_NUM_THREADS"] == nil && environment["OMP_NUM_THREADS"] == nil {
            #expect(BLASThreads.current == 1)
        }
    }
}
