import Foundation
import Testing
@testable import Impact

/// The multiplier bootstrap's simultaneous bands: Monte-Carlo coverage, clustering and the
/// blocked computation of the statistics.
@Suite("Callaway–Sant'Anna uniform bands (multiplier bootstrap)")
struct StaggeredUniformBandTests {
    @Test("the uniform band over the dynamic effects covers all of them in about 95% of samples")
    func uniformCoverage() throws {
        // 300 samples of StaggeredMonteCarloTests' design (200 firms, 2017–2022, cohorts 2019
        // and 2021, τ(e) = 0.5 + 0.2·e, parallel trends), 199 draws each. The truth of the
        // dynamic component e is τ(e) for e ≥ 0 and 0 before. Binomial sd at 95% over 300
        // samples ≈ 1.26 points; the band must cover within 3 points of 95%, and the
        // pointwise intervals must cover all components clearly less often.
        // IMPACT_MONTE_CARLO_SAMPLES=2000 runs the long check (sd ≈ 0.49 points), which must
        // be within 2 points of 95% (the criterion); it prints the coverage.
        var generator = SplitMix64(seed: 2_024_0611)
        let requested = ProcessInfo.processInfo.environment["IMPACT_MONTE_CARLO_SAMPLES"].flatMap { Int($0) }
        let samples = max(requested ?? 300, 300)
        var uniformCovered = 0, pointwiseCovered = 0
        let z = StaggeredAggregate.normalCriticalValue()
        for sample in 0..<samples {
            let (panel, _) = try StaggeredMonteCarloTests.draw(&generator)
            let result = try CallawaySantAnna().fit(panel)
                .withMultiplierBootstrap(.init(replications: 199, seed: UInt64(sample) + 1))
            let dynamic = result.aggregate(.dynamic)
            let critical = try #require(dynamic.uniformCriticalValue)
            let truth = { (e: Int) in e >= 0 ? 0.5 + 0.2 * Double(e) : 0 }
            if dynamic.components.allSatisfy({ abs($0.att - truth($0.key)) <= critical * $0.standardError }) {
                uniformCovered += 1
            }
            if dynamic.components.allSatisfy({ abs($0.att - truth($0.key)) <= z * $0.standardError }) {
                pointwiseCovered += 1
            }
        }
        let rate = Double(uniformCovered) / Double(samples)
        #expect(abs(rate - 0.95) <= (samples >= 2000 ? 0.02 : 0.03), "uniform coverage \(rate)")
        if requested != nil {
            print("uniform band coverage: \(uniformCovered) of \(samples) = \(rate); pointwise joint: \(pointwiseCovered)")
        }
        #expect(Double(pointwiseCovered) / Double(samples) < 0.9, "pointwise joint coverage \(pointwiseCovered)")
    }

    @Test("blocked statistics equal one product of all multipliers; firms as clusters change nothing")
    func blockedStatistics() throws {
        let (panel, _) = try { var generator = SplitMix64(seed: 5); return try StaggeredMonteCarloTests.draw(&generator) }()
        let result = try CallawaySantAnna().fit(panel)
        let bootstrap = StaggeredMultiplierBootstrap(replications: 37, seed: 9)
        let statistics = try bootstrap.statistics(of: result.influence, clusters: nil)
        // The same multipliers drawn in one piece (replication by replication, firm by firm).
        var generator = SplitMix64(seed: 9)
        var draws = Matrix(rows: 37, columns: result.unitCount)
        for b in 0..<37 {
            for (i, v) in bootstrap.weights.draws(result.unitCount, using: &generator).enumerated() { draws[b, i] = v }
        }
        let direct = try draws.multiplied(by: result.influence)
        let n = Double(result.unitCount)
        for b in 0..<37 { for k in 0..<result.effects.count {
            #expect(abs(statistics[b, k] - direct[b, k] / n.squareRoot()) < 1e-12)
        } }
        let singletons = StaggeredClusters(name: "firm", codes: Array(0..<result.unitCount))
        #expect(try bootstrap.statistics(of: result.influence, clusters: singletons) == statistics)
    }

    @Test("clustering above the firm: cluster means get one multiplier each, G replaces n")
    func clusteredBootstrap() throws {
        let (panel, _) = try { var generator = SplitMix64(seed: 6); return try StaggeredMonteCarloTests.draw(&generator) }()
        let result = try CallawaySantAnna().fit(panel)
        // 20 clusters of 10 consecutive firms.
        let clusters = StaggeredClusters(name: "district", codes: (0..<result.unitCount).map { $0 / 10 })
        #expect(clusters.count == 20)
        let boot = try result.withMultiplierBootstrap(.init(replications: 99, seed: 3), clusters: clusters)
        #expect(boot.isClusteredAboveUnit && boot.pretest == nil)
        let column = result.influence.column(4)
        var means = [Double](repeating: 0, count: 20)
        for (i, value) in column.enumerated() { means[i / 10] += value / 10 }
        var generator = SplitMix64(seed: 3)
        var statistics: [Double] = []
        for _ in 0..<99 {
            var sum = 0.0
            for (c, v) in StaggeredMultiplierWeights.mammen.draws(20, using: &generator).enumerated() { sum += v * means[c] }
            statistics.append(20.0.squareRoot() * sum / 20)
        }
        let expected = StaggeredMultiplierBootstrap.robustScale(statistics) / 20.0.squareRoot()
        #expect(abs(boot.effects[4].standardError - expected) < 1e-12)
    }

    @Test("multipliers are held one block at a time: at most 2^22 per block, at least one replication")
    func blockSize() {
        let bootstrap = StaggeredMultiplierBootstrap(replications: 999)
        #expect(bootstrap.blockSize(clusterCount: 100_000) == 41)
        #expect(bootstrap.blockSize(clusterCount: 200) == 999)
        #expect(bootstrap.blockSize(clusterCount: 10_000_000) == 1)
    }

    @Test("a firm in two clusters is refused, naming the firm and the column")
    func clusterVaryingWithinFirm() throws {
        let table = try Table(columns: [
            ("企业", .categorical(CategoricalColumn(["甲", "甲", "乙", "乙"]))),
            ("年份", .numeric(NumericColumn([2020, 2021, 2020, 2021]))),
            ("首次受支持年份", .numeric(NumericColumn([2021, 2021, 0, 0]))),
            ("营业收入", .numeric(NumericColumn([1, 3, 1, 2]))),
            ("区", .categorical(CategoricalColumn(["东城", "西城", "西城", "西城"]))),
        ])
        let panel = try StaggeredPanel(table: table, id: "企业", time: "年份", cohort: "首次受支持年份", outcome: "营业收入")
        #expect(throws: StaggeredError.clusterVariesWithinUnit(unit: "甲", column: "区")) {
            try StaggeredClusters(table: table, id: "企业", cluster: "区", panel: panel)
        }
        #expect(throws: StaggeredError.clusteringNeedsBootstrap(column: "区")) {
            try CallawaySantAnna().estimate(table, id: "企业", time: "年份", cohort: "首次受支持年份",
                                            outcome: "营业收入", cluster: "区")
        }
    }
}
