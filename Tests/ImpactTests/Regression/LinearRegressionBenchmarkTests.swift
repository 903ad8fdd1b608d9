import Foundation
import Testing
@testable import Impact

/// Speed of a whole fit (singleton scan, demeaning, collinearity screen, QR, firm-clustered
/// covariance) on the issue's benchmark shape, from a ready `ModelFrame`. Skipped unless
/// `IMPACT_BENCHMARK=1`; run it optimized:
///
///     IMPACT_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing --filter LinearRegressionBenchmark
@Suite("Linear regression benchmark")
struct LinearRegressionBenchmarkTests {
    @Test("1M rows: y ~ x1…x5 + treated:post | firm_id + year, clustered by firm",
          .enabled(if: ProcessInfo.processInfo.environment["IMPACT_BENCHMARK"] == "1"))
    func benchmark() throws {
        let firms = 100_000, years = 10, n = firms * years
        var state: UInt64 = 7
        func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        let firmCodes = (0..<n).map { Int32($0 / years) }
        let yearCodes = (0..<n).map { Int32($0 % years) }
        let firmEffect = (0..<firms).map { _ in uniform() * 4 }
        let treated = (0..<firms).map { _ in uniform() > 0 ? 1.0 : 0.0 }
        var columns = [[Double]]()
        for _ in 0..<5 { columns.append((0..<n).map { firmEffect[$0 / years] * 0.3 + uniform() }) }
        columns.append((0..<n).map { treated[$0 / years] * ($0 % years >= 5 ? 1 : 0) })
        var y = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let effects: Double = firmEffect[i / years] + Double(i % years) * 0.1
            let slopes: Double = columns[0][i] - 0.5 * columns[1][i] + 0.2 * columns[5][i]
            y[i] = effects + slopes + uniform()
        }
        let firm = FactorCodes(name: "firm_id", codes: firmCodes, levelCount: firms)
        let year = FactorCodes(name: "year", codes: yearCodes, levelCount: years)
        let frame = ModelFrame(responseName: "y", response: y, regressors: Matrix(columns: columns),
                               regressorNames: ["x1", "x2", "x3", "x4", "x5", "treated:post"],
                               hasIntercept: false, fixedEffects: [firm, year], clusters: [firm])
        let start = Date()
        let fit = try LinearRegression.fit(frame)
        let fitted = Date()
        let result = try fit.result(vcov: .cluster(["firm_id"]))
        let done = Date()
        print("Fit benchmark: \(n) rows, fit \(String(format: "%.3f", fitted.timeIntervalSince(start))) s, clustered result \(String(format: "%.3f", done.timeIntervalSince(fitted))) s; treated:post = \(result.coefficient("treated:post")!.estimate)")
        #expect(abs(result.coefficient("x1")!.estimate - 1) < 0.01)
    }
}
