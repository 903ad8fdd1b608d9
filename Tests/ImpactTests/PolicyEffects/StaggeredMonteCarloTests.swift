import Foundation
import Testing
@testable import Impact

@Suite("Callaway–Sant'Anna recovers known effects (Monte Carlo)")
struct StaggeredMonteCarloTests {
    /// 200 firms over 2017–2022; each firm adopts in 2019 or 2021 or never (probabilities
    /// 1/4, 1/4, 1/2). y = αᵢ + 0.3·cohort-specific level + 0.1·(t − 2017) + τ(t − g)·1{t ≥ g} + ε,
    /// τ(e) = 0.5 + 0.2·e, αᵢ and ε standard normal: parallel trends hold, levels differ.
    static func draw(_ generator: inout SplitMix64) throws -> (panel: StaggeredPanel, simpleTruth: Double) {
        func normal() -> Double {
            let u = 1 - generator.nextUnit(), v = generator.nextUnit()
            return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
        let periods = Array(2017...2022)
        var cohorts: [Int] = [], rows: [[Double]] = []
        for _ in 0..<200 {
            let u = generator.nextUnit()
            let cohort = u < 0.25 ? 2019 : (u < 0.5 ? 2021 : 0)
            let level = normal() + (cohort == 2019 ? 0.3 : (cohort == 2021 ? -0.3 : 0))
            cohorts.append(cohort)
            rows.append(periods.map { t in
                let effect = cohort != 0 && t >= cohort ? 0.5 + 0.2 * Double(t - cohort) : 0
                return level + 0.1 * Double(t - 2017) + effect + normal()
            })
        }
        // The simple aggregation's estimand: cohort-size-weighted mean of τ over post cells.
        var weighted = 0.0, total = 0.0
        for g in [2019, 2021] {
            let size = Double(cohorts.filter { $0 == g }.count)
            for t in periods where t >= g {
                weighted += size * (0.5 + 0.2 * Double(t - g))
                total += size
            }
        }
        let panel = try StaggeredPanel(units: (0..<200).map { "F\($0)" }, periods: periods,
                                       cohorts: cohorts, outcomes: rows)
        return (panel, weighted / total)
    }

    @Test("simple and on-impact effects: unbiased, 95% intervals cover at about the nominal rate")
    func coverage() throws {
        var generator = SplitMix64(seed: 77)
        let replications = 40
        var errors: [Double] = []
        var simpleCovered = 0, impactCovered = 0, placeboCovered = 0
        let z = StandardNormalDistribution.quantile(0.975)
        for _ in 0..<replications {
            let (panel, truth) = try Self.draw(&generator)
            let result = try CallawaySantAnna().fit(panel)
            let simple = result.aggregate(.simple)
            errors.append(simple.att - truth)
            if abs(simple.att - truth) <= z * simple.standardError { simpleCovered += 1 }
            let dynamic = result.aggregate(.dynamic)
            let impact = try #require(dynamic.components.first { $0.key == 0 })
            if abs(impact.att - 0.5) <= z * impact.standardError { impactCovered += 1 }
            // A placebo: the pre-period cell of the 2021 cohort in 2020 has true effect 0.
            let placebo = try #require(result.effects.first { $0.group == 2021 && $0.period == 2020 })
            if abs(placebo.att) <= z * placebo.standardError { placeboCovered += 1 }
        }
        let mean = errors.reduce(0, +) / Double(replications)
        let spread = (errors.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(replications - 1)).squareRoot()
        #expect(abs(mean) < 4 * spread / Double(replications).squareRoot())
        // With 40 draws at 95%, P(covered ≤ 33) ≈ 4%: at least 33 is required.
        #expect(simpleCovered >= 33, "simple covered \(simpleCovered)")
        #expect(impactCovered >= 33, "on-impact covered \(impactCovered)")
        #expect(placeboCovered >= 33, "placebo covered \(placeboCovered)")
    }
}
