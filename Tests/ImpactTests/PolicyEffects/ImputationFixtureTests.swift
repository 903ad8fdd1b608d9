import Foundation
import Testing
@testable import Impact

/// The imputation estimator against diff-diff 3.13.0's `ImputationDiD` (conservative
/// Theorem-3 standard errors, cohort × horizon auxiliary partition, no leave-one-out), which
/// agrees with a dense numpy transcription of the paper to 1e-11, and whose point estimates
/// pyfixest 0.60.0's two-stage `did2s` reproduces to 1e-6. Exact calls and versions in
/// `Fixtures/reference/imputation/expected.json` and its README.
@Suite("Imputation estimator against diff-diff and pyfixest (fixtures)")
struct ImputationFixtureTests {
    static func cases() throws -> [String: Any] {
        let data = try Data(contentsOf: try PolicyFixture.url("imputation", "expected.json"))
        let root = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(root["cases"] as? [String: Any])
    }

    @Test("overall ATT, event-time effects, conservative standard errors and counts", arguments: [
        "event_study_staggered", "unbalanced", "unbalanced_covariate",
    ])
    func agreement(name: String) throws {
        let expected = try #require(try Self.cases()[name] as? [String: Any])
        let path = try #require(expected["data"] as? String)
        let table = try CSVReader.read(path: try PolicyFixture.url("imputation", path).path)
        let specification = ImputationSpecification(
            id: expected["unit"] as! String, time: expected["time"] as! String, cohort: expected["cohort"] as! String,
            outcome: expected["outcome"] as! String, covariates: expected["covariates"] as! [String])
        let result = try ImputationEstimator().estimate(table, specification: specification)
        let overall = try #require(expected["overall"] as? [String: Any])
        #expect(isClose(result.overall.estimate, overall["estimate"] as! Double, relative: 1e-8), "\(name) ATT")
        #expect(isClose(result.overall.standardError, overall["std_error"] as! Double), "\(name) ATT se")
        #expect(result.overall.observations == overall["n_treated"] as? Int)
        let events = try #require(expected["event_study"] as? [[String: Any]])
        #expect(result.eventStudy.map(\.eventTime) == events.map { $0["event_time"] as? Int })
        for (point, reference) in zip(result.eventStudy, events) {
            let h = point.eventTime ?? -1
            #expect(isClose(point.estimate, reference["estimate"] as! Double, relative: 1e-8), "\(name) h=\(h)")
            #expect(isClose(point.standardError, reference["std_error"] as! Double), "\(name) se h=\(h)")
            #expect(point.observations == reference["n_treated"] as? Int)
        }
        let coefficients = try #require(expected["covariate_coefficients"] as? [Double])
        #expect(result.covariateCoefficients.count == coefficients.count)
        for (mine, theirs) in zip(result.covariateCoefficients, coefficients) {
            #expect(isClose(mine, theirs, relative: 1e-8), "\(name) β")
        }
    }

    @Test("pyfixest's two-stage point estimates agree to 1e-6")
    func twoStage() throws {
        for name in ["event_study_staggered", "unbalanced", "unbalanced_covariate"] {
            let expected = try #require(try Self.cases()[name] as? [String: Any])
            let table = try CSVReader.read(path: try PolicyFixture.url("imputation", expected["data"] as! String).path)
            let result = try ImputationEstimator().estimate(table, specification: ImputationSpecification(
                id: expected["unit"] as! String, time: expected["time"] as! String,
                cohort: expected["cohort"] as! String, outcome: expected["outcome"] as! String,
                covariates: expected["covariates"] as! [String]))
            let twoStage = try #require(expected["did2s_point_estimates"] as? [String: Any])
            #expect(isClose(result.overall.estimate, twoStage["overall"] as! Double), "\(name) did2s ATT")
            let events = try #require(twoStage["event_study"] as? [String: Double])
            for point in result.eventStudy {
                let reference = try #require(events["rel::\(point.eventTime ?? -1)"])
                #expect(isClose(point.estimate, reference), "\(name) did2s h=\(point.eventTime ?? -1)")
            }
        }
    }

    @Test("did_imputation 0.1.0 (Stata's port, iterations to 1e-6): estimates and standard errors to 1e-6")
    func statPort() throws {
        for name in ["event_study_staggered", "unbalanced", "unbalanced_covariate"] {
            let expected = try #require(try Self.cases()[name] as? [String: Any])
            let table = try CSVReader.read(path: try PolicyFixture.url("imputation", expected["data"] as! String).path)
            let result = try ImputationEstimator().estimate(table, specification: ImputationSpecification(
                id: expected["unit"] as! String, time: expected["time"] as! String,
                cohort: expected["cohort"] as! String, outcome: expected["outcome"] as! String,
                covariates: expected["covariates"] as! [String]))
            let port = try #require(expected["did_imputation_0_1_0"] as? [String: Any])
            let overall = try #require(port["overall"] as? [String: Double])
            #expect(isClose(result.overall.estimate, overall["estimate"]!), "\(name) port ATT")
            #expect(isClose(result.overall.standardError, overall["std_error"]!), "\(name) port se")
            let events = try #require(port["event_study"] as? [[String: Double]])
            #expect(events.count == result.eventStudy.count)
            for (point, reference) in zip(result.eventStudy, events) {
                #expect(Double(point.eventTime ?? -1) == reference["event_time"])
                #expect(isClose(point.estimate, reference["estimate"]!), "\(name) port h=\(point.eventTime ?? -1)")
                #expect(isClose(point.standardError, reference["std_error"]!), "\(name) port se h=\(point.eventTime ?? -1)")
            }
        }
    }

    @Test("pre-trend leads, CR1 standard errors and the joint F test against pyfixest feols on the untreated rows", arguments: [
        "event_study_staggered", "unbalanced", "unbalanced_covariate",
    ])
    func pretrend(name: String) throws {
        let expected = try #require(try Self.cases()[name] as? [String: Any])
        let table = try CSVReader.read(path: try PolicyFixture.url("imputation", expected["data"] as! String).path)
        let result = try ImputationEstimator().estimate(table, specification: ImputationSpecification(
            id: expected["unit"] as! String, time: expected["time"] as! String,
            cohort: expected["cohort"] as! String, outcome: expected["outcome"] as! String,
            covariates: expected["covariates"] as! [String]))
        let reference = try #require(expected["pretrend"] as? [String: Any])
        let pretrend = try #require(result.pretrend)
        let leads = try #require(reference["leads"] as? [[String: Any]])
        #expect(pretrend.leads.map(\.eventTime) == leads.map { $0["event_time"] as! Int })
        for (lead, theirs) in zip(pretrend.leads, leads) {
            #expect(isClose(lead.estimate, theirs["estimate"] as! Double), "\(name) lead \(lead.eventTime)")
            #expect(isClose(lead.standardError, theirs["std_error"] as! Double), "\(name) lead se \(lead.eventTime)")
        }
        let test = try #require(pretrend.test)
        #expect(isClose(test.statistic, reference["f_statistic"] as! Double), "\(name) F")
        #expect(test.numeratorDegrees == reference["df1"] as? Double && test.denominatorDegrees == reference["df2"] as? Double)
        #expect(isClose(test.pValue, reference["p_value"] as! Double), "\(name) p")
    }

    @Test("the firm treated from its first row is left out, with a note")
    func notImputable() throws {
        let table = try CSVReader.read(path: try PolicyFixture.url("imputation", "data.csv").path)
        let result = try ImputationEstimator().estimate(table, specification: ImputationSpecification(
            id: "firm", time: "year", cohort: "first_year", outcome: "y"))
        #expect(result.notes == [.treatedRowsNotImputable(count: 5, example: "F002")])
        #expect(result.observationCount + 5 == table.rowCount)
    }
}
