import Foundation
import Testing
@testable import Impact

/// The blocked draw kernel against the cluster-by-cluster scores, draw by draw.
@Suite("Wild cluster bootstrap: draw kernel")
struct WildClusterBootstrapKernelTests {
    /// 2,600 firms (more than two cluster blocks of 1,024) × 2 years; firm `F0007` and the
    /// others alike; outcome `y = 1 + 0.4·支持·后期 + 0.3·x + firm shock + noise`.
    static func panel() throws -> Table {
        var generator = SplitMix64(seed: 11)
        var firm = [String?](), year = [Double](), treated = [Double](), post = [Double](), x = [Double](), y = [Double]()
        for unit in 0..<2_600 {
            let shock = generator.uniform(-1, 1), isTreated = unit % 3 == 0 ? 1.0 : 0
            for period in 0..<2 {
                let value = generator.uniform(-1, 1)
                firm.append(String(format: "F%04d", unit))
                year.append(Double(2020 + period))
                treated.append(isTreated)
                post.append(Double(period))
                x.append(value)
                y.append(1 + 0.4 * isTreated * Double(period) + 0.3 * value + shock + generator.uniform(-0.5, 0.5))
            }
        }
        return try Table(columns: [
            ("企业", .categorical(CategoricalColumn(firm))), ("year", .numeric(NumericColumn(values: year))),
            ("支持", .numeric(NumericColumn(values: treated))), ("后期", .numeric(NumericColumn(values: post))),
            ("x", .numeric(NumericColumn(values: x))), ("y", .numeric(NumericColumn(values: y))),
        ])
    }

    @Test("every draw's five numbers match the scores formed cluster by cluster (1e-10)",
          arguments: [(DifferenceInDifferencesDesign.pooled, WildBootstrapWeights.rademacher),
                      (.pooled, .webb), (.twoWayFixedEffects, .rademacher), (.twoWayFixedEffects, .webb)])
    func kernelMatchesScores(design: DifferenceInDifferencesDesign, weights: WildBootstrapWeights) throws {
        let result = try DifferenceInDifferences.estimate(try Self.panel(), DifferenceInDifferencesSpecification(
            outcome: "y", unit: "企业", time: "year", treated: "支持", post: "后期", covariates: ["x"], design: design))
        let regression = result.regression, fit = regression.fit
        let j = try #require(fit.termNames.firstIndex(of: "支持:后期"))
        let cluster = try #require(fit.clusters.first { $0.name == "企业" } ?? fit.fixedEffects.first { $0.name == "企业" })
        #expect(cluster.levelCount == 2_600)
        let problem = try WildClusterBootstrap.Problem(fit: fit, column: j, cluster: cluster,
                                                       factor: regression.correction.factor)
        // Pooled with x: p = 5 (three chunks of the general path); two-way: p = 2.
        #expect(problem.p == (design == .pooled ? 5 : 2))
        let draws = WildClusterBootstrap.Draws(options: .init(replications: 37, seed: 5, weights: weights), clusters: 2_600)
        let kernel = WildClusterBootstrap.DrawKernel(problem: problem, weights: weights)
        var fromKernel = [WildClusterBootstrap.DrawCoefficients](
            repeating: .init(n0: 0, n1: 0, q00: 0, q01: 0, q11: 0), count: draws.count)
        fromKernel.withUnsafeMutableBufferPointer { output in
            kernel.coefficients(draws: draws, range: 0..<20, output: output)   // two ranges, as two threads do
            kernel.coefficients(draws: draws, range: 20..<37, output: output)
        }
        var v = [Double](repeating: 0, count: 2_600), combined = [Double](repeating: 0, count: 2 * problem.p)
        var sequential = SplitMix64(seed: 5)
        for b in 0..<draws.count {
            // The draws are those of one sequential stream, one output per cluster.
            for g in 0..<2_600 {
                v[g] = weights == .rademacher ? (sequential.next() >> 63 == 1 ? 1 : -1)
                    : weights.values[sequential.index(below: 6)]
            }
            let exact = v.withUnsafeBufferPointer { v in
                combined.withUnsafeMutableBufferPointer { problem.drawCoefficients(v, combined: $0) }
            }
            let fast = fromKernel[b]
            let scale = max(abs(exact.q00), abs(exact.q11), 1e-300)
            #expect(abs(fast.n0 - exact.n0) <= 1e-10 * max(abs(exact.n0), exact.q00.squareRoot()), "draw \(b)")
            #expect(abs(fast.n1 - exact.n1) <= 1e-10 * max(abs(exact.n1), exact.q11.squareRoot()), "draw \(b)")
            #expect(abs(fast.q00 - exact.q00) <= 1e-10 * scale, "draw \(b)")
            #expect(abs(fast.q01 - exact.q01) <= 1e-10 * scale, "draw \(b)")
            #expect(abs(fast.q11 - exact.q11) <= 1e-10 * scale, "draw \(b)")
        }
    }

    @Test("a draw's multipliers for a range of clusters are the stream's outputs b·G + g")
    func fillMatchesStream() {
        let draws = WildClusterBootstrap.Draws(options: .init(replications: 5, seed: 99), clusters: 3_000)
        var generator = SplitMix64(seed: 99)
        for _ in 0..<(3 * 3_000 + 1_500) { _ = generator.next() }
        var v = [Double](repeating: 0, count: 700)
        v.withUnsafeMutableBufferPointer { draws.fill($0, draw: 3, clusters: 1_500..<2_200) }
        for g in 0..<700 { #expect(v[g] == (generator.next() >> 63 == 1 ? 1 : -1)) }
    }

    @Test("unit keys: codes as they are, numbers keyed by value (−0 as 0), blanks −1")
    func unitKeys() throws {
        let table = try Table(columns: [
            ("企业", .categorical(CategoricalColumn(codes: [0, 1, -1, 2, 0], levels: ["甲", "乙", "丙"]))),
            ("id", .numeric(NumericColumn([3, -0.0, nil, 0, 2.5]))),
        ])
        let text = try PolicyColumns.unitKeys(table, "企业")
        #expect(text.keys == [0, 1, -1, 2, 0] && text.count == 3)
        let numbers = try PolicyColumns.unitKeys(table, "id")
        #expect(numbers.keys == [0, 1, -1, 1, 2] && numbers.count == 3)
    }

    @Test("did counts treated and control units by key: 867 treated of 2,600 firms")
    func unitCounts() throws {
        let result = try DifferenceInDifferences.estimate(try Self.panel(), DifferenceInDifferencesSpecification(
            outcome: "y", unit: "企业", time: "year", treated: "支持", post: "后期"))
        #expect(result.treatedUnits == 867 && result.controlUnits == 1_733)
    }
}
