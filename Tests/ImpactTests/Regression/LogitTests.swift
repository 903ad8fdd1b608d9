import Foundation
import Testing
@testable import Impact

@Suite("Logit against statsmodels (logit_propensity)")
struct LogitFixtureTests {
    static let fitted: Result<LogitResult, any Error> = Result {
        let table = try PolicyFixture.table("logit_propensity")
        return try LogitRegression().fit(formula: "treated ~ x1 + x2 + x3", table: table)
    }

    let result: LogitResult
    let expected: [String: Any]

    init() throws {
        result = try Self.fitted.get()
        let models = try #require(try PolicyFixture.expected("logit_propensity")["models"] as? [String: Any])
        expected = try #require(models["logit"] as? [String: Any])
    }

    private func vector(_ key: String) throws -> [Double] { try #require(expected[key] as? [Double]) }
    private func number(_ key: String) throws -> Double { try #require(expected[key] as? Double) }

    @Test("coefficients, standard errors, z, p and intervals")
    func coefficients() throws {
        #expect(result.coefficientNames == (try #require(expected["coef_names"] as? [String])))
        let table = result.coefficientTable()
        let coef = try vector("coef"), se = try vector("se"), z = try vector("z"), p = try vector("p")
        let low = try vector("ci95_lower"), high = try vector("ci95_upper")
        for j in table.indices {
            #expect(isClose(table[j].estimate, coef[j]), "\(table[j].term)")
            #expect(isClose(table[j].standardError, se[j]), "\(table[j].term)")
            #expect(isClose(table[j].tStatistic, z[j]), "\(table[j].term)")
            #expect(abs(table[j].pValue - p[j]) < 1e-8, "\(table[j].term)")
            #expect(isClose(table[j].confidenceLow, low[j]) && isClose(table[j].confidenceHigh, high[j]))
        }
    }

    @Test("covariance matrix (inverse information)")
    func covariance() throws {
        let rows = try #require(expected["vcov"] as? [[Double]])
        for i in rows.indices {
            for j in rows.indices { #expect(isClose(result.covariance[i, j], rows[i][j])) }
        }
    }

    @Test("likelihood summaries, information criteria and convergence")
    func likelihood() throws {
        #expect(isClose(result.logLikelihood, try number("log_likelihood")))
        #expect(isClose(result.nullLogLikelihood, try number("log_likelihood_null")))
        #expect(isClose(result.pseudoRSquared, try number("pseudo_r2_mcfadden")))
        #expect(isClose(result.likelihoodRatio, try number("llr_stat")))
        // The p-value is tiny (7e-45): compare it relatively, stricter than absolute 1e-8.
        let llrP = try number("llr_pvalue")
        #expect(abs(result.likelihoodRatioPValue / llrP - 1) < 1e-6)
        #expect(isClose(result.aic, try number("aic")))
        #expect(isClose(result.bic, try number("bic")))
        let nobs = expected["nobs"] as? Int, treated = expected["n_treated"] as? Int
        #expect(result.observationCount == nobs)
        #expect(result.positiveCount == treated)
        // Iteration counts are algorithm specific (statsmodels: 5); Newton from zero needs few.
        #expect(result.iterations <= 10)
    }

    @Test("fitted propensities of the first ten firms")
    func propensities() throws {
        let first = try vector("fitted_propensity_first10")
        for i in first.indices { #expect(isClose(result.fittedProbabilities[i], first[i])) }
        #expect(result.sourceRows.prefix(3) == [0, 1, 2])
    }
}

@Suite("Logit worked by hand and failure modes")
struct LogitTests {
    private func design(_ columns: [[Double]]) -> Matrix {
        Matrix(columns: [[Double](repeating: 1, count: columns[0].count)] + columns)
    }

    @Test("intercept-only logit: the estimate is the log odds of the mean")
    func interceptOnly() throws {
        // 3 of 8 are 1: β = ln(3/5), se² = 1/(n p (1−p)) = 1/(8 · 3/8 · 5/8) = 8/15.
        let y: [Double] = [1, 0, 0, 1, 0, 1, 0, 0]
        let result = try LogitRegression().fit(outcome: y, design: Matrix(columns: [[Double](repeating: 1, count: 8)]),
                                               names: ["Intercept"])
        #expect(abs(result.coefficients[0] - log(3.0 / 5)) < 1e-12)
        #expect(abs(result.standardErrors[0] - (8.0 / 15).squareRoot()) < 1e-12)
        #expect(abs(result.logLikelihood - result.nullLogLikelihood) < 1e-12)
        let nullValue = 3 * log(3.0 / 8) + 5 * log(5.0 / 8)
        #expect(abs(result.nullLogLikelihood - nullValue) < 1e-12)
        #expect(result.likelihoodRatioPValue.isNaN)
    }

    @Test("a binary regressor reproduces the two group log odds")
    func binaryRegressor() throws {
        // Group 0: 1 of 4 positive; group 1: 3 of 4. β0 = ln(1/3), β1 = ln 3 − ln(1/3) = 2 ln 3;
        // var(β1) = 1/(4·¼·¾) + 1/(4·¾·¼) = 8/3.
        let x: [Double] = [0, 0, 0, 0, 1, 1, 1, 1]
        let y: [Double] = [1, 0, 0, 0, 1, 1, 1, 0]
        let result = try LogitRegression().fit(outcome: y, design: design([x]), names: ["Intercept", "x"])
        #expect(abs(result.coefficients[0] - log(1.0 / 3)) < 1e-10)
        #expect(abs(result.coefficients[1] - 2 * log(3.0)) < 1e-10)
        #expect(abs(result.standardErrors[1] - (8.0 / 3).squareRoot()) < 1e-10)
        #expect(abs(result.fittedProbabilities[0] - 0.25) < 1e-12)
        #expect(abs(result.fittedProbabilities[7] - 0.75) < 1e-12)
    }

    @Test("perfect separation is an error, not diverging estimates")
    func perfectSeparation() {
        let x: [Double] = [1, 2, 3, 4, 5, 6]
        let y: [Double] = [0, 0, 0, 1, 1, 1]
        #expect {
            try LogitRegression().fit(outcome: y, design: design([x]), names: ["Intercept", "x"])
        } throws: { error in
            guard case LogitError.perfectSeparation = error else { return false }
            return "\(error)".contains("Perfect separation")
        }
    }

    @Test("quasi-complete separation is reported with the separated count")
    func quasiCompleteSeparation() {
        // Outcomes overlap only at x = 3; the other four observations are separated.
        let x: [Double] = [1, 2, 3, 3, 4, 5]
        let y: [Double] = [0, 0, 0, 1, 1, 1]
        #expect {
            try LogitRegression().fit(outcome: y, design: design([x]), names: ["Intercept", "x"])
        } throws: { error in
            guard case LogitError.quasiCompleteSeparation(let separated, _) = error else { return false }
            return separated == 4
        }
    }

    @Test("bad outcomes and collinear regressors are rejected")
    func inputErrors() {
        let x: [Double] = [1, 2, 3, 4, 5, 6]
        #expect(throws: LogitError.outcomeNotBinary(value: 2, observation: 1)) {
            try LogitRegression().fit(outcome: [0, 2, 1, 0, 1, 0], design: design([x]), names: ["Intercept", "x"])
        }
        #expect(throws: LogitError.constantOutcome(1)) {
            try LogitRegression().fit(outcome: [1, 1, 1, 1, 1, 1], design: design([x]), names: ["Intercept", "x"])
        }
        #expect(throws: LogitError.singularInformation(iteration: 1)) {
            try LogitRegression().fit(outcome: [0, 1, 0, 1, 1, 0], design: design([x, x.map { 2 * $0 }]),
                                      names: ["Intercept", "x", "x2"])
        }
        #expect(throws: LogitError.tooFewObservations(observations: 2, coefficients: 2)) {
            try LogitRegression().fit(outcome: [0, 1], design: design([[1, 2]]), names: ["Intercept", "x"])
        }
    }

    @Test("formulas with absorbed fixed effects or weights are refused")
    func unsupportedFrames() throws {
        let table = try Table(columns: [
            ("d", .numeric(NumericColumn(values: [0, 1, 0, 1, 1, 0]))),
            ("x", .numeric(NumericColumn(values: [1, 2, 3, 4, 5, 6]))),
            ("g", .categorical(CategoricalColumn(["a", "a", "b", "b", "c", "c"]))),
        ])
        #expect(throws: LogitError.fixedEffectsNotSupported) {
            try LogitRegression().fit(formula: "d ~ x | g", table: table)
        }
        let weighted = try ModelFrame(formula: "d ~ x", table: table.appending(
            .numeric(NumericColumn(values: [1, 1, 1, 1, 1, 1])), named: "w"), weights: "w")
        #expect(throws: LogitError.weightsNotSupported) { try LogitRegression().fit(weighted) }
    }

    @Test("defaults follow statsmodels' Newton: 35 iterations, tolerance 1e-8")
    func defaults() {
        #expect(LogitRegression().maximumIterations == 35)
        #expect(LogitRegression().tolerance == 1e-8)
    }
}

@Suite("Normal and chi-squared distributions")
struct LogitDistributionTests {
    @Test("normal quantiles and tails against scipy values")
    func normal() {
        // scipy.stats.norm.ppf(0.975), norm.sf(1.96)*2, norm.ppf(1e-10)
        #expect(abs(StandardNormalDistribution.quantile(0.975) - 1.959963984540054) < 1e-14)
        #expect(abs(StandardNormalDistribution.twoSidedPValue(1.96) - 0.04999579029644087) < 1e-15)
        #expect(abs(StandardNormalDistribution.quantile(1e-10) / -6.361340902404056 - 1) < 1e-13)
        #expect(StandardNormalDistribution.quantile(0.5) == 0)
    }

    @Test("chi-squared tails: closed forms for 2 degrees of freedom and the 5% point for 1")
    func chiSquared() {
        // df = 2: P(X > x) = e^{−x/2} exactly.
        for x in [0.5, 3.0, 40.0] {
            #expect(abs(ChiSquaredDistribution(degreesOfFreedom: 2).survivalProbability(x) / exp(-x / 2) - 1) < 1e-13)
        }
        // df = 1: P(X > z²) = P(|Z| > z); 3.841458820694124 = 1.959963984540054².
        #expect(abs(ChiSquaredDistribution(degreesOfFreedom: 1).survivalProbability(3.841458820694124) - 0.05) < 1e-13)
    }
}
