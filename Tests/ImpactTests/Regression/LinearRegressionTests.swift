import Testing
@testable import Impact

@Suite("Linear regression")
struct LinearRegressionTests {
    /// A frame built by hand: the columns are given explicitly.
    static func frame(y: [Double], columns: [(String, [Double])], intercept: Bool = true,
                      weights: [Double]? = nil, fixedEffects: [FactorCodes] = [],
                      clusters: [FactorCodes] = []) -> ModelFrame {
        let all = (intercept ? [("Intercept", [Double](repeating: 1, count: y.count))] : []) + columns
        return ModelFrame(responseName: "y", response: y, regressors: Matrix(columns: all.map(\.1)),
                          regressorNames: all.map(\.0), hasIntercept: intercept, weights: weights,
                          fixedEffects: fixedEffects, clusters: clusters)
    }

    @Test("within estimator equals OLS with firm and year dummies (twfe_balanced, 30 firms)")
    func withinEqualsDummies() throws {
        let fixture = try ReferenceFixture("twfe_balanced")
        let full = try fixture.frame("y ~ x1 + x2 | firm_id + year")
        let rows = (0..<full.observationCount).filter { full.fixedEffects[0].codes[$0] < 30 }
        let firms = full.fixedEffects[0].restricted(to: rows)
        let years = full.fixedEffects[1].restricted(to: rows)
        let y = rows.map { full.response[$0] }
        let x1 = rows.map { full.regressors[$0, 0] }, x2 = rows.map { full.regressors[$0, 1] }
        let within = try LinearRegression.fit(Self.frame(y: y, columns: [("x1", x1), ("x2", x2)], intercept: false,
                                                         fixedEffects: [firms, years]))
        // Dummy OLS: intercept, x1, x2, firm dummies 1…29, year dummies 1…7.
        var columns = [("x1", x1), ("x2", x2)]
        for level in 1..<firms.levelCount {
            columns.append(("firm\(level)", firms.codes.map { $0 == level ? 1 : 0 }))
        }
        for level in 1..<years.levelCount {
            columns.append(("year\(level)", years.codes.map { $0 == level ? 1 : 0 }))
        }
        let dummies = try LinearRegression.fit(Self.frame(y: y, columns: columns))
        expectClose(within.coefficients, Array(dummies.coefficients[1...2]), relative: 1e-9, "slopes")
        expectClose([within.residualSumOfSquares], [dummies.residualSumOfSquares], relative: 1e-9, "rss")
        let a = try within.result(vcov: .iid), b = try dummies.result(vcov: .iid)
        expectClose(a.coefficients.map(\.standardError), Array(b.coefficients[1...2].map(\.standardError)),
                    relative: 1e-9, "iid se")
        expectClose([a.r2], [b.r2], relative: 1e-9, "full-model r2")
        #expect(a.residualDegreesOfFreedom == b.residualDegreesOfFreedom)
        let ha = try within.result(vcov: .hc1), hb = try dummies.result(vcov: .hc1)
        expectClose(ha.coefficients.map(\.standardError), Array(hb.coefficients[1...2].map(\.standardError)),
                    relative: 1e-9, "hc1 se")
    }

    @Test("a regressor constant within firms is dropped as collinear with the fixed effects")
    func collinearWithFixedEffects() throws {
        // Firms 0,0,1,1,2,2 (+ years); z is constant within firm.
        let firms = FactorCodes(name: "firm", codes: [0, 0, 1, 1, 2, 2, 0, 1, 2], levelCount: 3)
        let years = FactorCodes(name: "year", codes: [0, 1, 0, 1, 0, 1, 2, 2, 2], levelCount: 3)
        let x: [Double] = [1, 3, 2, 5, 4, 4, 7, 1, 2]
        let z: [Double] = [5, 5, 6, 6, 9, 9, 5, 6, 9]
        let y: [Double] = [1, 2, 4, 3, 6, 5, 3, 2, 8]
        let fit = try LinearRegression.fit(Self.frame(y: y, columns: [("x", x), ("z", z)], intercept: false,
                                                      fixedEffects: [firms, years]))
        #expect(fit.termNames == ["x"])
        #expect(fit.droppedTerms == ["z"])
        #expect(throws: EstimationError.noIdentifiedRegressors(dropped: ["z"])) {
            try LinearRegression.fit(Self.frame(y: y, columns: [("z", z)], intercept: false, fixedEffects: [firms, years]))
        }
    }

    @Test("singletons are removed iteratively across dimensions")
    func iterativeSingletons() {
        // Observation 4 is alone in firm 2 → dropped; then year 1 keeps only observation 3
        // (observation 4 was its other member) → dropped too; then firm 1 has obs 2 alone.
        let firms = FactorCodes(name: "firm", codes: [0, 0, 1, 1, 2], levelCount: 3)
        let years = FactorCodes(name: "year", codes: [0, 0, 0, 1, 1], levelCount: 2)
        #expect(SingletonFilter.nonSingletonMask([firms, years]) == [true, true, false, false, false])
    }

    @Test("bad input gives typed errors")
    func errors() throws {
        let y: [Double] = [1, 2, 3, 4]
        let x: [Double] = [1, 0, 2, 5]
        #expect(throws: EstimationError.nonFiniteValue(variable: "x", observation: 2)) {
            try LinearRegression.fit(Self.frame(y: y, columns: [("x", [1, 0, .nan, 5])]))
        }
        #expect(throws: EstimationError.nonPositiveWeight(observation: 1, value: 0)) {
            try LinearRegression.fit(Self.frame(y: y, columns: [("x", x)], weights: [1, 0, 1, 1]))
        }
        #expect(throws: EstimationError.tooFewObservations(observations: 2, parameters: 2)) {
            try LinearRegression.fit(Self.frame(y: [1, 2], columns: [("x", [0, 1])]))
        }
        let fit = try LinearRegression.fit(Self.frame(
            y: y, columns: [("x", x)],
            clusters: [FactorCodes(name: "one", codes: [0, 0, 0, 0], levelCount: 1)]))
        #expect(throws: EstimationError.tooFewClusters(variable: "one", count: 1)) {
            try fit.result(vcov: .cluster(["one"]))
        }
        #expect(throws: EstimationError.unknownClusterVariable("firm", available: ["one"])) {
            try fit.result(vcov: .cluster(["firm"]))
        }
        #expect(throws: EstimationError.invalidConfidenceLevel(1.5)) { try fit.result(confidenceLevel: 1.5) }
        let firms = FactorCodes(name: "firm", codes: [0, 0, 1, 1], levelCount: 2)
        let fe = try LinearRegression.fit(Self.frame(y: y, columns: [("x", x)], intercept: false, fixedEffects: [firms]))
        #expect(throws: EstimationError.self) { try fe.result(vcov: .hc2) }
    }

    @Test("default options are stated once and guarded")
    func defaults() {
        let options = RegressionOptions()
        #expect(options.singletons == .drop)
        #expect(options.collinearityTolerance == 1e-8)
        #expect(options.demeaning == DemeaningOptions(tolerance: 1e-10, maxIterations: 10_000))
        #expect(Sandwich.fewClustersThreshold == 30)
        #expect(VarianceEstimator(label: "cluster:firm_id,year") == .cluster(["firm_id", "year"]))
        #expect(VarianceEstimator(label: "HC1") == .hc1)
        #expect(VarianceEstimator(label: "robust") == nil)
    }
}

@Suite("Weighted fixed effects")
struct WeightedFixedEffectsTests {
    @Test("weighted within estimator equals weighted OLS with dummies (twfe_balanced, 25 firms)")
    func weightedWithin() throws {
        let fixture = try ReferenceFixture("twfe_balanced")
        let full = try fixture.frame("y ~ x1 + x2 | firm_id + year")
        let rows = (0..<full.observationCount).filter { full.fixedEffects[0].codes[$0] < 25 }
        let firms = full.fixedEffects[0].restricted(to: rows)
        let years = full.fixedEffects[1].restricted(to: rows)
        let y = rows.map { full.response[$0] }
        let x1 = rows.map { full.regressors[$0, 0] }, x2 = rows.map { full.regressors[$0, 1] }
        // Deterministic positive weights 0.5 … 2.0.
        let w = rows.indices.map { 0.5 + Double(($0 * 7) % 16) / 10 }
        let within = try LinearRegression.fit(LinearRegressionTests.frame(
            y: y, columns: [("x1", x1), ("x2", x2)], intercept: false, weights: w, fixedEffects: [firms, years]))
        var columns = [("x1", x1), ("x2", x2)]
        for level in 1..<firms.levelCount { columns.append(("f\(level)", firms.codes.map { $0 == level ? 1 : 0 })) }
        for level in 1..<years.levelCount { columns.append(("t\(level)", years.codes.map { $0 == level ? 1 : 0 })) }
        let dummies = try LinearRegression.fit(LinearRegressionTests.frame(y: y, columns: columns, weights: w))
        expectClose(within.coefficients, Array(dummies.coefficients[1...2]), relative: 1e-9, "slopes")
        expectClose([within.residualSumOfSquares], [dummies.residualSumOfSquares], relative: 1e-9, "weighted rss")
        for estimator in [VarianceEstimator.iid, .hc1] {
            let a = try within.result(vcov: estimator), b = try dummies.result(vcov: estimator)
            expectClose(a.coefficients.map(\.standardError), b.coefficients[1...2].map(\.standardError),
                        relative: 1e-9, "\(estimator.label) se")
        }
        expectClose([try within.result().r2], [try dummies.result().r2], relative: 1e-9, "weighted r2")
    }
}

@Suite("Small models worked by hand")
struct HandWorkedRegressionTests {
    @Test("intercept only: the mean, with standard error s/√n")
    func interceptOnly() throws {
        // y = 1, 2, 3, 4: mean 2.5, s² = 5/3, se = √(5/12).
        let frame = LinearRegressionTests.frame(y: [1, 2, 3, 4], columns: [])
        let result = try LinearRegression.estimate(frame)
        #expect(abs(result.coefficients[0].estimate - 2.5) < 1e-14)
        #expect(abs(result.coefficients[0].standardError - (5.0 / 12).squareRoot()) < 1e-14)
        #expect(result.fTest == nil)
        #expect(abs(result.r2) < 1e-14)
    }

    @Test("no intercept: slope Σxy/Σx² and the uncentred R²")
    func noIntercept() throws {
        // y = 1, 2, 2 on x = 1, 1, 2: b = 7/6, residuals −1/6, 5/6, −1/3, RSS = 5/6,
        // uncentred TSS = 9, R² = 1 − (5/6)/9 = 49/54, σ² = (5/6)/2, se = √(σ²/6).
        let frame = LinearRegressionTests.frame(y: [1, 2, 2], columns: [("x", [1, 1, 2])], intercept: false)
        let result = try LinearRegression.estimate(frame)
        #expect(abs(result.coefficients[0].estimate - 7.0 / 6) < 1e-14)
        #expect(abs(result.r2 - 49.0 / 54) < 1e-14)
        #expect(abs(result.coefficients[0].standardError - (5.0 / 12 / 6).squareRoot()) < 1e-14)
        #expect(result.residualDegreesOfFreedom == 2)
    }
}
