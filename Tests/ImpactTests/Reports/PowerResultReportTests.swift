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

    /// Six firms (甲…己) over 2020–2022, outcome 营业收入, a plan of 1 period before and 1 after
    /// supporting 2 firms against the other 4, analytic only.
    static func handWorked() throws -> PowerResult {
        let outcomes: [[Double]] = [[100, 104, 107], [120, 121, 125], [90, 96, 95],
                                    [110, 112, 116], [80, 83, 84], [100, 102, 106]]
        let firms = ["甲", "乙", "丙", "丁", "戊", "己"]
        let table = try Table(columns: [
            ("企业", .categorical(CategoricalColumn(firms.flatMap { [$0, $0, $0] }))),
            ("年份", .numeric(NumericColumn(values: firms.flatMap { _ in [2020.0, 2021, 2022] }))),
            ("营业收入", .numeric(NumericColumn(values: outcomes.flatMap { $0 }))),
        ])
        return try PowerAnalysis.run(table, PowerSpecification(
            outcome: "营业收入", unit: "企业", time: "年份", supportedFirms: 2, prePeriods: 1, postPeriods: 1,
            simulations: 0))
    }

    /// Worked by hand (and checked with scipy 1.17.1, `scipy.stats.t(5).ppf`): with one period
    /// before and one after, a window's two-way demeaned residuals are ∓(Δyᵢ − Δȳ)/2, so
    /// V = σ²·2 − 2ψˣ is the pooled variance of the firms' changes. Changes 2020→21: 4, 1, 6,
    /// 2, 3, 2 (mean 3, squares 16); 2021→22: 3, 4, −1, 4, 1, 4 (mean 2.5, squares 21.5);
    /// V = 37.5/(5 + 5) = 3.75. se = √(3.75·(1/2 + 1/4)) = 1.6770509831248424; with J − 1 = 5
    /// degrees of freedom t₅(0.8) = 0.9195437802408271 and t₅(0.975) = 2.5705818356363146,
    /// so MDE = 3.4901256158771417 · 1.6770509831248424 = 5.853118595335956. The pre-period
    /// mean is 1851/18 = 102.8333…, so the MDE is 5.6918… % of it.
    @Test("the report sentence in both languages, numbers worked by hand")
    func sentence() throws {
        let result = try Self.handWorked()
        #expect(abs(result.components.contrastVariance - 3.75) < 1e-12)
        #expect(abs(result.analytic.standardError - 1.6770509831248424) < 1e-12)
        let mde = try #require(result.analytic.minimumDetectableEffect)
        #expect(abs(mde - 5.853118595335956) < 1e-9)
        #expect(abs(result.preMean - 1851.0 / 18) < 1e-12)
        #expect(result.sentence.en == "Supporting 2 firms for 1 period(s) (with 1 before, against 4 comparison firms) detects an effect on 营业收入 of 5.85 (5.7 % of the pre-period mean) with 80.0 % power at the 5.0 % level (analytic formula).")
        #expect(result.sentence.zh == "支持 2 家企业、观察支持后 1 期（支持前 1 期，对照企业 4 家），在 5.0% 显著性水平下有 80.0% 的把握检测到 营业收入 5.85 的效应（支持前均值的 5.7%）（解析公式）。")
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
