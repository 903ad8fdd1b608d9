import Testing
@testable import Impact

/// `ols_cross_section`: statsmodels 0.15.0 `OLS(y, X).fit(cov_type=…, use_t=True)` for
/// nonrobust, HC0–HC3 and cluster (CR1) by `cluster` (calls in expected.json).
@Suite("Reference: ols_cross_section (statsmodels)")
struct OLSCrossSectionReferenceTests {
    let fixture: ReferenceFixture
    let model: ReferenceJSON
    let fit: RegressionFit

    init() throws {
        fixture = try ReferenceFixture("ols_cross_section")
        model = fixture.expected["models"]["ols"]
        fit = try LinearRegression.fit(try fixture.frame("y ~ x1 + x2 + x3", clusters: ["cluster"]))
    }

    var names: [String] { model["coef_names"].strings }

    @Test("coefficients, nobs, R², adjusted R², residual df")
    func coefficientsAndFit() throws {
        let result = try fit.result(vcov: .iid)
        #expect(result.coefficients.map(\.term) == names)
        expectClose(result.values(names, \.estimate), model["coef"].doubles, "coef")
        #expect(result.observationCount == model["nobs"].int)
        #expect(Double(result.residualDegreesOfFreedom) == model["df_resid"].double)
        expectClose([result.r2, result.adjustedR2], [model["r2"].double!, model["adj_r2"].double!], "r2")
        expectClose([fit.residualSumOfSquares], [model["rss"].double!], "rss")
        expectClose([fit.totalSumOfSquares], [model["tss_centered"].double!], "tss")
    }

    @Test("standard errors and covariance matrices for every estimator",
          arguments: [("nonrobust", VarianceEstimator.iid), ("HC0", .hc0), ("HC1", .hc1),
                      ("HC2", .hc2), ("HC3", .hc3), ("CR1", .cluster(["cluster"]))])
    func covariances(peer: String, estimator: VarianceEstimator) throws {
        let result = try fit.result(vcov: estimator)
        expectClose(result.values(names, \.standardError), model["se"][peer].doubles, "\(peer) se")
        expectClose(result.covarianceRows(names), model["vcov"][peer].matrixRows.flatMap { $0 },
                    absoluteBelow: 1e-4, absolute: 1e-10, "\(peer) vcov")
    }

    @Test("t, p, confidence intervals and F tests",
          arguments: [("nonrobust", VarianceEstimator.iid), ("HC1", .hc1), ("CR1", .cluster(["cluster"]))])
    func inference(peer: String, estimator: VarianceEstimator) throws {
        let result = try fit.result(vcov: estimator)
        let expected = model["inference"][peer]
        #expect(result.inferenceDegreesOfFreedom == expected["df"].double)
        expectClose(result.values(names, \.tStatistic), expected["t"].doubles, "\(peer) t")
        expectAbsolute(result.values(names, \.pValue), expected["p"].doubles, "\(peer) p")
        expectClose(result.values(names, \.confidenceLow), expected["ci95_lower"].doubles, "\(peer) ci low")
        expectClose(result.values(names, \.confidenceHigh), expected["ci95_upper"].doubles, "\(peer) ci high")
        let f = try #require(result.fTest)
        if estimator == .iid {
            expectClose([f.statistic], [model["f_stat"].double!], "F")
            #expect(abs(f.pValue - model["f_pvalue"].double!) < 1e-12)
            #expect([f.numeratorDegrees, f.denominatorDegrees] == model["f_df"].doubles)
        } else {
            expectClose([f.statistic], [expected["wald_f_stat"].double!], "\(peer) Wald F")
            expectAbsolute([f.pValue], [expected["wald_f_pvalue"].double!], "\(peer) Wald F p")
        }
        if case .cluster = estimator {
            #expect(result.clusterCount == model["n_clusters"].int)
            #expect(result.notes == [.fewClusters(variable: "cluster", count: 25, threshold: 30)])
            #expect(result.notes.contains { $0.wording.en.contains("25 clusters") })
        }
    }

    @Test("JSON contract: the keys in their documented order")
    func json() throws {
        let result = try fit.result(vcov: .hc1)
        guard case let .object(members) = result.jsonValue else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["nobs", "r2", "adj_r2", "within_r2", "vcov", "coefficients", "dropped", "notes"])
        guard case let .array(coefficients)? = result.jsonValue["coefficients"],
              case let .object(entry)? = coefficients.first else { Issue.record("no coefficients"); return }
        #expect(entry.map(\.key) == ["term", "estimate", "std_error", "t", "p_value", "ci_low", "ci_high"])
        let data = result.jsonValue.encoded()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["nobs", "r2", "adj_r2", "within_r2", "vcov", "coefficients", "dropped", "notes"])
        #expect(object["within_r2"] is NSNull)
        #expect(object["vcov"] as? String == "hc1")
        let first = try #require((object["coefficients"] as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["term", "estimate", "std_error", "t", "p_value", "ci_low", "ci_high"])
        #expect(first["term"] as? String == "Intercept")
    }

    @Test("another covariance gives a new result and leaves the first unchanged")
    func reestimation() throws {
        let iid = try fit.result(vcov: .iid)
        let robust = try iid.reestimated(vcov: .hc3)
        expectClose(robust.values(names, \.standardError), model["se"]["HC3"].doubles, "HC3 se")
        expectClose(iid.values(names, \.standardError), model["se"]["nonrobust"].doubles, "iid se kept")
        let narrow = try iid.reestimated(vcov: .iid, confidenceLevel: 0.5)
        let b = narrow.coefficients[1]
        // 50% interval: ± t_{0.75, 496} · se, quantile 0.6747… from scipy.stats.t.ppf(0.75, 496).
        expectClose([b.confidenceHigh - b.estimate], [0.6749847001289019 * b.standardError], "50% CI")
    }
}

import Foundation
