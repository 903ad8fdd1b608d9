import Foundation
import Testing
@testable import Impact

/// `i(rel_year_es, ref=-1) | firm_id + year` against pyfixest 0.60.0 on the staggered
/// event-study fixture (Fixtures/design/event_study_staggered; the exact call is in its
/// expected.json under models.pyfixest_event_study.fits.CRV1_firm.call).
@Suite("Event-time dummies against pyfixest")
struct EventTimeReferenceTests {
    private func fixture() throws -> (table: Table, expected: [String: Any]) {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("design/event_study_staggered")
        let raw = try CSVReader.read(path: folder.appendingPathComponent("data.csv").path)
        // rel_year_es: rel_year with never-treated rows (blank) set to -1, as the fixture says.
        let relYear = try raw.numeric("rel_year")
        let filled = relYear.values.indices.map { relYear[$0] ?? -1 }
        let table = try Table(columns: zip(raw.columnNames, raw.columns).map { ($0, $1) }
            + [("rel_year_es", .numeric(NumericColumn(values: filled)))])
        let data = try Data(contentsOf: folder.appendingPathComponent("expected.json"))
        let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let models = try #require(json["models"] as? [String: Any])
        return (table, try #require(models["pyfixest_event_study"] as? [String: Any]))
    }

    @Test("names, coefficients and CRV1 standard errors agree to 1e-6")
    func agreesWithPyfixest() throws {
        let (table, model) = try fixture()
        let frame = try ModelFrame(formula: "y ~ i(rel_year_es, ref=-1) | firm_id + year", table: table,
                                   clusters: ["firm_id"])
        let names = try #require(model["coef_names"] as? [String])
        #expect(frame.regressorNames == names)
        #expect(frame.observationCount == model["nobs"] as? Int)
        // Each row has at most one indicator, and never-treated rows (rel_year_es = -1) none.
        for row in 0..<frame.observationCount {
            let ones = (0..<names.count).map { frame.regressors[row, $0] }.reduce(0, +)
            #expect(ones <= 1)
        }
        let result = try LinearRegression.estimate(frame, vcov: .cluster(["firm_id"]))
        let coef = try #require(model["coef"] as? [Double])
        let fits = try #require(model["fits"] as? [String: Any])
        let se = try #require((fits["CRV1_firm"] as? [String: Any])?["se"] as? [Double])
        #expect(result.coefficients.map(\.term) == names)
        for (estimate, (b, s)) in zip(result.coefficients, zip(coef, se)) {
            #expect(abs(estimate.estimate - b) <= 1e-6 * max(abs(b), 1e-4), "\(estimate.term)")
            #expect(abs(estimate.standardError - s) <= 1e-6 * s, "\(estimate.term)")
        }
    }
}
