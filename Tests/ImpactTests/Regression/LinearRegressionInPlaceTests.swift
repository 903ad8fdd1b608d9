import Testing
@testable import Impact

@Suite("Least squares on the frame's own storage")
struct LinearRegressionInPlaceTests {
    /// 4 firms × 3 years (Chinese firm names in the table), one regressor and a response.
    private static func table() throws -> Table {
        let firms = ["甲", "甲", "甲", "乙", "乙", "乙", "丙", "丙", "丙", "丁", "丁", "丁"]
        let years: [Double] = [2021, 2022, 2023, 2021, 2022, 2023, 2021, 2022, 2023, 2021, 2022, 2023]
        let x: [Double] = [1, 3, 2, 5, 4, 6, 2, 2, 5, 7, 1, 3]
        let y: [Double] = [2.5, 6.1, 4.4, 9.8, 8.3, 12.9, 4.1, 3.7, 10.6, 14.2, 2.9, 6.5]
        return try Table(columns: [
            (name: "企业", column: .categorical(CategoricalColumn(firms.map { Optional($0) }))),
            (name: "year", column: .numeric(NumericColumn(values: years))),
            (name: "x", column: .numeric(NumericColumn(values: x))),
            (name: "y", column: .numeric(NumericColumn(values: y))),
        ])
    }

    /// A frame that carries an intercept column although it has fixed effects (built by
    /// hand): the intercept is absorbed and the slope columns are moved to the front of the
    /// storage before demeaning; the fit equals the one of the frame without it.
    @Test("an intercept column beside fixed effects is absorbed; same fit as without it")
    func interceptBesideFixedEffects() throws {
        let frame = try ModelFrame(formula: "y ~ x | 企业 + year", table: Self.table())
        let x = frame.regressors.column(0)
        let withIntercept = ModelFrame(
            responseName: "y", response: frame.response,
            regressors: Matrix(columns: [[Double](repeating: 1, count: 12), x]),
            regressorNames: ["Intercept", "x"], hasIntercept: true, fixedEffects: frame.fixedEffects)
        let plain = try LinearRegression.fit(frame)
        let absorbed = try LinearRegression.fit(withIntercept)
        #expect(absorbed.termNames == ["x"])
        #expect(absorbed.coefficients == plain.coefficients)
        #expect(absorbed.residuals == plain.residuals)
    }

    /// The design takes its table over when it is the last use; a caller that keeps using
    /// the table still sees it whole, and a second design from it is the same.
    @Test("a table used again after a design is unchanged")
    func tableStaysWhole() throws {
        let table = try Self.table()
        let first = try ModelFrame(formula: "y ~ x | 企业 + year", table: table)
        #expect(try table.numeric("x").values == [1, 3, 2, 5, 4, 6, 2, 2, 5, 7, 1, 3])
        let second = try ModelFrame(formula: "y ~ x | 企业 + year", table: table)
        #expect(first.regressors == second.regressors && first.response == second.response)
        #expect(try LinearRegression.fit(first).coefficients == LinearRegression.fit(second).coefficients)
    }
}
