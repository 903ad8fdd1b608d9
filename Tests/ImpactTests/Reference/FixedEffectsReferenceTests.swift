import Testing
@testable import Impact

/// The peer's fits under `models.<model>.fits`: pyfixest 0.60.0
/// `feols(formula, data, vcov=…, fixef_rm=…, demeaner=MapDemeaner(fixef_tol=1e-13))`.
struct FixedEffectsPeerCheck {
    static let estimators: [(peer: String, estimator: VarianceEstimator)] = [
        ("iid", .iid), ("hetero", .hc1), ("CRV1_firm", .cluster(["firm_id"])),
    ]

    /// Compares one model entry (coef, nobs, r2, within r2, rss and every recorded fit).
    static func check(_ fit: RegressionFit, against model: ReferenceJSON) throws {
        let names = model["coef_names"].strings
        #expect(fit.termNames == names)
        #expect(fit.observationCount == model["nobs"].int)
        #expect(fit.droppedTerms == model["collinear_dropped"].strings)
        expectClose(fit.coefficients, model["coef"].doubles, "coef")
        expectClose([fit.residualSumOfSquares], [model["rss"].double!], "rss")
        let first = try fit.result()
        expectClose([first.r2, try #require(first.withinR2)], [model["r2"].double!, model["r2_within"].double!], "r2")
        if let adjusted = model["adj_r2"].double { expectClose([first.adjustedR2], [adjusted], "adj r2") }
        for (peer, estimator) in estimators {
            let expected = model["fits"][peer]
            guard expected["se"].doubles.count > 0 else { continue }
            let result = try fit.result(vcov: estimator)
            expectClose(result.values(names, \.standardError), expected["se"].doubles, "\(peer) se")
            expectClose(result.covarianceRows(names), expected["vcov"].matrixRows.flatMap { $0 }, "\(peer) vcov")
            expectClose(result.values(names, \.tStatistic), expected["t"].doubles, "\(peer) t")
            expectAbsolute(result.values(names, \.pValue), expected["p"].doubles, "\(peer) p")
            expectClose(result.values(names, \.confidenceLow), expected["ci95_lower"].doubles, "\(peer) ci")
            expectClose(result.values(names, \.confidenceHigh), expected["ci95_upper"].doubles, "\(peer) ci")
            #expect(result.inferenceDegreesOfFreedom == expected["df_t"].double, "\(peer) df")
            #expect(result.correction.parametersCounted == expected["df_k_used_in_ssc"].int, "\(peer) K")
            if case .cluster = estimator {
                #expect(result.clusterCount == expected["n_clusters"].int)
                expectClose([result.correction.factor], [expected["ssc_factor"].double!], "\(peer) ssc")
            } else if estimator == .hc1 {
                expectClose([result.correction.factor], [expected["ssc_factor"].double!], "\(peer) ssc")
            }
        }
    }
}

@Suite("Reference: two-way fixed effects (pyfixest)")
struct FixedEffectsReferenceTests {
    @Test("twfe_balanced: y ~ x1 + x2 | firm_id + year, iid / hetero / CRV1")
    func balanced() throws {
        let fixture = try ReferenceFixture("twfe_balanced")
        let fit = try LinearRegression.fit(try fixture.frame("y ~ x1 + x2 | firm_id + year"))
        try FixedEffectsPeerCheck.check(fit, against: fixture.expected["models"]["pyfixest_twfe"])
        #expect(fit.singletonsRemoved == 0)
        #expect(fit.demeaning?.converged == true)
    }

    @Test("twfe_unbalanced_missing: missing rows and singletons dropped (N = 1310, G = 195)")
    func unbalancedDefault() throws {
        let fixture = try ReferenceFixture("twfe_unbalanced_missing")
        let counts = fixture.expected["missing_and_singletons"]
        let frame = try fixture.frame("y ~ x1 + x2 | firm_id + year")
        #expect(frame.droppedForMissing == counts["rows_with_missing_model_variable"].int)
        let fit = try LinearRegression.fit(frame)
        #expect(fit.singletonsRemoved == counts["n_singleton_rows"].int)
        #expect(fit.observationCount == counts["nobs_pyfixest_default_fixef_rm_singleton"].int)
        try FixedEffectsPeerCheck.check(fit, against: fixture.expected["models"]["pyfixest_twfe"])
        let result = try fit.result(vcov: .cluster(["firm_id"]))
        #expect(result.clusterCount == counts["n_clusters_default"].int)
        #expect(Array(result.notes.prefix(2)) == [.rowsDropped(reason: .missing, count: 113), .singletonsRemoved(count: 5)])
        #expect(result.notes.map(\.code) == ["rows_dropped_missing", "singletons_removed", "fixed_effects_absorbed"])
        let wording = result.notes.map(\.wording)
        #expect(wording.map(\.en).contains("Dropped 113 rows with a missing value in a model variable."))
        #expect(wording.map(\.en).contains("Removed 5 singleton observations (alone in a fixed-effect level)."))
        #expect(wording.contains { $0.en.contains("converged in") })
        #expect(wording.map(\.zh).contains("因缺失值剔除 113 行（模型变量有缺失）。"))
        #expect(wording.map(\.zh).contains("剔除单例观测 5 个（在某一固定效应水平中只有一个观测）。"))
        #expect(wording.contains { $0.zh.contains("次迭代收敛") })
    }

    @Test("twfe_unbalanced_missing: singletons kept (N = 1315, G = 200)")
    func unbalancedKeepSingletons() throws {
        let fixture = try ReferenceFixture("twfe_unbalanced_missing")
        let counts = fixture.expected["missing_and_singletons"]
        let fit = try LinearRegression.fit(try fixture.frame("y ~ x1 + x2 | firm_id + year"),
                                           options: RegressionOptions(singletons: .keep))
        #expect(fit.singletonsRemoved == 0)
        #expect(fit.observationCount == counts["nobs_pyfixest_fixef_rm_none"].int)
        try FixedEffectsPeerCheck.check(fit, against: fixture.expected["models"]["pyfixest_twfe_keep_singletons"])
        #expect(try fit.result(vcov: .cluster(["firm_id"])).clusterCount == counts["n_clusters_keep_singletons"].int)
    }
}

/// `did_2x2`: (a) statsmodels `ols('y ~ treated * post').fit(cov_type='cluster', …)`,
/// (b) and (c) pyfixest TWFE; `cell_means_of_y` for the identity.
@Suite("Reference: did_2x2")
struct DifferenceInDifferencesReferenceTests {
    @Test("(a) pooled 2×2 with CR1 by firm, and nonrobust SEs")
    func pooled() throws {
        let fixture = try ReferenceFixture("did_2x2")
        let model = fixture.expected["models"]["a_pooled_2x2"]
        let names = model["coef_names"].strings
        let fit = try LinearRegression.fit(try fixture.frame("y ~ treated * post", clusters: ["firm_id"]))
        #expect(fit.termNames == names)
        let clustered = try fit.result(vcov: .cluster(["firm_id"]))
        expectClose(clustered.values(names, \.estimate), model["coef"].doubles, "coef")
        expectClose(clustered.values(names, \.standardError), model["se"]["CR1_firm"].doubles, "CR1 se")
        let inference = model["inference_CR1_firm"]
        #expect(clustered.inferenceDegreesOfFreedom == inference["df"].double)
        expectClose(clustered.values(names, \.tStatistic), inference["t"].doubles, "t")
        expectAbsolute(clustered.values(names, \.pValue), inference["p"].doubles, "p")
        expectClose(clustered.values(names, \.confidenceLow), inference["ci95_lower"].doubles, "ci")
        expectClose(clustered.values(names, \.confidenceHigh), inference["ci95_upper"].doubles, "ci")
        #expect(clustered.clusterCount == model["n_clusters"].int)
        expectClose([clustered.r2], [model["r2"].double!], "r2")
        let iid = try fit.result(vcov: .iid)
        expectClose(iid.values(names, \.standardError), model["se"]["nonrobust"].doubles, "nonrobust se")
    }

    @Test("(b) TWFE on treat_post and (c) subsidy intensity, iid / hetero / CRV1")
    func twoWay() throws {
        let fixture = try ReferenceFixture("did_2x2")
        let b = try LinearRegression.fit(try fixture.frame("y ~ treat_post | firm_id + year"))
        try FixedEffectsPeerCheck.check(b, against: fixture.expected["models"]["b_twfe"])
        let c = try LinearRegression.fit(try fixture.frame("revenue_wan ~ subsidy_wan | firm_id + year"))
        try FixedEffectsPeerCheck.check(c, against: fixture.expected["models"]["c_twfe_subsidy_intensity"])
    }

    @Test("identity: (a) and (b) both equal the difference of the four cell means")
    func identity() throws {
        let fixture = try ReferenceFixture("did_2x2")
        let means = fixture.expected["cell_means_of_y"]
        let did = (means["treated_post"].double! - means["treated_pre"].double!)
            - (means["control_post"].double! - means["control_pre"].double!)
        let pooled = try LinearRegression.estimate(try fixture.frame("y ~ treated * post"))
        let twoWay = try LinearRegression.estimate(try fixture.frame("y ~ treat_post | firm_id + year"))
        expectClose([try #require(pooled.coefficient("treated:post")).estimate], [did], relative: 1e-10, "pooled")
        expectClose([try #require(twoWay.coefficient("treat_post")).estimate], [did], relative: 1e-9, "TWFE")
    }
}

/// linearmodels 7.1 `PanelOLS(y, X, entity_effects=True, time_effects=True)
/// .fit(cov_type='clustered', cluster_entity=True)` (debiased=True default), recorded in
/// the twfe fixtures for comparison; it keeps singletons.
@Suite("Reference: linearmodels convention switch")
struct LinearmodelsConventionTests {
    @Test("clustered SEs under SmallSampleConvention.linearmodels", arguments: ["twfe_balanced", "twfe_unbalanced_missing"])
    func clustered(fixtureName: String) throws {
        let fixture = try ReferenceFixture(fixtureName)
        let peer = fixture.expected["models"]["linearmodels_panelols"]["fits"]
        let options = RegressionOptions(singletons: .keep)
        let fit = try LinearRegression.fit(try fixture.frame("y ~ x1 + x2 | firm_id + year"), options: options)
        let clustered = try fit.result(variance: VarianceChoice(.cluster(["firm_id"]), convention: .linearmodels))
        #expect(clustered.convention == .linearmodels)
        #expect(try clustered.reestimated(vcov: .cluster(["firm_id"])).correction == clustered.correction)
        expectClose(clustered.coefficients.map(\.standardError), peer["clustered_entity_default"]["se"].doubles, "clustered se")
        expectClose(try fit.result(vcov: .iid).coefficients.map(\.standardError), peer["unadjusted_default"]["se"].doubles, "iid se")
        expectClose(try fit.result(vcov: .hc1).coefficients.map(\.standardError), peer["robust_default"]["se"].doubles, "robust se")
        #expect(fit.observationCount == peer["clustered_entity_default"]["nobs"].int)
    }
}

/// Weighted TWFE, not in the fixtures; computed here with pyfixest 0.60.0 on the fixture
/// file with weights `w = 0.5 + ((row · 7) mod 16)/10` (row = 0-based data row):
///
///     d = pd.read_csv('twfe_unbalanced_missing/data.csv')
///     d['w'] = 0.5 + ((np.arange(len(d)) * 7) % 16) / 10
///     pf.feols('y ~ x1 + x2 | firm_id + year', d, vcov=…, weights='w',
///              demeaner=pf.demeaners.MapDemeaner(fixef_tol=1e-13))
@Suite("Reference: weighted two-way fixed effects (pyfixest, computed for Impact)")
struct WeightedFixedEffectsReferenceTests {
    @Test("coefficients, iid / hetero / CRV1, R² and within R² with weights")
    func weighted() throws {
        let fixture = try ReferenceFixture("twfe_unbalanced_missing")
        let frame = try fixture.frame("y ~ x1 + x2 | firm_id + year")
        let weights = frame.sourceRows.map { 0.5 + Double(($0 * 7) % 16) / 10 }
        let weighted = ModelFrame(responseName: frame.responseName, response: frame.response,
                                  regressors: frame.regressors, regressorNames: frame.regressorNames,
                                  hasIntercept: frame.hasIntercept, weights: weights,
                                  fixedEffects: frame.fixedEffects, sourceRows: frame.sourceRows,
                                  droppedForMissing: frame.droppedForMissing)
        let fit = try LinearRegression.fit(weighted)
        #expect(fit.observationCount == 1310)
        expectClose(fit.coefficients, [1.1782022774010117, -0.7648818049753833], "coef")
        let expected: [(VarianceEstimator, [Double])] = [
            (.iid, [0.028840837147420816, 0.02800265181111384]),
            (.hc1, [0.030177421983969284, 0.027681156330764695]),
            (.cluster(["firm_id"]), [0.03142391689015916, 0.0273431353362019]),
        ]
        for (estimator, se) in expected {
            expectClose(try fit.result(vcov: estimator).coefficients.map(\.standardError), se, "\(estimator.label) se")
        }
        let result = try fit.result()
        expectClose([result.r2, try #require(result.withinR2)], [0.8827572923031133, 0.6881130691877408], "r2")
    }
}
