import Foundation
import Testing
import Impact

/// The library tour of README.md, run as written: if the README's example stops compiling
/// or its printed numbers change, this test fails.
@Suite("README library tour")
struct ReadmeTourTests {
    @Test("the seed's evaluation and a clustered two-way fixed-effects regression")
    func tour() throws {
        let root = CLIRunner.repositoryRoot
        // README: library tour, part 1.
        let report = try EvaluationReport.load(
            directory: root.appendingPathComponent("datasets/chaoyang-2024"))
        let sheet = report.scoreSheet
        #expect(String(format: "%.2f %@", sheet.total, sheet.grade.label.zh) == "99.55 优")
        let pulls = report.sectorEffects.effects.map { String(format: "%.2f", $0.pull) }
        #expect(pulls == ["8.20", "2.97", "2.53", "3.26"])
        let markdown = String(decoding: ReportRenderer.render(report, format: .md, language: .en), as: UTF8.self)
        #expect(markdown.contains("| 99.55 |"))

        // README: library tour, part 2 (peer values: pyfixest 0.60.0, fixture twfe_balanced).
        let path = root.appendingPathComponent(
            "Tests/ImpactTests/Fixtures/reference/twfe_balanced/data.csv").path
        let panel = try CSVReader.read(path: path)
        let frame = try ModelFrame(formula: "y ~ x1 + x2 | firm_id + year", table: panel)
        let result = try LinearRegression.estimate(frame)
        #expect(result.estimator.label == "cluster:firm_id")
        let x1 = try #require(result.coefficient("x1"))
        #expect(abs(x1.estimate - 1.2163264) < 1e-6)
        #expect(abs(x1.standardError - 0.0274568) < 1e-6)
        #expect(result.clusterCount == 200)
        let robust = try result.reestimated(vcov: .hc1)
        #expect(robust.estimator == .hc1 && result.estimator == .cluster(["firm_id"]))
        let json = ReportRenderer.render(result, format: .json, language: .en)
        #expect(String(decoding: json, as: UTF8.self).hasPrefix("{\n  \"nobs\": \(result.observationCount),\n  \"r2\": "))
    }
}
