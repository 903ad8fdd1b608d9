import Foundation
import Testing
@testable import Impact

/// `did_2x2` (fixtures README): statsmodels 0.15.0 `ols('y ~ treated * post', data)
/// .fit(cov_type='cluster', groups=firm)` for (a) and pyfixest 0.60.0
/// `feols('y ~ treat_post | firm_id + year', vcov={'CRV1': 'firm_id'})` for (b).
@Suite("Difference-in-differences")
struct DifferenceInDifferencesTests {
    static func specification(_ design: DifferenceInDifferencesDesign = .pooled,
                              vcov: VarianceEstimator? = nil, covariates: [String] = []) -> DifferenceInDifferencesSpecification {
        DifferenceInDifferencesSpecification(outcome: "y", unit: "firm_id", time: "year", treated: "treated",
                                             post: "post", covariates: covariates, design: design, vcov: vcov)
    }

    @Test("default vcov is CR1 clustered by the unit column")
    func defaultVariance() throws {
        #expect(Self.specification().resolvedVariance == .cluster(["firm_id"]))
        let parsed = try Formula("y ~ treated * post"), built = Self.specification().formula(postColumn: "post")
        #expect(built.terms == parsed.terms && built.hasIntercept && built.response == parsed.response)
        #expect(Self.specification().formula(postColumn: "post").description == "y ~ treated + post + treated:post")
        #expect(Self.specification(.twoWayFixedEffects).formula(postColumn: "post").description == "y ~ treated:post | firm_id + year")
    }

    @Test("a built post indicator is post_YEAR, or post_from_YEAR when post_YEAR is taken; 1 from YEAR on")
    func builtPostIndicator() throws {
        let years = NumericColumn([2021, 2022, nil, 2023])
        let plain = try Table(columns: [(name: "year", column: .numeric(years))])
        let (withIndicator, name) = try PostPeriod.from(period: 2022).resolve(in: plain, time: "year")
        #expect(name == "post_2022")
        let indicator = try withIndicator.numeric("post_2022")
        #expect(indicator.values.indices.map { indicator.isMissing[$0] ? nil : indicator.values[$0] } == [0, 1, nil, 1])
        let taken = try Table(columns: [(name: "year", column: .numeric(years)),
                                        (name: "post_2022", column: .numeric(NumericColumn([9, 9, 9, 9])))])
        #expect(try PostPeriod.from(period: 2022).resolve(in: taken, time: "year").column == "post_from_2022")
        #expect(try PostPeriod.column("post").resolve(in: plain, time: "year").column == "post")
    }

    @Test("pooled 2×2 agrees with statsmodels (fixture did_2x2 model a)")
    func pooled() throws {
        let fixture = try ReferenceFixture("did_2x2")
        let model = fixture.expected["models"]["a_pooled_2x2"]
        let result = try DifferenceInDifferences.estimate(fixture.table, Self.specification())
        let names = model["coef_names"].strings
        #expect(result.regression.coefficients.map(\.term) == names)
        expectClose(result.regression.values(names, \.estimate), model["coef"].doubles, "coef")
        expectClose(result.regression.values(names, \.standardError), model["se"]["CR1_firm"].doubles, "CR1 se")
        let inference = model["inference_CR1_firm"]
        expectClose(result.regression.values(names, \.tStatistic), inference["t"].doubles, "t")
        expectAbsolute(result.regression.values(names, \.pValue), inference["p"].doubles, "p")
        expectClose(result.regression.values(names, \.confidenceLow), inference["ci95_lower"].doubles, "ci low")
        expectClose(result.regression.values(names, \.confidenceHigh), inference["ci95_upper"].doubles, "ci high")
        expectClose([result.att.estimate, result.att.standardError],
                    [model["att_estimate"].double!, model["att_se_CR1"].double!], "att")
        #expect(result.observationCount == model["nobs"].int)
        #expect(result.regression.clusterCount == model["n_clusters"].int)
        #expect(result.regression.inferenceDegreesOfFreedom == inference["df"].double)
        #expect(result.treatedUnits == 150 && result.controlUnits == 150)
    }

    @Test("two-way fixed effects agrees with pyfixest (fixture did_2x2 model b), CRV1, iid and hetero")
    func twoWay() throws {
        let fixture = try ReferenceFixture("did_2x2")
        let model = fixture.expected["models"]["b_twfe"]
        for (peer, vcov) in [("CRV1_firm", VarianceEstimator?.none), ("iid", .iid), ("hetero", .hc1)] {
            let result = try DifferenceInDifferences.estimate(fixture.table, Self.specification(.twoWayFixedEffects, vcov: vcov))
            let expected = model["fits"][peer]
            #expect(result.regression.coefficients.map(\.term) == ["treated:post"])
            expectClose([result.att.estimate], model["coef"].doubles, "\(peer) coef")
            expectClose([result.att.standardError], expected["se"].doubles, "\(peer) se")
            expectClose([result.att.tStatistic], expected["t"].doubles, "\(peer) t")
            expectAbsolute([result.att.pValue], expected["p"].doubles, "\(peer) p")
            expectClose([result.att.confidenceLow], expected["ci95_lower"].doubles, "\(peer) ci low")
            expectClose([result.att.confidenceHigh], expected["ci95_upper"].doubles, "\(peer) ci high")
            #expect(result.regression.correction.parametersCounted == expected["df_k_used_in_ssc"].int)
            #expect(result.regression.inferenceDegreesOfFreedom == expected["df_t"].double)
            #expect(result.observationCount == model["nobs"].int)
        }
    }

    @Test("identity: the 2×2 DiD equals the difference of the four cell means (and the fixture's means)")
    func cellMeans() throws {
        let fixture = try ReferenceFixture("did_2x2")
        let expected = fixture.expected["cell_means_of_y"]
        let pooled = try DifferenceInDifferences.estimate(fixture.table, Self.specification())
        let twoWay = try DifferenceInDifferences.estimate(fixture.table, Self.specification(.twoWayFixedEffects))
        let means = pooled.cellMeans
        expectClose([means.treatedPost, means.treatedPre, means.controlPost, means.controlPre],
                    [expected["treated_post"].double!, expected["treated_pre"].double!,
                     expected["control_post"].double!, expected["control_pre"].double!], relative: 1e-12, "cell means")
        // (8.852042631598323 − 8.651137575994454) − (8.617427138658742 − 8.504408867782887) by hand.
        let byHand = (8.852042631598323 - 8.651137575994454) - (8.617427138658742 - 8.504408867782887)
        #expect(abs(means.differenceInDifferences - byHand) < 1e-12)
        #expect(abs(pooled.att.estimate - means.differenceInDifferences) < 1e-10)
        #expect(abs(twoWay.att.estimate - means.differenceInDifferences) < 1e-10)
    }

    @Test("pooled DiD with a covariate agrees with a dense numpy computation")
    func covariates() throws {
        // numpy 2.4.6: lstsq of y on [1, treated, post, treated·post, subsidy_wan] over
        // did_2x2/data.csv, CR1 by firm_id = G/(G−1)·(n−1)/(n−k)·B·(Σ_g s_g s_gᵀ)·B.
        let fixture = try ReferenceFixture("did_2x2")
        let result = try DifferenceInDifferences.estimate(fixture.table, Self.specification(covariates: ["subsidy_wan"]))
        expectClose([result.att.estimate, result.att.standardError], [0.13330417526192986, 0.11158090755232906], "att")
        let slope = try #require(result.regression.coefficient("subsidy_wan"))
        expectClose([slope.estimate, slope.standardError], [-0.0002594225956275009, 0.0006382257444228402], "covariate")
    }

    @Test("a time-invariant covariate is absorbed in the two-way design and leaves the ATT unchanged")
    func absorbedCovariate() throws {
        let fixture = try ReferenceFixture("did_2x2")
        let plain = try DifferenceInDifferences.estimate(fixture.table, Self.specification(.twoWayFixedEffects))
        // A copy of the group flag (the flag itself is the design's treated indicator, refused
        // as a covariate since issue 9).
        let table = try fixture.table.appending(.numeric(fixture.table.numeric("treated")), named: "group_flag")
        let withTreated = try DifferenceInDifferences.estimate(
            table, Self.specification(.twoWayFixedEffects, covariates: ["group_flag"]))
        #expect(withTreated.regression.droppedTerms == ["group_flag"])
        #expect(abs(withTreated.att.estimate - plain.att.estimate) < 1e-10)
    }

    @Test("JSON carries the fixed keys of impact did, in the documented order")
    func json() throws {
        let fixture = try ReferenceFixture("did_2x2")
        let result = try DifferenceInDifferences.estimate(fixture.table, Self.specification(.twoWayFixedEffects))
        guard case let .object(members) = result.jsonValue(language: .zh) else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["att", "std_error", "ci_low", "ci_high", "nobs", "coefficients", "t", "p_value",
                                       "term", "design", "vcov", "n_clusters", "treated_units", "control_units",
                                       "cell_means", "dropped", "notes", "bootstrap"])
        let bytes = ReportRenderer.render(result, format: .json, language: .en)
        #expect(bytes == ReportRenderer.render(result, format: .json, language: .zh), "JSON does not depend on --lang")
        let object = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        for key in ["att", "std_error", "ci_low", "ci_high", "nobs", "coefficients"] { #expect(object[key] != nil, "\(key)") }
        #expect((object["att"] as? Double).map { abs($0 - 0.0878867847280157) < 1e-9 } == true)
        #expect(object["nobs"] as? Int == 1800)
    }

    @Test("errors: no control group, no pre period, no post period, a single cluster, non-binary treatment")
    func errors() throws {
        let fixture = try ReferenceFixture("did_2x2")
        let table = fixture.table
        let treated = try table.numeric("treated").values
        let post = try table.numeric("post").values
        let treatedRows = treated.indices.filter { treated[$0] == 1 }
        #expect(throws: PolicyEffectError.noControlGroup(column: "treated")) {
            try DifferenceInDifferences.estimate(try PolicyTestData.subset(table, rows: treatedRows), Self.specification())
        }
        let postRows = post.indices.filter { post[$0] == 1 }
        #expect(throws: PolicyEffectError.noPrePeriod(column: "post")) {
            try DifferenceInDifferences.estimate(try PolicyTestData.subset(table, rows: postRows), Self.specification())
        }
        let preRows = post.indices.filter { post[$0] == 0 }
        #expect(throws: PolicyEffectError.noPostPeriod(column: "post")) {
            try DifferenceInDifferences.estimate(try PolicyTestData.subset(table, rows: preRows), Self.specification())
        }
        // Cluster on a column with one level.
        let constant = try table.appending(.categorical(CategoricalColumn(Array(repeating: "all", count: table.rowCount))),
                                           named: "region")
        #expect(throws: PolicyEffectError.singleCluster(variable: "region", count: 1)) {
            try DifferenceInDifferences.estimate(constant, Self.specification(vcov: .cluster(["region"])))
        }
        let error = PolicyEffectError.singleCluster(variable: "region", count: 1)
        #expect(error.description.contains("at least 2 clusters"))
        let twos = try table.appending(.numeric(NumericColumn(values: treated.map { $0 * 2 })), named: "treated2")
        var spec = Self.specification()
        spec.treated = "treated2"
        #expect(throws: PolicyEffectError.self) { try DifferenceInDifferences.estimate(twos, spec) }
    }

    @Test("Monte Carlo: 95% intervals cover the true ATT about 95% of the time; a before-after estimator fails")
    func coverage() throws {
        var generator = SplitMix64(seed: 4242)
        let truth = 0.5
        var covered = 0, naiveCovered = 0, sum = 0.0
        let replications = 200
        for _ in 0..<replications {
            let table = try PolicyTestData.twoByTwoPanel(firms: 30, years: 4, att: truth, trend: 0.4, generator: &generator)
            let result = try DifferenceInDifferences.estimate(table, Self.specification())
            sum += result.att.estimate
            if result.att.confidenceLow <= truth && truth <= result.att.confidenceHigh { covered += 1 }
            // Biased comparison: treated firms before vs after (ignores the common trend).
            let treatedRows = (0..<table.rowCount).filter { try! table.numeric("treated").values[$0] == 1 }
            let naive = try LinearRegression.estimate(
                try ModelFrame(formula: "y ~ post", table: try PolicyTestData.subset(table, rows: treatedRows),
                               clusters: ["firm_id"]), vcov: .cluster(["firm_id"]))
            let slope = try #require(naive.coefficient("post"))
            if slope.confidenceLow <= truth && truth <= slope.confidenceHigh { naiveCovered += 1 }
        }
        let rate = Double(covered) / Double(replications)
        // Binomial sd at 0.95 with 200 draws is 0.015; [0.90, 0.99] is about ±3 sd.
        #expect(rate >= 0.90 && rate <= 0.99, "coverage \(rate)")
        #expect(abs(sum / Double(replications) - truth) < 0.1, "mean estimate \(sum / Double(replications))")
        #expect(Double(naiveCovered) / Double(replications) < 0.5, "the biased estimator should fail the same check")
    }
}
