import Foundation
import Testing
@testable import Impact

/// Callaway–Sant'Anna with covariates against csdid 0.4.3 / drdid 1.1.7 (fixture
/// reference/staggered_covariates: the county panel `mpdta` of the `did` documentation with
/// `lpop`, and a simulated panel whose covariates x1, x2 predict the cohort; the exact
/// calls are in `expected.json` under each case's `call`, the generator beside it).
@Suite("Callaway–Sant'Anna with covariates against csdid (staggered_covariates)")
struct StaggeredCovariateFixtureTests {
    static let fixture = "staggered_covariates"

    /// The expected cases by name.
    static func cases() throws -> [String: [String: Any]] {
        try casesOf(fixture)
    }

    /// The expected cases of a fixture folder by name.
    static func casesOf(_ folder: String) throws -> [String: [String: Any]] {
        try #require(PolicyFixture.expected(folder)["cases"] as? [String: [String: Any]])
    }

    /// Fits a case as csdid did.
    static func fit(_ spec: [String: Any]) throws -> StaggeredResult {
        let file = try #require(spec["data"] as? String)
        let table = try CSVReader.read(path: PolicyFixture.url(fixture, file).path)
        let mpdta = file == "mpdta.csv"
        let covariates = try #require(spec["covariates"] as? [String])
        let panel = try StaggeredPanel(
            table: table, id: mpdta ? "countyreal" : "firm", time: "year", cohort: mpdta ? "first.treat" : "cohort",
            outcome: mpdta ? "lemp" : "y", covariates: covariates)
        let methodName = try #require(spec["method"] as? String)
        let method = try #require(StaggeredEstimationMethod(rawValue: methodName))
        let control: StaggeredControlGroup = spec["control_group"] as? String == "nevertreated" ? .neverTreated : .notYetTreated
        let baseName = try #require(spec["base_period"] as? String)
        let base = try #require(StaggeredBasePeriod(rawValue: baseName))
        let anticipation = try #require(spec["anticipation"] as? Int)
        return try CallawaySantAnna(controlGroup: control, basePeriod: base, method: method,
                                    anticipation: anticipation).fit(panel)
    }

    @Test("ATT(g,t), analytic SEs, pre-test and every aggregation agree to 1e-6",
          arguments: ["mpdta_dr_nevertreated", "mpdta_dr_notyettreated", "mpdta_ipw_nevertreated",
                      "mpdta_ipw_notyettreated", "mpdta_reg_nevertreated", "mpdta_reg_notyettreated",
                      "simulated_dr_nevertreated", "simulated_dr_notyettreated", "simulated_ipw_nevertreated",
                      "simulated_ipw_notyettreated", "simulated_reg_nevertreated", "simulated_reg_notyettreated",
                      "mpdta_dr_nevertreated_universal", "simulated_dr_notyettreated_universal",
                      "simulated_dr_nevertreated_anticipation1", "simulated_ipw_notyettreated_anticipation1"])
    func agreement(_ name: String) throws {
        let spec = try #require(try Self.cases()[name])
        let result = try Self.fit(spec)
        let cells = try #require(spec["att_gt"] as? [[String: Any]])
        #expect(cells.count == result.effects.count, "\(name): cell count")
        for cell in cells {
            let g = try #require(cell["g"] as? Int), t = try #require(cell["t"] as? Int)
            let effect = try #require(result.effects.first { $0.group == g && $0.period == t }, "\(name) (\(g),\(t))")
            let att = try #require(cell["att"] as? Double)
            #expect(isClose(effect.att, att), "\(name) ATT(\(g),\(t)) = \(effect.att), csdid \(att)")
            if let se = cell["se"] as? Double, se.isFinite, !effect.isReferenceCell {
                #expect(isClose(effect.standardError, se), "\(name) SE(\(g),\(t)) = \(effect.standardError), csdid \(se)")
            }
        }
        try checkPretest(result, spec, name)
        try checkAggregations(result, spec, name)
    }

    private func checkPretest(_ result: StaggeredResult, _ spec: [String: Any], _ name: String) throws {
        guard let expected = spec["pretest"] as? [String: Any] else {
            #expect(result.pretest == nil, "\(name): csdid gives no pre-test")
            return
        }
        let test = try #require(result.pretest, "\(name): pre-test missing")
        let statistic = try #require(expected["W"] as? Double)
        #expect(isClose(test.statistic, statistic), "\(name) W = \(test.statistic), csdid \(statistic)")
        // csdid rounds the p-value to five decimals, as R's did does.
        let rounded = try #require(expected["Wpval_rounded"] as? Double)
        #expect(abs(test.pValue - rounded) <= 5e-6 + 1e-12, "\(name) p = \(test.pValue), csdid \(rounded)")
    }

    func checkAggregations(_ result: StaggeredResult, _ spec: [String: Any], _ name: String) throws {
        let aggregations = try #require(spec["aggte"] as? [String: [String: Any]])
        for kind in StaggeredAggregation.allCases {
            let expected = try #require(aggregations[kind.rawValue])
            let aggregate = result.aggregate(kind)
            let att = try #require(expected["overall_att"] as? Double), se = try #require(expected["overall_se"] as? Double)
            #expect(isClose(aggregate.att, att), "\(name) \(kind) overall \(aggregate.att), csdid \(att)")
            #expect(isClose(aggregate.standardError, se), "\(name) \(kind) overall se \(aggregate.standardError), csdid \(se)")
            guard kind != .simple else { continue }
            let keys = try #require(expected["egt"] as? [Int])
            // A null se is csdid's NaN for the universal base period (our 0).
            let atts = try #require(expected["att_egt"] as? [Double]), ses = try #require(expected["se_egt"] as? [Any])
            #expect(aggregate.components.map(\.key) == keys, "\(name) \(kind) keys")
            for (component, (a, s)) in zip(aggregate.components, zip(atts, ses)) {
                #expect(isClose(component.att, a), "\(name) \(kind) \(component.key): \(component.att), csdid \(a)")
                if let s = s as? Double {
                    #expect(isClose(component.standardError, s), "\(name) \(kind) \(component.key) se: \(component.standardError), csdid \(s)")
                } else {
                    #expect(component.standardError == 0, "\(name) \(kind) \(component.key): reference se")
                }
            }
        }
    }
}
