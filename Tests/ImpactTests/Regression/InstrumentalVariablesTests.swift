import Foundation
import Testing
@testable import Impact

/// 2SLS identities worked by hand on small tables built here.
@Suite("Two-stage least squares")
struct InstrumentalVariablesTests {
    /// A binary instrument: 2SLS is the Wald estimator, the ratio of the differences in
    /// means, `(ȳ₁ − ȳ₀)/(x̄₁ − x̄₀)`.
    static let wald = """
    企业,距离,研发,营业收入,备注
    甲,0,1,2,a
    乙,0,2,3,
    丙,0,2,5,b
    丁,1,3,6,
    戊,1,4,9,c
    己,1,4,8,
    庚,,5,7,missing instrument
    """

    func fit(_ formula: String, table: Table, variance: VarianceChoice = .modelDefault) throws -> InstrumentalVariablesResult {
        let parsed = try Formula(formula)
        let design = try InstrumentalFrame(formula: parsed, table: table, clusters: variance.clusterVariables(for: parsed))
        return try InstrumentalVariables.fit(design).result(variance: variance)
    }

    @Test("a binary instrument gives the Wald estimator (ȳ₁ − ȳ₀)/(x̄₁ − x̄₀); the row missing it is dropped")
    func waldEstimator() throws {
        let table = try CSVReader.read(text: Self.wald)
        let result = try fit("营业收入 ~ 1 | 研发 ~ 距离", table: table)
        // ȳ₀ = 10/3, ȳ₁ = 23/3, x̄₀ = 5/3, x̄₁ = 11/3: β = (13/3)/2 = 13/6; α = ȳ − βx̄ = 5.5 − (13/6)(8/3) = −5/18.
        #expect(abs(try #require(result.secondStage.coefficient("研发")).estimate - 13.0 / 6) < 1e-12)
        #expect(abs(try #require(result.secondStage.coefficient("Intercept")).estimate + 5.0 / 18) < 1e-12)
        #expect(result.secondStage.observationCount == 6)
        #expect(result.secondStage.notes == [.rowsDropped(reason: .missing, count: 1)])
        // First stage: x on the instrument, slope x̄₁ − x̄₀ = 2, intercept 5/3.
        let first = try #require(result.firstStages.first)
        #expect(abs(try #require(first.regression.coefficient("距离")).estimate - 2) < 1e-12)
        #expect(abs(try #require(first.regression.coefficient("Intercept")).estimate - 5.0 / 3) < 1e-12)
        // Classical F = t² of the instrument; first-stage residuals −2/3, 1/3, 1/3 twice: RSS = 4/3,
        // σ² = (4/3)/4 = 1/3, se(slope)² = σ²(1/3 + 1/3) = 2/9, F = 4/(2/9) = 18.
        #expect(abs(first.partialF.statistic - 18) < 1e-10)
        #expect(first.robustF == nil)
        #expect(result.notes.isEmpty)
    }

    @Test("with a firm effect, the 2SLS slope equals the one with the firms as exogenous dummies")
    func fixedEffectsEqualDummies() throws {
        var rows = ["firm,year,y,x,z,w"]
        var generator = SplitMix64(seed: 13)
        for firm in ["北京", "上海", "广州", "深圳"] {
            for year in 2019...2023 {
                let z = PolicyTestData.normal(&generator), u = PolicyTestData.normal(&generator)
                let w = PolicyTestData.normal(&generator)
                let x = 0.9 * z + 0.5 * u + PolicyTestData.normal(&generator) + Double(year - 2019) * 0.1
                let y = 1.5 * x + 0.3 * w + u + Double(firm.unicodeScalars.first!.value % 7)
                rows.append("\(firm),\(year),\(y),\(x),\(z),\(w)")
            }
        }
        let table = try CSVReader.read(text: rows.joined(separator: "\n"))
        let absorbed = try fit("y ~ w | firm | x ~ z", table: table, variance: VarianceChoice(.iid))
        let dummies = try fit("y ~ w + C(firm) | x ~ z", table: table, variance: VarianceChoice(.iid))
        for term in ["x", "w"] {
            let a = try #require(absorbed.secondStage.coefficient(term)), d = try #require(dummies.secondStage.coefficient(term))
            #expect(abs(a.estimate - d.estimate) < 1e-10 * max(1, abs(d.estimate)))
            #expect(abs(a.standardError - d.standardError) < 1e-10 * max(1, d.standardError))
        }
        let wh = try #require(absorbed.wuHausman), whDummies = try #require(dummies.wuHausman)
        #expect(abs(wh.statistic - whDummies.statistic) < 1e-9 * max(1, whDummies.statistic))
        #expect(wh.denominatorDegrees == whDummies.denominatorDegrees)
    }

    @Test("hc2 and hc3 are refused for 2SLS; an instrument collinear with the regressors leaves the model under-identified")
    func refused() throws {
        let table = try CSVReader.read(text: Self.wald)
        #expect(throws: EstimationError.self) { try fit("营业收入 ~ 1 | 研发 ~ 距离", table: table, variance: VarianceChoice(.hc3)) }
        let collinear = try CSVReader.read(text: "y,x,z,k\n1,2,1,1\n2,3,1,1\n3,3,1,1\n4,5,1,1\n")
        #expect(throws: EstimationError.underidentified(endogenous: ["x"], instruments: [])) {
            try fit("y ~ 1 | x ~ z", table: collinear)
        }
    }

    @Test("a text column as the endogenous regressor is named as not numeric")
    func textEndogenous() throws {
        let table = try CSVReader.read(text: Self.wald)
        let error = try #require(throws: FormulaError.self) { try fit("营业收入 ~ 1 | 企业 ~ 距离", table: table) }
        #expect(error.message.contains("Column '企业' holds text, but an endogenous regressor must be numeric."))
        let instrument = try #require(throws: FormulaError.self) { try fit("营业收入 ~ 1 | 研发 ~ 备注", table: table) }
        #expect(instrument.message.contains("Column '备注' holds text, but an instrument must be numeric."))
    }
}
