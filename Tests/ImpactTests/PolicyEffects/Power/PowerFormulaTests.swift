import Foundation
import Testing
@testable import Impact

@Suite("Power: variance components and the SCR formula")
struct PowerFormulaTests {
    /// Firms A (1, 3), B (2, 2), C (4, 7) over two periods. Two-way demeaned residuals:
    /// A (−1/6, 1/6), B (5/6, −5/6), C (−2/3, 2/3); Σᵢ ω̂ᵢ₀² = 42/36, divided by J − 1 = 2:
    /// σ² = 7/12, ψˣ = −7/12, V = 2σ² − 2ψˣ = 7/3, the sample variance of the changes (2, 0, 3).
    @Test("hand-worked three firms × two periods")
    func handWorked() throws {
        let table = try Table(columns: [
            ("企业", .categorical(CategoricalColumn(["A", "A", "B", "B", "C", "C"]))),
            ("年份", .numeric(NumericColumn(values: [2020, 2021, 2020, 2021, 2020, 2021]))),
            ("营业收入", .numeric(NumericColumn(values: [1, 3, 2, 2, 4, 7]))),
        ])
        let panel = try PowerPanel(table, outcome: "营业收入", unit: "企业", time: "年份")
        let history = try PowerHistory(panel, pre: 1, post: 1)
        #expect(abs(history.components.variance - 7.0 / 12) < 1e-12)
        #expect(abs(history.components.crossCovariance + 7.0 / 12) < 1e-12)
        #expect(history.components.preCovariance == 0 && history.components.postCovariance == 0)
        #expect(abs(history.components.contrastVariance - 7.0 / 3) < 1e-12)
        #expect(abs(panel.mean - 19.0 / 6) < 1e-12)
        // Contrasts cᵢ = Σ bₜ yᵢₜ with b = (−½, ½): half of each change.
        #expect(history.windows.count == 1)
        #expect(history.windows[0].contrasts == [1, 0, 1.5])
    }

    /// With constant correlation ρ the bracket is McKenzie's σ²(1−ρ)(m+r)/(m r).
    @Test("McKenzie's constant-correlation case")
    func mcKenzie() {
        let components = PowerVarianceComponents(prePeriods: 3, postPeriods: 2, variance: 4, preCovariance: 1.2,
                                                 postCovariance: 1.2, crossCovariance: 1.2)
        #expect(abs(components.contrastVariance - 4 * (1 - 0.3) * 5 / 6) < 1e-12)
    }

    /// MDE = (t₉₉(0.8) + t₉₉(0.975)) · √(V (1/50 + 1/50)); t₉₉(0.8) = 0.84526703, t₉₉(0.975) = 1.98421695
    /// (scipy.stats.t.ppf); the power at the MDE is the target up to the far tail.
    @Test("MDE and power invert each other")
    func inversion() {
        let components = PowerVarianceComponents(prePeriods: 2, postPeriods: 2, variance: 1, preCovariance: 0.5,
                                                 postCovariance: 0.5, crossCovariance: 0.25)
        // V = 1·4/4 + ½·½ + ½·½ − 2·¼ = 1.
        #expect(abs(components.contrastVariance - 1) < 1e-12)
        let formula = AnalyticPower(components: components, alpha: 0.05)
        let se = formula.standardError(supported: 50, comparison: 50)
        #expect(abs(se - 0.2) < 1e-12)
        let mde = formula.minimumDetectableEffect(power: 0.8, supported: 50, comparison: 50)
        #expect(abs(mde - (0.84526703 + 1.98421695) * 0.2) < 1e-6)
        let power = formula.power(effect: mde, supported: 50, comparison: 50)
        #expect(power >= 0.8 && power - 0.8 < 1e-5)
        #expect(abs(formula.power(effect: 0, supported: 50, comparison: 50) - 0.05) < 1e-12)
    }
}
