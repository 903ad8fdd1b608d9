import Foundation
import Testing
@testable import Impact

@Suite("Cost-effectiveness per 万元")
struct CostEffectivenessTests {
    @Test("naive ratio agrees with the fixture's fsum ratio (dose_response_subsidy naive_ratio)")
    func naive() throws {
        let fixture = try ReferenceFixture("dose_response_subsidy")
        let expected = fixture.expected["naive_ratio"]
        let revenue = try CostEffectiveness.naiveAttribution(fixture.table, increment: "revenue_growth_wan", subsidy: "subsidy_wan")
        expectClose([revenue.value], [expected["revenue_growth_per_wan"].double!], relative: 1e-12, "revenue ratio")
        expectClose([revenue.numerator!, revenue.denominator!],
                    [expected["sum_revenue_growth_wan"].double!, expected["sum_subsidy_wan"].double!], relative: 1e-14, "sums")
        let rd = try CostEffectiveness.naiveAttribution(fixture.table, increment: "rd_growth_wan", subsidy: "subsidy_wan")
        expectClose([rd.value], [expected["rd_growth_per_wan"].double!], relative: 1e-12, "R&D ratio")
        #expect(revenue.standardError == nil && revenue.observations == 600)
    }

    @Test("dose-response slope per 万元 agrees with statsmodels HC1 (slope_per_wan)",
          arguments: ["revenue_growth_wan", "rd_growth_wan"])
    func doseResponse(outcome: String) throws {
        let fixture = try ReferenceFixture("dose_response_subsidy")
        let expected = fixture.expected["models"][outcome]["slope_per_wan"]
        let slope = try CostEffectiveness.doseResponse(fixture.table, increment: outcome, subsidy: "subsidy_wan",
                                                       controls: ["employees", "firm_age", "log_assets"], sector: "sector")
        expectClose([slope.value, slope.standardError!, slope.confidenceLow!, slope.confidenceHigh!],
                    [expected["coef"].double!, expected["se_HC1"].double!, expected["ci95_lower_HC1"].double!,
                     expected["ci95_upper_HC1"].double!], "slope")
        expectAbsolute([slope.pValue!], [expected["p_HC1"].double!], "p")
    }

    @Test("DiD per 万元 = ATT × treated post observations / subsidy paid (numpy peer on did_2x2 revenue_wan)")
    func didBased() throws {
        // numpy 2.4.6 on did_2x2/data.csv: pooled OLS revenue_wan ~ 1 + treated + post +
        // treated·post, CR1 by firm: ATT 866.568866666679, se 121.89011251653432; 450
        // treated post rows with math.fsum(subsidy_wan) = 78781.98; t(299) 97.5% quantile
        // from scipy 1.17.1.
        let fixture = try ReferenceFixture("did_2x2")
        let did = try DifferenceInDifferences.estimate(fixture.table, DifferenceInDifferencesSpecification(
            outcome: "revenue_wan", unit: "firm_id", time: "year", treated: "treated", post: "post"))
        let effect = try CostEffectiveness.differenceInDifferences(did, table: fixture.table, subsidy: "subsidy_wan")
        expectClose([did.att.estimate, did.att.standardError], [866.568866666679, 121.89011251653432], "ATT")
        expectClose([effect.value, effect.standardError!, effect.confidenceLow!, effect.confidenceHigh!],
                    [4.949812000155436, 0.6962321920880948, 3.5796760127866456, 6.319947987524227], "per 万元")
        #expect(effect.denominator == 78781.98)
        // By hand: 866.568866666679 × 450 / 78781.98.
        #expect(abs(effect.value - 866.568866666679 * 450 / 78781.98) < 1e-9)
    }

    @Test("comparison JSON and table carry every method with its unit and basis")
    func comparison() throws {
        let fixture = try ReferenceFixture("dose_response_subsidy")
        let comparison = CostEffectivenessComparison([
            try CostEffectiveness.naiveAttribution(fixture.table, increment: "revenue_growth_wan", subsidy: "subsidy_wan"),
            try CostEffectiveness.doseResponse(fixture.table, increment: "revenue_growth_wan", subsidy: "subsidy_wan"),
        ])
        let bytes = ReportRenderer.render(comparison, format: .json, language: .zh)
        let json = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        guard case let .object(members) = comparison.jsonValue(language: .zh) else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["unit", "estimates", "naive", "dose_response", "did", "cs", "horizon_years", "notes"])
        #expect(json["unit"] as? String == "万元 per 万元")
        #expect((json["naive"] as? [String: Any])?["basis"] as? String == "attribution, not causal")
        #expect(json["did"] is NSNull)
        let text = String(decoding: ReportRenderer.render(ReportDocument([comparison.reportTable()]), format: .table, language: .zh),
                          as: UTF8.self)
        #expect(text.contains("归因，非因果") && text.contains("万元/万元"))
    }

    @Test("errors: zero subsidy")
    func errors() throws {
        let table = try Table(columns: [("g", .numeric(NumericColumn(values: [1, 2]))), ("s", .numeric(NumericColumn(values: [0, 0])))])
        #expect(throws: PolicyEffectError.noSubsidy(total: 0)) {
            try CostEffectiveness.naiveAttribution(table, increment: "g", subsidy: "s")
        }
    }
}
