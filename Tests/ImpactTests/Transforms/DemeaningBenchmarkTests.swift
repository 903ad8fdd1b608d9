import Foundation
import Testing
@testable import Impact

/// Speed of the demeaning kernel on the issue's benchmark shape: 1,000,000 rows,
/// 100,000 firms × 10 years, 7 columns (y and 6 regressors). Skipped unless
/// `IMPACT_BENCHMARK=1`; run it optimized:
///
///     IMPACT_BENCHMARK=1 swift test -c release -Xswiftc -enable-testing --filter DemeaningBenchmark
@Suite("Demeaning benchmark")
struct DemeaningBenchmarkTests {
    /// `balanced`: every firm-year present (one sweep is exact); otherwise each firm-year
    /// is absent with probability 0.15, and the iteration has real work to do.
    @Test("1M rows, firm + year, 7 columns",
          .enabled(if: ProcessInfo.processInfo.environment["IMPACT_BENCHMARK"] == "1"),
          arguments: [true, false])
    func benchmark(balanced: Bool) {
        let firms = 100_000, years = 10, columns = 7
        var state: UInt64 = 2026
        func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        let present = (0..<(firms * years)).filter { _ in balanced || uniform() > -0.35 }
        let n = present.count
        let firmCodes = present.map { Int32($0 / years) }
        let yearCodes = present.map { Int32($0 % years) }
        let firmEffect = (0..<firms).map { _ in uniform() * 4 }
        let yearEffect = (0..<years).map { _ in uniform() }
        var storage = [Double](repeating: 0, count: n * columns)
        for j in 0..<columns {
            for i in 0..<n {
                storage[i + j * n] = firmEffect[Int(firmCodes[i])] * Double(j + 1) + yearEffect[Int(yearCodes[i])] + uniform()
            }
        }
        let data = Matrix(rows: n, columns: columns, storage: storage)
        let factors = [FactorCodes(name: "firm_id", codes: firmCodes, levelCount: firms),
                       FactorCodes(name: "year", codes: yearCodes, levelCount: years)]
        let start = Date()
        let (demeaned, report) = Demeaning.demean(data, by: factors)
        let seconds = Date().timeIntervalSince(start)
        print("Demeaning benchmark (\(balanced ? "balanced" : "unbalanced")): \(n) rows × \(columns) columns, \(firms) firms × \(years) years: \(String(format: "%.3f", seconds)) s, \(report.iterations) iterations, converged \(report.converged)")
        #expect(report.converged)
        #expect(demeaned.rows == n)
        // Every column sums to (nearly) zero within each year and each firm.
        for j in 0..<columns {
            var byYear = [Double](repeating: 0, count: years)
            var byFirm = [Double](repeating: 0, count: firms)
            for i in 0..<n {
                byYear[Int(yearCodes[i])] += demeaned[i, j]
                byFirm[Int(firmCodes[i])] += demeaned[i, j]
            }
            #expect(byYear.allSatisfy { abs($0) < 1e-6 } && byFirm.allSatisfy { abs($0) < 1e-9 })
        }
    }
}
