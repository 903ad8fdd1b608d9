import Foundation
import Testing
@testable import Impact

/// Callaway–Sant'Anna on repeated cross-sections (`panel=False`) and on an unbalanced panel
/// (`allow_unbalanced_panel=True`) against csdid 0.4.3 / drdid 1.1.7 (fixture
/// reference/staggered_rc: simulated cross-sections whose covariates predict the cohort,
/// and mpdta with about 10 % of its county-years deleted; the exact calls are in
/// `expected.json` under each case's `call`, the generator beside it).
@Suite("Callaway–Sant'Anna on repeated cross-sections and unbalanced panels against csdid (staggered_rc)")
struct StaggeredCrossSectionFixtureTests {
    static let fixture = "staggered_rc"

    /// Fits a case as csdid did, through the table entry point.
    static func fit(_ spec: [String: Any]) throws -> StaggeredResult {
        let file = try #require(spec["data"] as? String)
        let table = try CSVReader.read(path: PolicyFixture.url(fixture, file).path)
        let unbalanced = spec["allow_unbalanced_panel"] as? Bool == true
        let covariates = try #require(spec["covariates"] as? [String])
        let methodName = try #require(spec["method"] as? String)
        let method = try #require(StaggeredEstimationMethod(rawValue: methodName))
        let control: StaggeredControlGroup = spec["control_group"] as? String == "nevertreated" ? .neverTreated : .notYetTreated
        return try CallawaySantAnna(controlGroup: control, method: method).estimate(
            table, id: unbalanced ? "countyreal" : "firm", time: "year", cohort: unbalanced ? "first.treat" : "cohort",
            outcome: unbalanced ? "lemp" : "y", covariates: covariates,
            layout: unbalanced ? .unbalancedPanel : .repeatedCrossSections)
    }

    @Test("ATT(g,t), analytic SEs and every aggregation agree to 1e-6",
          arguments: ["rc_dr_nevertreated", "rc_dr_notyettreated", "rc_ipw_nevertreated", "rc_ipw_notyettreated",
                      "rc_reg_nevertreated", "rc_reg_notyettreated", "rc_dr_nevertreated_nocovariates",
                      "unbalanced_dr_nevertreated", "unbalanced_dr_notyettreated", "unbalanced_ipw_nevertreated",
                      "unbalanced_ipw_notyettreated", "unbalanced_reg_nevertreated", "unbalanced_reg_notyettreated",
                      "unbalanced_dr_notyettreated_nocovariates"])
    func agreement(_ name: String) throws {
        let spec = try #require(try StaggeredCovariateFixtureTests.casesOf(Self.fixture)[name])
        let result = try Self.fit(spec)
        let cells = try #require(spec["att_gt"] as? [[String: Any]])
        #expect(cells.count == result.effects.count, "\(name): cell count")
        for cell in cells {
            let g = try #require(cell["g"] as? Int), t = try #require(cell["t"] as? Int)
            let effect = try #require(result.effects.first { $0.group == g && $0.period == t }, "\(name) (\(g),\(t))")
            let att = try #require(cell["att"] as? Double), se = try #require(cell["se"] as? Double)
            #expect(isClose(effect.att, att), "\(name) ATT(\(g),\(t)) = \(effect.att), csdid \(att)")
            #expect(isClose(effect.standardError, se), "\(name) SE(\(g),\(t)) = \(effect.standardError), csdid \(se)")
        }
        try StaggeredCovariateFixtureTests().checkAggregations(result, spec, name)
    }

    @Test("repeated cross-sections: one unit per row; unbalanced panel: one unit per county")
    func unitsAndClusters() throws {
        let rc = try CSVReader.read(path: PolicyFixture.url(Self.fixture, "cross_sections.csv").path)
        let sample = try StaggeredCrossSections(table: rc, id: nil, time: "year", cohort: "cohort", outcome: "y",
                                                followsUnits: false)
        #expect(sample.unitCount == rc.rowCount && sample.observationCount == 1500 && sample.periods.count == 6)
        let panel = try CSVReader.read(path: PolicyFixture.url(Self.fixture, "mpdta_unbalanced.csv").path)
        let unbalanced = try StaggeredCrossSections(table: panel, id: "countyreal", time: "year", cohort: "first.treat",
                                                    outcome: "lemp", followsUnits: true)
        #expect(unbalanced.unitCount <= 500 && unbalanced.observationCount == panel.rowCount)
        // A library caller fitting the samples directly gets their layout in the result.
        #expect(try CallawaySantAnna().fit(sample).sampleLayout == .repeatedCrossSections)
        #expect(try CallawaySantAnna().fit(unbalanced).sampleLayout == .unbalancedPanel)
        #expect(throws: StaggeredError.clusteringNeedsBalancedPanel(column: "countyreal")) {
            try CallawaySantAnna().estimate(panel, id: "countyreal", time: "year", cohort: "first.treat", outcome: "lemp",
                                            bootstrap: StaggeredMultiplierBootstrap(replications: 9, seed: 1),
                                            cluster: "countyreal", layout: .unbalancedPanel)
        }
    }
}
