import Foundation
import Testing
@testable import Impact

@Suite("Wild cluster bootstrap (WCR)")
struct WildClusterBootstrapTests {
    /// The pooled 2×2 DiD of fixture did_2x2 (300 firm clusters).
    static func did(_ design: DifferenceInDifferencesDesign = .pooled) throws -> DifferenceInDifferencesResult {
        let fixture = try ReferenceFixture("did_2x2")
        return try DifferenceInDifferences.estimate(fixture.table, DifferenceInDifferencesSpecification(
            outcome: "y", unit: "firm_id", time: "year", treated: "treated", post: "post", design: design))
    }

    @Test("defaults: 999 draws, Rademacher, null 0, level 0.95, enumeration on")
    func defaults() {
        let options = WildClusterBootstrapOptions()
        #expect(options.replications == 999 && options.weights == .rademacher && options.nullValue == 0)
        #expect(options.confidenceLevel == 0.95 && options.enumeratesRademacher)
        // Webb's six points have mean 0 and variance 1.
        let webb = WildBootstrapWeights.webb.values
        #expect(abs(webb.reduce(0, +)) < 1e-15)
        #expect(abs(webb.map { $0 * $0 }.reduce(0, +) / 6 - 1) < 1e-15)
    }

    @Test("with 300 clusters the bootstrap p-value and interval are close to the analytic CR1 ones",
          arguments: [DifferenceInDifferencesDesign.pooled, .twoWayFixedEffects])
    func manyClusters(design: DifferenceInDifferencesDesign) throws {
        let result = try Self.did(design)
        // A null 1.5 standard errors from the estimate: analytic p ≈ 0.13.
        let null = result.att.estimate - 1.5 * result.att.standardError
        let test = try WildClusterBootstrap.test(result.regression, term: "treated:post",
                                                 options: .init(replications: 999, nullValue: null))
        #expect(abs(test.tStatistic - 1.5) < 1e-9, "with v = 1 the statistic is the analytic t")
        // scipy 1.17.1: 2 * scipy.stats.t.sf(1.5, 299) (t with G − 1 = 299 degrees of freedom).
        #expect(abs(test.analyticPValue - 0.13466954795300828) < 1e-8)
        #expect(abs(test.pValue - test.analyticPValue) < 0.035, "bootstrap \(test.pValue) vs analytic \(test.analyticPValue)")
        let width = result.att.confidenceHigh - result.att.confidenceLow
        #expect(abs(test.confidenceLow - result.att.confidenceLow) < 0.05 * width)
        #expect(abs(test.confidenceHigh - result.att.confidenceHigh) < 0.05 * width)
        #expect(test.replications == 999 && !test.enumerated && test.clusters == 300)
    }

    @Test("deterministic given the seed; another seed gives other draws")
    func deterministic() throws {
        let result = try Self.did()
        let null = result.att.estimate - 2 * result.att.standardError
        let first = try WildClusterBootstrap.test(result.regression, term: "treated:post",
                                                  options: .init(replications: 199, seed: 7, weights: .webb, nullValue: null))
        let second = try WildClusterBootstrap.test(result.regression, term: "treated:post",
                                                   options: .init(replications: 199, seed: 7, weights: .webb, nullValue: null))
        #expect(first == second)
        var seen = [Double]()
        for seed in [1, 2, 3] as [UInt64] {
            seen.append(try WildClusterBootstrap.test(result.regression, term: "treated:post",
                                                      options: .init(replications: 199, seed: seed, nullValue: null)).pValue)
        }
        #expect(Set(seen + [first.pValue]).count > 1)
    }

    /// Six clusters of four observations: y = 1 + 0.3 x + cluster shock + noise.
    static func sixClusters() throws -> RegressionResult {
        let table = try sixClusterTable()
        return try LinearRegression.estimate(try ModelFrame(formula: "y ~ x", table: table, clusters: ["g"]),
                                             vcov: .cluster(["g"]))
    }

    @Test("6 clusters: Rademacher enumerates the 2^6 = 64 sign vectors; the p-value matches refitting each draw")
    func fewClusters() throws {
        let result = try Self.sixClusters()
        let test = try WildClusterBootstrap.test(result, term: "x", options: .init(replications: 999, seed: 1))
        #expect(test.enumerated && test.replications == 64)
        #expect((test.pValue * 64).rounded() == test.pValue * 64)
        let otherSeed = try WildClusterBootstrap.test(result, term: "x", options: .init(replications: 999, seed: 2))
        #expect(otherSeed.pValue == test.pValue, "enumeration does not depend on the seed")

        // Brute force through the regression engine: restricted fit y ~ 1 (β_x = 0), then
        // for each sign vector refit y* = ŷ_r + ẽ·v and recompute the CR1 t.
        let frame = try ModelFrame(formula: "y ~ x", table: try Self.sixClusterTable(), clusters: ["g"])
        let restricted = try LinearRegression.fit(try ModelFrame(formula: "y ~ 1", table: try Self.sixClusterTable(), clusters: ["g"]))
        let fitted = zip(frame.response, restricted.residuals).map { $0 - $1 }
        let codes = frame.clusters[0].codes
        let observed = try #require(result.coefficient("x")).tStatistic
        var exceed = 0
        for b in 0..<64 {
            let ystar = frame.response.indices.map { i in
                fitted[i] + restricted.residuals[i] * ((b >> Int(codes[i])) & 1 == 1 ? 1.0 : -1.0)
            }
            let starFrame = ModelFrame(responseName: "y", response: ystar, regressors: frame.regressors,
                                       regressorNames: frame.regressorNames, hasIntercept: true, clusters: frame.clusters)
            let star = try LinearRegression.estimate(starFrame, vcov: .cluster(["g"]))
            if abs(try #require(star.coefficient("x")).tStatistic) >= abs(observed) * (1 - 1e-10) { exceed += 1 }
        }
        #expect(test.pValue == Double(exceed) / 64)
        #expect(abs(test.tStatistic - observed) < 1e-9)
        #expect(test.confidenceLow < test.estimate && test.estimate < test.confidenceHigh)

        let webb = try WildClusterBootstrap.test(result, term: "x", options: .init(replications: 399, weights: .webb))
        #expect(!webb.enumerated && webb.replications == 399)
    }

    @Test("random draws (no enumeration), Rademacher and Webb, nulls 0 and 0.2: the p-value equals refitting each draw of the seeded stream",
          arguments: [WildBootstrapWeights.rademacher, .webb])
    func randomDrawsMatchRefitting(weights: WildBootstrapWeights) throws {
        let result = try Self.sixClusters()
        let table = try Self.sixClusterTable()
        let frame = try ModelFrame(formula: "y ~ x", table: table, clusters: ["g"])
        let x = frame.regressors.column(1), codes = frame.clusters[0].codes
        for null in [0.0, 0.2] {
            let replications = 199
            let test = try WildClusterBootstrap.test(result, term: "x", options: .init(
                replications: replications, seed: 11, weights: weights, nullValue: null, enumeratesRademacher: false))
            #expect(!test.enumerated && test.replications == replications)
            // Brute force: restricted fit of y − β₀x on 1, then y* = ŷ_r + ẽ·v for draw b,
            // whose multiplier of cluster g is output b·G + g of SplitMix64(seed: 11).
            let shifted = frame.response.indices.map { frame.response[$0] - null * x[$0] }
            let restrictedFrame = ModelFrame(responseName: "y", response: shifted,
                                             regressors: Matrix(rows: shifted.count, columns: 1,
                                                                storage: [Double](repeating: 1, count: shifted.count)),
                                             regressorNames: ["(Intercept)"], hasIntercept: true, clusters: frame.clusters)
            let residuals = try LinearRegression.fit(restrictedFrame).residuals
            let fitted = zip(frame.response, residuals).map { $0 - $1 }
            let estimate = try #require(result.coefficient("x"))
            let observed = (estimate.estimate - null) / estimate.standardError
            var generator = SplitMix64(seed: 11)
            var exceed = 0
            for _ in 0..<replications {
                let v = (0..<6).map { _ in
                    weights == .rademacher ? (generator.next() >> 63 == 1 ? 1.0 : -1.0)
                                           : weights.values[generator.index(below: 6)]
                }
                let ystar = frame.response.indices.map { fitted[$0] + residuals[$0] * v[Int(codes[$0])] }
                let starFrame = ModelFrame(responseName: "y", response: ystar, regressors: frame.regressors,
                                           regressorNames: frame.regressorNames, hasIntercept: true, clusters: frame.clusters)
                let star = try #require(try LinearRegression.estimate(starFrame, vcov: .cluster(["g"])).coefficient("x"))
                if abs((star.estimate - null) / star.standardError) >= abs(observed) * (1 - 1e-10) { exceed += 1 }
            }
            #expect(test.pValue == Double(exceed) / Double(replications), "null \(null): \(test.pValue) vs \(exceed)")
            #expect(abs(test.tStatistic - observed) < 1e-9)
        }
    }

    /// Six clusters of four rows: `y`, `x`, cluster `g`.
    static func sixClusterTable() throws -> Table {
        var generator = SplitMix64(seed: 99)
        var x = [Double](), y = [Double](), group = [String?]()
        for g in 0..<6 {
            let shock = PolicyTestData.normal(&generator)
            for _ in 0..<4 {
                let xi = PolicyTestData.normal(&generator)
                x.append(xi)
                y.append(1 + 0.3 * xi + shock + PolicyTestData.normal(&generator))
                group.append("G\(g)")
            }
        }
        return try Table(columns: [("y", .numeric(NumericColumn(values: y))), ("x", .numeric(NumericColumn(values: x))),
                                   ("g", .categorical(CategoricalColumn(group)))])
    }

    @Test("agrees with wildboottest 0.3.2 on six firms of did_2x2 (full enumeration of 64 sign vectors)")
    func wildboottestPeer() throws {
        // Python wildboottest 0.3.2 (numpy 2.4.6): WildboottestCL(X=[1, treated, post,
        // treated·post], Y=y, cluster=firm, bootcluster=firm, R=[0,0,0,1], B=999, seed=1),
        // get_scores(bootstrap_type="11", impose_null=True), weights "rademacher" →
        // full enumeration, 64 draws; t_stat 0.5140513447742658; pvalue 0.625 counts
        // |t*| > |t| strictly; with the 2 ties (v = ±1) counted, as here: 42/64 = 0.65625.
        let fixture = try ReferenceFixture("did_2x2")
        let table = try PolicyTestData.subset(fixture.table, rows: Array(0..<36))
        let result = try DifferenceInDifferences.estimate(table, DifferenceInDifferencesSpecification(
            outcome: "y", unit: "firm_id", time: "year", treated: "treated", post: "post"))
        let test = try WildClusterBootstrap.test(result.regression, term: "treated:post", options: .init(replications: 999))
        #expect(test.clusters == 6 && test.enumerated && test.replications == 64)
        #expect(abs(test.tStatistic - 0.5140513447742658) < 1e-9)
        #expect(test.pValue == 0.625 + 2.0 / 64)
    }

    @Test("errors: a non-clustered covariance, the intercept, an unknown term, zero draws")
    func errors() throws {
        let result = try Self.sixClusters()
        let iid = try result.reestimated(vcov: .iid)
        #expect(throws: PolicyEffectError.self) { try WildClusterBootstrap.test(iid, term: "x") }
        #expect(throws: PolicyEffectError.self) { try WildClusterBootstrap.test(result, term: "Intercept") }
        #expect(throws: PolicyEffectError.termNotEstimated("z")) { try WildClusterBootstrap.test(result, term: "z") }
        #expect(throws: PolicyEffectError.self) {
            try WildClusterBootstrap.test(result, term: "x", options: .init(replications: 0))
        }
    }
}

@Suite("Wild cluster bootstrap: size with few treated clusters (Monte Carlo)")
struct WildClusterBootstrapSizeTests {
    @Test("8 clusters, 2 treated, true effect 0: WCR rejects near 5%, CR1 t rejects far more often")
    func size() throws {
        var generator = SplitMix64(seed: 8080)
        let replications = 200
        var bootstrapRejections = 0, analyticRejections = 0
        for _ in 0..<replications {
            var y = [Double](), d = [Double](), group = [String?]()
            for g in 0..<8 {
                let shock = PolicyTestData.normal(&generator)
                let size = 5 + 5 * (g % 3)
                for _ in 0..<size {
                    d.append(g < 2 ? 1 : 0)
                    y.append(shock + PolicyTestData.normal(&generator))
                    group.append("G\(g)")
                }
            }
            let table = try Table(columns: [("y", .numeric(NumericColumn(values: y))), ("d", .numeric(NumericColumn(values: d))),
                                            ("g", .categorical(CategoricalColumn(group)))])
            let result = try LinearRegression.estimate(try ModelFrame(formula: "y ~ d", table: table, clusters: ["g"]),
                                                       vcov: .cluster(["g"]))
            let test = try WildClusterBootstrap.test(result, term: "d", options: .init(computesInterval: false))
            #expect(test.enumerated && test.replications == 256 && test.confidenceLow.isNaN)
            if test.pValue <= 0.05 { bootstrapRejections += 1 }
            if try #require(result.coefficient("d")).pValue <= 0.05 { analyticRejections += 1 }
        }
        let bootstrapRate = Double(bootstrapRejections) / Double(replications)
        let analyticRate = Double(analyticRejections) / Double(replications)
        #expect(bootstrapRate <= 0.10, "WCR rejection rate \(bootstrapRate)")
        #expect(analyticRate >= 0.10 && analyticRate > bootstrapRate + 0.05, "CR1 rejection rate \(analyticRate) vs WCR \(bootstrapRate)")
    }
}
