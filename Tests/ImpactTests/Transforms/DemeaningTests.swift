import Testing
@testable import Impact

@Suite("Demeaning")
struct DemeaningTests {
    /// A balanced 4 × 3 panel: the two-way within transform has the closed form
    /// `x̃ᵢₜ = xᵢₜ − x̄ᵢ. − x̄.ₜ + x̄..`.
    @Test("balanced two-way panel matches the closed form")
    func balancedClosedForm() {
        let units = 4, periods = 3
        let x: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]   // unit-major: i * periods + t
        let y = x.map { $0 * $0 - 2 }
        let unitCodes = (0..<12).map { Int32($0 / periods) }
        let timeCodes = (0..<12).map { Int32($0 % periods) }
        let factors = [FactorCodes(name: "unit", codes: unitCodes, levelCount: units),
                       FactorCodes(name: "time", codes: timeCodes, levelCount: periods)]
        let (demeaned, report) = Demeaning.demean(Matrix(columns: [x, y]), by: factors)
        #expect(report.converged && report.dimensions == 2)
        for (column, values) in [x, y].enumerated() {
            let grand = values.reduce(0, +) / 12
            for i in 0..<units {
                let unitMean = (0..<periods).map { values[i * periods + $0] }.reduce(0, +) / Double(periods)
                for t in 0..<periods {
                    let timeMean = (0..<units).map { values[$0 * periods + t] }.reduce(0, +) / Double(units)
                    let expected = values[i * periods + t] - unitMean - timeMean + grand
                    #expect(abs(demeaned[i * periods + t, column] - expected) < 1e-9)
                }
            }
        }
    }

    @Test("one dimension, weighted: subtracts weighted group means in one pass")
    func weightedOneWay() {
        // Group 0: values 1, 4 with weights 1, 3 → mean 13/4; group 1: 2, 2 → mean 2.
        let factor = FactorCodes(name: "g", codes: [0, 0, 1, 1], levelCount: 2)
        let (demeaned, report) = Demeaning.demean(Matrix(columns: [[1, 4, 2, 2]]), by: [factor],
                                                  weights: [1, 3, 1, 1])
        #expect(report.iterations == 0)
        #expect(demeaned.storage == [1 - 3.25, 4 - 3.25, 0, 0])
    }

    @Test("three unbalanced dimensions: residuals orthogonal to every level")
    func threeWay() {
        // Deterministic pseudo-random design: 60 observations, 7, 5 and 4 levels.
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let n = 60
        let a = (0..<n).map { _ in Int32(next() * 7) }, b = (0..<n).map { _ in Int32(next() * 5) }
        let c = (0..<n).map { Int32($0 % 4) }
        let x = (0..<n).map { _ in next() * 10 }
        let factors = [FactorCodes(name: "a", codes: a, levelCount: 7),
                       FactorCodes(name: "b", codes: b, levelCount: 5),
                       FactorCodes(name: "c", codes: c, levelCount: 4)]
        let (demeaned, report) = Demeaning.demean(Matrix(columns: [x]), by: factors)
        #expect(report.converged)
        for factor in factors {
            var sums = [Double](repeating: 0, count: factor.levelCount)
            for i in 0..<n { sums[Int(factor.codes[i])] += demeaned.storage[i] }
            for s in sums { #expect(abs(s) < 1e-8) }
        }
    }
}

@Suite("Demeaning iteration cap")
struct DemeaningCapTests {
    @Test("hitting the iteration cap is reported, and noted in the regression result")
    func cap() throws {
        let fixture = try ReferenceFixture("twfe_unbalanced_missing")
        let frame = try fixture.frame("y ~ x1 + x2 | firm_id + year")
        let options = RegressionOptions(demeaning: DemeaningOptions(tolerance: 1e-15, maxIterations: 1))
        let fit = try LinearRegression.fit(frame, options: options)
        let report = try #require(fit.demeaning)
        #expect(report.iterations == 1 && !report.converged)
        #expect(try fit.result().notes.contains { $0.wording.en.contains("did not converge within 1 iteration (") })
        // With the default options the same model converges.
        #expect(try LinearRegression.fit(frame).demeaning?.converged == true)
    }
}
