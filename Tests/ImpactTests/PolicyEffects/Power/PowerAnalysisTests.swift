import Foundation
import Testing
@testable import Impact

@Suite("Power: questions, firms needed, checks")
struct PowerAnalysisTests {
    static func panel(firms: Int = 60, periods: Int = 5, seed: UInt64 = 1) throws -> Table {
        var generator = SplitMix64(seed: seed)
        return try PowerTestData.ar1Panel(firms: firms, periods: periods, rho: 0.4, generator: &generator)
    }

    static func specification(firms: Int? = 20, comparison: Int? = nil, effect: PowerEffectSize? = nil,
                              question: PowerQuestion? = nil, simulations: Int = 0) -> PowerSpecification {
        PowerSpecification(outcome: "revenue", unit: "firm_id", time: "year", supportedFirms: firms,
                           comparisonFirms: comparison, prePeriods: 2, postPeriods: 2, effect: effect,
                           question: question, simulations: simulations, seed: 4)
    }

    @Test("the question follows from what is given")
    func questions() {
        #expect(Self.specification().resolvedQuestion == .minimumDetectableEffect)
        #expect(Self.specification(effect: .level(1)).resolvedQuestion == .power)
        #expect(Self.specification(firms: nil, effect: .level(1)).resolvedQuestion == .firms)
        #expect(Self.specification(effect: .level(1), question: .firms).resolvedQuestion == .firms)
    }

    /// The comparison group is the panel's other firms: 60 − 20 = 40; an effect of 3 % of the
    /// mean is 3 % of the panel's mean outcome; the power at the analytic MDE is the target.
    @Test("minimum detectable effect, percentages and the comparison group")
    func minimumDetectableEffect() throws {
        let table = try Self.panel()
        let result = try PowerAnalysis.run(table, Self.specification())
        #expect(result.question == .minimumDetectableEffect && result.comparisonFirms == 40 && result.panelFirms == 60)
        let mde = try #require(result.analytic.minimumDetectableEffect)
        #expect(result.evaluatedEffect == mde && !result.effectGiven)
        #expect(abs(result.analytic.power - 0.8) < 1e-5)
        #expect(abs(result.percentOfMean(mde) - mde / result.preMean * 100) < 1e-12)
        let percent = try PowerAnalysis.run(table, Self.specification(effect: .percentOfMean(3)))
        #expect(abs(percent.evaluatedEffect - 0.03 * percent.preMean) < 1e-9)
        #expect(percent.question == .power && percent.effectGiven)
        #expect(result.simulation == nil)
        #expect(result.powerCurve.count == 9 && result.powerCurve[4].effect == mde)
    }

    /// Solving for firms gives the smallest N whose power reaches the target: N − 1 does not.
    @Test("firms needed: the smallest N reaching the target", arguments: [nil, 30] as [Int?])
    func firmsNeeded(comparison: Int?) throws {
        let table = try Self.panel(firms: 200)
        let result = try PowerAnalysis.run(table, Self.specification(firms: nil, comparison: comparison,
                                                                      effect: .level(1.2), simulations: 300))
        let needed = try #require(result.analytic.firmsNeeded)
        let formula = AnalyticPower(components: result.components, alpha: 0.05)
        let others = { (n: Int) in comparison ?? (200 - n) }
        #expect(formula.power(effect: 1.2, supported: needed, comparison: others(needed)) >= 0.8)
        #expect(formula.power(effect: 1.2, supported: needed - 1, comparison: others(needed - 1)) < 0.8)
        #expect(result.supportedFirms == needed)
        let simulated = try #require(result.simulation?.firmsNeeded)
        #expect(abs(Double(simulated) / Double(needed) - 1) < 0.3, "simulated \(simulated) vs analytic \(needed)")
    }

    /// An effect too small for any split of a 60-firm panel: the largest tried (half) is
    /// reported with a note.
    @Test("firms not reachable: a note, not an error")
    func notReachable() throws {
        let result = try PowerAnalysis.run(try Self.panel(), Self.specification(firms: nil, effect: .level(0.01)))
        #expect(result.analytic.firmsNeeded == nil && result.supportedFirms == 30)
        #expect(result.notes.contains { $0.code == "firms_not_reachable" })
        // With the comparison group fixed at 5 firms the variance never falls below V/5:
        // searched up to a million firms, the design shown is the panel's size.
        let fixed = try PowerAnalysis.run(try Self.panel(), Self.specification(firms: nil, comparison: 5,
                                                                                effect: .level(0.5), simulations: 50))
        #expect(fixed.analytic.firmsNeeded == nil && fixed.supportedFirms == 60)
        #expect(fixed.notes.contains(.firmsNotReachable(method: "analytic", largestTried: 1_000_000,
                                                        bestPower: AnalyticPower(components: fixed.components, alpha: 0.05)
                                                            .power(effect: 0.5, supported: 1_000_000, comparison: 5))))
        #expect(fixed.sentence.en.hasPrefix("No number of supported firms up to 1000000 detects"))
    }

    /// History through 2018 of a 2015–2019 panel: four periods, one window of 2 + 2.
    @Test("the history can end before the panel does")
    func history() throws {
        var specification = Self.specification()
        specification.lastHistoricalPeriod = 2018
        let result = try PowerAnalysis.run(try Self.panel(), specification)
        #expect(result.historyPeriods == 2015...2018 && result.windows == 1)
        #expect(try PowerAnalysis.run(try Self.panel(), Self.specification()).windows == 2)
    }

    @Test("typed errors with their context")
    func errors() throws {
        let table = try Self.panel(periods: 3)
        #expect(throws: PowerError.panelTooShort(periods: 3, needed: 4)) {
            try PowerAnalysis.run(table, Self.specification())
        }
        #expect(throws: PowerError.noComparisonFirms(supported: 60, panelFirms: 60)) {
            var specification = Self.specification(firms: 60)
            specification.postPeriods = 1
            return try PowerAnalysis.run(table, specification)
        }
        #expect(throws: PowerError.invalidSetting(setting: "--alpha", reason: "must lie strictly between 0 and 1, not 1.5")) {
            var specification = Self.specification()
            specification.alpha = 1.5
            return try PowerAnalysis.run(table, specification)
        }
        #expect(throws: PowerError.invalidSetting(setting: "--effect", reason: "is needed to compute the power")) {
            try PowerAnalysis.run(table, Self.specification(question: .power))
        }
    }

    /// Firms with a blank outcome in every window are left out, with a note; a panel exactly
    /// as long as the design is noted too.
    @Test("incomplete firms and a single window are noted")
    func incomplete() throws {
        let table = try Self.panel(firms: 30, periods: 4)
        var values = try table.numeric("revenue").values.map(Optional.some)
        values[1] = nil  // 企业0, 2016: incomplete in the only window
        let holed = try Table(columns: [("firm_id", table.columns[0]), ("year", table.columns[1]),
                                        ("revenue", .numeric(NumericColumn(values)))])
        let result = try PowerAnalysis.run(holed, Self.specification(firms: 10))
        #expect(result.panelFirms == 29 && result.comparisonFirms == 19)
        #expect(result.notes.map(\.code) == ["incomplete_firms_left_out", "single_window", "few_comparison_firms"])
    }
}
