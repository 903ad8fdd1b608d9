import Foundation
import Testing
@testable import Impact

/// Where the sensitivity analysis takes its coefficients from, and how it is reported.
@Suite("Sensitivity: inputs from the estimators, report and JSON")
struct SensitivityInputAndReportTests {
    /// The honest_panel fixture (36 firms × 2016–2020, cohorts 2018 and 2019, Chinese headers).
    private func panel() throws -> Table {
        let path = CLIRunnerPaths.root.appendingPathComponent("Tests/ImpactTests/Fixtures/data/honest_panel/panel.csv").path
        return try CSVReader.read(path: path)
    }

    @Test("Callaway–Sant'Anna: the dynamic covariance's diagonal gives the dynamic aggregation's standard errors")
    func staggeredCovariance() throws {
        let result = try CallawaySantAnna(basePeriod: .universal).estimate(
            panel(), id: "企业", time: "年份", cohort: "首次受支持年", outcome: "营业收入")
        let input = try EventStudyCoefficients(staggered: result)
        let dynamic = result.aggregate(.dynamic)
        #expect(input.eventTimes == [-3, -2, 0, 1, 2])
        for (k, e) in input.eventTimes.enumerated() {
            let component = try #require(dynamic.components.first { $0.key == e })
            #expect(abs(input.estimates[k] - component.att) < 1e-12)
            #expect(abs(input.covariance[k, k].squareRoot() - component.standardError) < 1e-12)
        }
        #expect(throws: SensitivityError.needsUniversalBasePeriod) {
            try EventStudyCoefficients(staggered: CallawaySantAnna().estimate(
                panel(), id: "企业", time: "年份", cohort: "首次受支持年", outcome: "营业收入"))
        }
    }

    @Test("JSON member order, breakdown and the table with the original interval first")
    func report() throws {
        let input = try EventStudyCoefficients(eventTimes: [-2, 0], estimates: [0.1, 1.0],
                                               covariance: Matrix(rowMajor: [[0.04, 0.01], [0.01, 0.09]]))
        let intervals = [ParallelTrendsSensitivityResult.RobustInterval(bound: 0, low: 0.5, high: 1.5),
                         .init(bound: 1, low: -0.2, high: 2.0), .init(bound: 2, low: nil, high: nil)]
        let result = ParallelTrendsSensitivityResult(
            specification: try ParallelTrendsSensitivitySpecification(relativeMagnitudes: [0, 1, 2]),
            coefficients: input, estimate: 1, standardError: 0.3, originalLow: 0.412, originalHigh: 1.588,
            relativeMagnitudes: intervals, smoothness: [], notes: [.emptySet(mbar: 2)])
        // M̄ = 1 contains zero, so the breakdown is 0 even though the (empty) set at 2 excludes it.
        #expect(result.breakdownMbar == 0)
        guard case let .object(members) = result.jsonValue else { Issue.record("not an object"); return }
        #expect(members.map(\.key).prefix(8) == ["target", "estimate", "std_error", "original", "relative_magnitudes",
                                                  "breakdown_mbar", "smoothness", "breakdown_m"])
        let table = try #require(result.reportTables(language: .en).first)
        #expect(table.rows.count == 4)
        #expect(table.rows[0][0].displayText(.en) == "Original")
        #expect(table.rows[3][2] == .empty)
        #expect(table.chart?.intervalColumns?.low == "ci_low")
        #expect(table.notes.contains { $0.en.contains("Breakdown value M̄ = 0") })
    }
}

/// The repository root, for fixture files read directly.
enum CLIRunnerPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
