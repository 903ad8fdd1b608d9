import Foundation
import Testing
import Impact

/// The library's estimate entry point: the columns it reads, the fallback when a name is
/// unknown, the variance default, several formulas.
@Suite("Regression request")
struct RegressionRequestTests {
    static let fixture = CLIRunner.repositoryRoot
        .appendingPathComponent("Tests/ImpactTests/Fixtures/reference/twfe_unbalanced_missing/data.csv").path

    @Test("reads only the formulas' columns, the weights and the cluster columns")
    func usedColumns() throws {
        let request = RegressionRequest(path: Self.fixture,
                                        formulas: [try Formula("y ~ x1 + log(x2) | firm_id + year"),
                                                   try Formula("y ~ C(sector)")],
                                        weights: "w", variance: VarianceChoice(.cluster(["region^year"])))
        #expect(request.usedColumns == ["y", "x1", "x2", "firm_id", "year", "sector", "w", "region"])
        let byDefault = RegressionRequest(path: Self.fixture, formulas: [try Formula("y ~ x1 | firm_id^year")])
        #expect(byDefault.usedColumns == ["y", "x1", "firm_id", "year"])
    }

    @Test("several formulas, the fixed-effect default, numbers equal to fitting each frame by hand")
    func estimate() throws {
        let formulas = [try Formula("y ~ x1 + x2 | firm_id + year"), try Formula("y ~ x1 + x2")]
        let results = try RegressionRequest(path: Self.fixture, formulas: formulas).estimate()
        #expect(results.map(\.estimator.label) == ["cluster:firm_id", "iid"])
        let table = try CSVReader.read(path: Self.fixture)
        for (formula, result) in zip(formulas, results) {
            let direct = try LinearRegression.estimate(try ModelFrame(formula: formula, table: table, variance: .modelDefault))
            #expect(result.coefficients == direct.coefficients)
            #expect(result.notes == direct.notes)
        }
    }

    @Test("an unknown column is reported by the design step with the nearest name")
    func unknownColumn() throws {
        let request = RegressionRequest(path: Self.fixture, formulas: [try Formula("y ~ x3")])
        #expect {
            _ = try request.estimate()
        } throws: { error in
            guard case .design(.unknownColumn("x3", _, _))? = error as? RegressionRequestError else { return false }
            return "\(error)".contains("did you mean 'x1'?")
        }
        let missing = RegressionRequest(path: "/nonexistent/panel.csv", formulas: [try Formula("y ~ x1")])
        #expect {
            _ = try missing.estimate()
        } throws: { error in
            guard case .reading? = error as? RegressionRequestError else { return false }
            return "\(error)".contains("/nonexistent/panel.csv")
        }
    }
}
