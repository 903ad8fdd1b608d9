import Testing
@testable import Impact

/// `collinear`: pyfixest 0.60.0 `feols(…, vcov='iid')` drops later collinear regressors in
/// formula order; the identified model is recorded from statsmodels.
@Suite("Reference: collinear (pyfixest dropping)")
struct CollinearReferenceTests {
    @Test("same dropped terms as pyfixest for all three orders, and the peer's numbers",
          arguments: [0, 1, 2])
    func drops(order: Int) throws {
        let fixture = try ReferenceFixture("collinear")
        let peer = fixture.expected["models"]["pyfixest_drops"][order]
        // The call is "pyfixest.feols('y ~ x1 + x2 + x3 + one', data, vcov='iid')".
        let call = try #require(peer["call"].string)
        let formula = String(call.split(separator: "'")[1])
        let result = try LinearRegression.estimate(try fixture.frame(formula))
        #expect(result.droppedTerms.sorted() == peer["dropped"].strings.sorted())
        #expect(result.coefficients.map(\.term) == peer["kept"].strings)
        expectClose(result.coefficients.map(\.estimate), peer["coef"].doubles, "coef")
        expectClose(result.coefficients.map(\.standardError), peer["se_iid"].doubles, "se")
        #expect(result.notes.contains(.collinearDropped(terms: result.droppedTerms, withFixedEffects: false)))
        #expect(result.notes.contains { $0.wording.en.contains("collinear") })
        #expect(result.notes.contains { $0.wording.zh.hasPrefix("因共线性剔除 \(result.droppedTerms.joined(separator: ", "))") })
        // Dropped terms never appear with numbers.
        for name in peer["dropped"].strings { #expect(result.coefficient(name) == nil) }
    }

    @Test("first order equals the identified model y ~ 1 + x1 + x2")
    func identified() throws {
        let fixture = try ReferenceFixture("collinear")
        let expected = fixture.expected["models"]["identified_model_y_on_1_x1_x2"]
        let result = try LinearRegression.estimate(try fixture.frame("y ~ x1 + x2 + x3 + one"))
        expectClose(result.coefficients.map(\.estimate), expected["coef"].doubles, "coef")
        expectClose(result.coefficients.map(\.standardError), expected["se_nonrobust"].doubles, "se")
        expectClose([result.fit.residualSumOfSquares], [expected["rss"].double!], "rss")
        #expect(Double(result.residualDegreesOfFreedom) == expected["df_resid"].double)
    }
}

/// `dose_response_subsidy`: statsmodels 0.15.0 `ols('… + C(sector)', data).fit(cov_type='HC1',
/// use_t=True)` and the nonrobust fit, for both outcomes.
@Suite("Reference: dose_response_subsidy (statsmodels, sector dummies)")
struct DoseResponseReferenceTests {
    @Test("coefficients, nonrobust and HC1 inference, R², F",
          arguments: ["revenue_growth_wan", "rd_growth_wan"])
    func doseResponse(outcome: String) throws {
        let fixture = try ReferenceFixture("dose_response_subsidy")
        let model = fixture.expected["models"][outcome]
        let names = model["coef_names"].strings
        let fit = try LinearRegression.fit(try fixture.frame(model["formula"].string!))
        #expect(Set(fit.termNames) == Set(names))
        for (peer, estimator) in [("nonrobust", VarianceEstimator.iid), ("HC1", .hc1)] {
            let result = try fit.result(vcov: estimator)
            expectClose(result.values(names, \.estimate), model["coef"].doubles, "coef")
            expectClose(result.values(names, \.standardError), model["se"][peer].doubles, "\(peer) se")
            expectClose(result.covarianceRows(names), model["vcov"][peer].matrixRows.flatMap { $0 }, "\(peer) vcov")
            let expected = model["inference"][peer]
            expectClose(result.values(names, \.tStatistic), expected["t"].doubles, "\(peer) t")
            expectAbsolute(result.values(names, \.pValue), expected["p"].doubles, "\(peer) p")
            expectClose(result.values(names, \.confidenceLow), expected["ci95_lower"].doubles, "\(peer) ci")
            expectClose(result.values(names, \.confidenceHigh), expected["ci95_upper"].doubles, "\(peer) ci")
        }
        let result = try fit.result(vcov: .hc1)
        expectClose([result.r2, result.adjustedR2], [model["r2"].double!, model["adj_r2"].double!], "r2")
        expectClose([try fit.result().fTest!.statistic], [model["f_stat"].double!], "F")
        expectClose([result.fTest!.statistic], [model["inference"]["HC1"]["wald_f_stat"].double!], "Wald F")
        let slope = try #require(result.coefficient("subsidy_wan"))
        expectClose([slope.estimate, slope.standardError],
                    [model["slope_per_wan"]["coef"].double!, model["slope_per_wan"]["se_HC1"].double!], "slope")
    }
}
