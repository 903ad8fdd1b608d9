import Testing
@testable import Impact

@Suite("Default confidence level")
struct ConfidenceLevelTests {
    /// y ~ x on y = (1, 3, 2, 5), x = (0, 1, 2, 3), worked by hand in RegressionTableTests:
    /// slope 1.1, SE √(1.35/5) = √0.27, 2 residual degrees of freedom.
    /// scipy 1.17.1: scipy.stats.t.ppf(0.975, 2) = 4.302652729749462.
    @Test("0.95 when no level is given: slope interval 1.1 ± t(0.975, 2)·√0.27")
    func standard() throws {
        #expect(ConfidenceLevel.standard == 0.95)
        let table = try Table(columns: [
            ("y", .numeric(NumericColumn(values: [1, 3, 2, 5]))),
            ("x", .numeric(NumericColumn(values: [0, 1, 2, 3]))),
        ])
        let result = try LinearRegression.estimate(try ModelFrame(formula: "y ~ x", table: table))
        #expect(result.confidenceLevel == 0.95)
        let slope = try #require(result.coefficient("x"))
        let half = 4.302652729749462 * 0.27.squareRoot()
        #expect(abs(slope.confidenceLow - (1.1 - half)) < 1e-12)
        #expect(abs(slope.confidenceHigh - (1.1 + half)) < 1e-12)
    }
}
