import Foundation
import Testing
@testable import Impact

@Suite("Power: report, JSON and curve chart")
struct PowerResultReportTests {
    static func result() throws -> PowerResult {
        var generator = SplitMix64(seed: 8)
        let table = try PowerTestData.ar1Panel(firms: 50, periods: 5, rho: 0.5, generator: &generator)
        return try PowerAnalysis.run(table, PowerSpecification(
            outcome: "revenue", unit: "firm_id", time: "year", supportedFirms: 20, prePeriods: 2, postPeriods: 2,
            simulations: 200, seed: 1))
    }

    @Test("JSON keys in the documented order, analytic and simulation members")
    func json() throws {
        let result = try Self.result()
        let json = result.jsonValue(language: .en)
        guard case .object(let members) = json else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["outcome", "question", "design", "pre_period_mean", "history", "effect", "effect_percent",
                                       "effect_given", "analytic", "simulation", "variance_components", "power_curve",
                                       "firms_curve", "sentence", "notes"])
        guard case .object(let analytic)? = json["analytic"], case .object(let simulation)? = json["simulation"] else {
            Issue.record("no analytic or simulation member"); return
        }
        #expect(analytic.map(\.key).prefix(3) == ["mde", "mde_percent", "power"])
        #expect(simulation.map(\.key).prefix(4) == ["mde", "mde_percent", "power", "simulations"])
        #expect(json["simulation"]?["simulations"] == .integer(200))
    }

    /// "Supporting 20 firms for 2 period(s) … detects an effect on revenue of X (Y % of the
    /// pre-period mean) with 80.0 % power at the 5.0 % level" with the numbers of the result.
    @Test("the report sentence in both languages")
    func sentence() throws {
        let result = try Self.result()
        let mde = try #require(result.analytic.minimumDetectableEffect)
        let share = ReportNumber.fixed(result.percentOfMean(mde), decimals: 1)
        #expect(result.sentence.en.hasPrefix("Supporting 20 firms for 2 period(s) (with 2 before, against 30 comparison firms) detects an effect on revenue of \(ReportNumber.fixed(mde, decimals: 2)) (\(share) % of the pre-period mean) with 80.0 % power at the 5.0 % level"))
        #expect(result.sentence.zh.hasPrefix("支持 20 家企业、观察支持后 2 期（支持前 2 期，对照企业 30 家），在 5.0% 显著性水平下有 80.0% 的把握检测到 revenue"))
    }

    @Test("HTML draws both curves; every format renders")
    func formats() throws {
        let result = try Self.result()
        let html = String(decoding: try ReportRenderer.render(result, format: .html, language: .zh), as: UTF8.self)
        #expect(html.components(separatedBy: "<polyline").count - 1 == 4)
        #expect(html.contains("功效曲线"))
        for format in OutputFormat.allCases {
            #expect(!(try ReportRenderer.render(result, format: format, language: .en)).isEmpty)
        }
    }
}
