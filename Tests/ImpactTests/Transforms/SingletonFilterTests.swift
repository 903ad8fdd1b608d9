import Testing
@testable import Impact

/// The one singleton check of a fit: `nonSingletonMaskIfAny` answers "none" without a mask,
/// and otherwise gives the same mask as `nonSingletonMask`.
@Suite("Singleton filter: one check")
struct SingletonFilterTests {
    @Test("no singleton: nil (no mask made); nonSingletonMask keeps every row")
    func none() {
        let firms = FactorCodes(name: "企业", codes: [0, 0, 1, 1, 2, 2], levelCount: 3)
        let years = FactorCodes(name: "年份", codes: [0, 1, 0, 1, 0, 1], levelCount: 2)
        #expect(SingletonFilter.nonSingletonMaskIfAny([firms, years]) == nil)
        #expect(SingletonFilter.nonSingletonMask([firms, years]) == [Bool](repeating: true, count: 6))
        #expect(SingletonFilter.nonSingletonMaskIfAny([]) == nil)
        #expect(SingletonFilter.nonSingletonMask([]).isEmpty)
    }

    @Test("singletons: the iterative mask, the same from both entry points")
    func some() {
        // Firm 2 has one row (4) → dropped; year 1 then holds row 3 alone → dropped; then
        // firm 1 holds row 2 alone → dropped.
        let firms = FactorCodes(name: "firm", codes: [0, 0, 1, 1, 2], levelCount: 3)
        let years = FactorCodes(name: "year", codes: [0, 0, 0, 1, 1], levelCount: 2)
        let expected = [true, true, false, false, false]
        #expect(SingletonFilter.nonSingletonMaskIfAny([firms, years]) == expected)
        #expect(SingletonFilter.nonSingletonMask([firms, years]) == expected)
    }

    @Test("a fit drops the singletons found by the one check and counts them")
    func fitCounts() throws {
        // Firm d alone in one year (the first row: one singleton), then firms a, b, c over
        // two years.
        let table = try Table(columns: [
            ("企业", .categorical(CategoricalColumn(["d", "a", "a", "b", "b", "c", "c"]))),
            ("年份", .numeric(NumericColumn(values: [1, 1, 2, 1, 2, 1, 2]))),
            ("x", .numeric(NumericColumn(values: [5, 1, 3, 2, 7, 4, 5]))),
            ("y", .numeric(NumericColumn(values: [4, 2, 5, 3, 11, 6, 8]))),
        ])
        let fit = try LinearRegression.fit(try ModelFrame(formula: Formula("y ~ x | 企业 + 年份"), table: table))
        #expect(fit.singletonsRemoved == 1 && fit.observationCount == 6)
        // Two periods: the two-way within slope is the OLS slope of Δy on Δx with an
        // intercept. Δx = 2, 5, 1 and Δy = 3, 8, 2: Sxy = 120/9, Sxx = 78/9, slope 20/13.
        #expect(abs(fit.coefficients[0] - 20.0 / 13) < 1e-12)
        #expect(fit.sourceRows == [1, 2, 3, 4, 5, 6])
    }
}
