import Testing
@testable import Impact

@Suite("Two-way clustering")
struct TwoWayClusterTests {
    /// Clustering two ways by firm and by observation equals one-way clustering by firm:
    /// the observation meat and the intersection meat are both the HC0 meat and cancel,
    /// and the smallest G is the number of firms.
    @Test("cluster by (firm, observation) equals cluster by firm")
    func identity() throws {
        let fixture = try ReferenceFixture("ols_cross_section")
        let frame = try fixture.frame("y ~ x1 + x2 + x3", clusters: ["cluster"])
        let n = frame.observationCount
        let perObservation = FactorCodes(name: "row", codes: (0..<n).map { Int32($0) }, levelCount: n)
        let extended = ModelFrame(responseName: frame.responseName, response: frame.response,
                                  regressors: frame.regressors, regressorNames: frame.regressorNames,
                                  hasIntercept: frame.hasIntercept,
                                  clusters: frame.clusters + [perObservation])
        let fit = try LinearRegression.fit(extended)
        let oneWay = try fit.result(vcov: .cluster(["cluster"]))
        let twoWay = try fit.result(vcov: .cluster(["cluster", "row"]))
        expectClose(twoWay.covariance.storage, oneWay.covariance.storage, relative: 1e-10, "vcov")
        #expect(twoWay.inferenceDegreesOfFreedom == 24)
    }

    /// Expected values: an independent numpy computation (numpy 2.4.6, this machine) of
    /// V = G_min/(G_min−1)·(n−1)/(n−k)·B(M_cluster + M_sector − M_cluster×sector)B on
    /// ols_cross_section, B = (X'X)⁻¹, fixest's cluster.df = "min" convention.
    @Test("cluster by region and sector matches the CGM formula")
    func cameronGelbachMiller() throws {
        let fixture = try ReferenceFixture("ols_cross_section")
        let fit = try LinearRegression.fit(try fixture.frame("y ~ x1 + x2 + x3", clusters: ["cluster", "sector"]))
        let result = try fit.result(vcov: .cluster(["cluster", "sector"]))
        #expect(result.clusterCounts == [25, 5])
        #expect(result.inferenceDegreesOfFreedom == 4)
        expectClose(result.coefficients.map(\.standardError), TwoWayClusterTests.expectedStandardErrors, "se")
        #expect(result.notes == [.fewClusters(variable: "cluster", count: 25, threshold: 30),
                                 .fewClusters(variable: "sector", count: 5, threshold: 30)])
        #expect(result.notes.map(\.code) == ["few_clusters", "few_clusters"])
        #expect(result.notes.contains { $0.wording.en.contains("Only 5 clusters in sector") })
        #expect(result.notes.contains { $0.wording.zh.contains("sector 仅有 5 个聚类：聚类数少于 30，聚类稳健标准误可能偏小") })
    }

    /// A 12-observation example (found by a numpy search, seed 1) where
    /// `V = G/(G−1)·(n−1)/(n−k)·B(M_a + M_b − M_ab)B` has eigenvalues −0.0082 and 0.148.
    /// Expected: numpy's `Q diag(max(λ, 0)) Qᵀ` of that V (numpy 2.4.6, this machine).
    @Test("a non-positive-semidefinite two-way covariance is repaired and noted")
    func repair() throws {
        let x: [Double] = [0, 0, 2, 4, -4, -3, 3, 4, -2, -2, 3, -1]
        let y: [Double] = [-2, 3, -2, -1, 1, 0, -4, -4, 3, 2, 3, 0]
        let a = FactorCodes(name: "a", codes: [2, 0, 1, 2, 0, 0, 0, 1, 2, 0, 1, 1], levelCount: 3)
        let b = FactorCodes(name: "b", codes: [2, 0, 1, 0, 0, 2, 0, 0, 1, 1, 0, 2], levelCount: 3)
        let frame = ModelFrame(responseName: "y", response: y,
                               regressors: Matrix(columns: [[Double](repeating: 1, count: 12), x]),
                               regressorNames: ["Intercept", "x"], hasIntercept: true, clusters: [a, b])
        let result = try LinearRegression.estimate(frame, vcov: .cluster(["a", "b"]))
        expectClose(result.covariance.storage,
                    [0.13186652163989143, -0.046173939380884585, -0.04617393938088459, 0.016168111901608204],
                    relative: 1e-9, "repaired vcov")
        #expect(result.notes.last == .covarianceRepaired)
        #expect(result.notes.contains { $0.wording.en.contains("not positive semidefinite") })
    }

    static let expectedStandardErrors: [Double] = [
        0.13125524873919142, 0.06372754101846939, 0.04011630291177707, 0.01072802608265129,
    ]
}

/// Clustered covariances the fixtures do not record, computed here with pyfixest 0.60.0
/// (pandas 3.1.1, numpy 2.4.6) on the fixture files:
///
///     d = pd.read_csv('twfe_unbalanced_missing/data.csv')
///     pf.feols('y ~ x1 + x2 | firm_id + year', d, vcov={'CRV1': 'firm_id+year'},
///              demeaner=pf.demeaners.MapDemeaner(fixef_tol=1e-13))   # and {'CRV1': 'year'}
///     pf.feols('y ~ x1 + x2 + x3', pd.read_csv('ols_cross_section/data.csv'),
///              vcov={'CRV1': 'cluster+sector'})
@Suite("Reference: clustered covariances computed with pyfixest")
struct PyfixestClusterReferenceTests {
    @Test("two-way firm + year clustering with firm and year fixed effects")
    func twoWayWithFixedEffects() throws {
        let fixture = try ReferenceFixture("twfe_unbalanced_missing")
        let fit = try LinearRegression.fit(try fixture.frame("y ~ x1 + x2 | firm_id + year"))
        let result = try fit.result(vcov: .cluster(["firm_id", "year"]))
        expectClose(result.coefficients.map(\.standardError), [0.025179443183017514, 0.011216912389465879], "se")
        expectAbsolute(result.coefficients.map(\.pValue), [5.568829841706702e-10, 4.429812072714867e-11], "p")
        #expect(result.inferenceDegreesOfFreedom == 7)
        #expect(result.observationCount == 1310)
    }

    @Test("clustering by year, the smaller fixed effect")
    func clusterByYear() throws {
        let fixture = try ReferenceFixture("twfe_unbalanced_missing")
        let fit = try LinearRegression.fit(try fixture.frame("y ~ x1 + x2 | firm_id + year"))
        let result = try fit.result(vcov: .cluster(["year"]))
        expectClose(result.coefficients.map(\.standardError), [0.023150840670977765, 0.009640943307396801], "se")
        #expect(result.inferenceDegreesOfFreedom == 7)
    }

    @Test("two-way clustering without fixed effects")
    func twoWayOLS() throws {
        let fixture = try ReferenceFixture("ols_cross_section")
        let fit = try LinearRegression.fit(try fixture.frame("y ~ x1 + x2 + x3", clusters: ["cluster", "sector"]))
        let result = try fit.result(vcov: .cluster(["cluster", "sector"]))
        expectClose(result.coefficients.map(\.standardError),
                    [0.1312552487391926, 0.06372754101846946, 0.04011630291177686, 0.010728026082651707], "se")
    }
}
