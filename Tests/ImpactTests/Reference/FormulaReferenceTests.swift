import Foundation
import Testing
@testable import Impact

/// `formulas`: pyfixest 0.60.0 `feols` with `I()`, `np.log`, `poly(…, raw=True)`, weights
/// `1/inc`, a subset (`DataFrame.query`), `fsplit=` and a pooled cross-section DiD; the exact
/// calls are in `Fixtures/reference/formulas/make_expected.py` and its README. Coefficients
/// and standard errors agree to 1e-8 (relative).
@Suite("Reference: formulas, subsets, split, pooled DiD (pyfixest)")
struct FormulaReferenceTests {
    static let base: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("reference").appendingPathComponent("formulas")
    static var expected: ReferenceJSON {
        get throws {
            let data = try Data(contentsOf: base.appendingPathComponent("expected.json"))
            return ReferenceJSON(try JSONSerialization.jsonObject(with: data))
        }
    }

    static func path(_ file: String) -> String { base.appendingPathComponent(file).path }

    /// The request a model's `impact` block describes, on `wages.csv`.
    static func request(_ model: ReferenceJSON, file: String = "wages.csv") throws -> RegressionRequest {
        let impact = model["impact"]
        return RegressionRequest(
            path: path(file), formulas: [try Formula(impact["formula"].string!)], weights: impact["weights"].string,
            variance: VarianceChoice(VarianceEstimator(label: impact["vcov"].string!)),
            subset: try impact["subset"].string.map { try RowSubset($0) }, split: impact["split"].string)
    }

    static func check(_ result: RegressionResult, _ model: ReferenceJSON, _ what: String) {
        let names = model["impact_names"].strings
        #expect(result.coefficients.map(\.term) == names, "\(what): names")
        #expect(result.observationCount == model["nobs"].int, "\(what): nobs")
        expectClose(result.values(names, \.estimate), model["coef"].doubles, relative: 1e-8, "\(what) coef")
        expectClose(result.values(names, \.standardError), model["se"].doubles, relative: 1e-8, "\(what) se")
    }

    @Test("I(), log(), poly(raw), log1p/exp/abs with fixed effects, transformed weights: coefficients and SEs to 1e-8",
          arguments: ["squared_iid", "squared_hc1", "weights_inverse", "poly_raw", "functions_fe", "subset_ky",
                      "subset_in_not"])
    func model(_ name: String) throws {
        let model = try Self.expected["models"][name]
        let estimates = try Self.request(model).estimates()
        #expect(estimates.results.count == 1)
        Self.check(estimates.results[0], model, name)
        if let kept = model["rows_kept"].int {
            #expect(estimates.subset == SubsetSummary(expression: model["impact"]["subset"].string!, rowsKept: kept,
                                                      rowsTotal: 300))
        }
    }

    @Test("--split sector: the full sample and one model per level, as fsplit=; 24 rows with sqrt() of a negative value dropped")
    func split() throws {
        let block = try Self.expected["models"]["split_sector"]
        let estimates = try Self.request(block).estimates()
        #expect(estimates.samples == [.full, .level(variable: "sector", level: "manu"),
                                      .level(variable: "sector", level: "serv"), .level(variable: "sector", level: "tech")])
        for (result, model) in zip(estimates.results, block["models"].array) {
            Self.check(result, model, model["sample"].string!)
        }
        #expect(estimates.results[0].notes.contains(.rowsDropped(reason: .sqrtOfNegative, count: 24)))
    }

    @Test("pooled cross-section DiD without a unit column (houses in 1978 and 1981): HC1 by default, iid on request")
    func pooledDifferenceInDifferences() throws {
        let table = try CSVReader.read(path: Self.path("houses.csv"))
        for (name, vcov) in [("did_pooled_hc1", VarianceEstimator?.none), ("did_pooled_iid", .iid)] {
            let model = try Self.expected["models"][name]
            let specification = DifferenceInDifferencesSpecification(
                outcome: "price", unit: "firm_id", time: "year", treated: "nearinc", post: "y81", vcov: vcov)
            let result = try DifferenceInDifferences.estimate(table, specification)
            Self.check(result.regression, model, name)
            #expect(result.att.term == "nearinc:y81")
            #expect(result.notes == [.pooledCrossSection(unit: "firm_id", defaultVariance: vcov == nil)])
            #expect(result.treatedUnits + result.controlUnits == 300)
        }
        let controls = try Self.expected["models"]["did_log_controls"]
        Self.check(try Self.request(controls, file: "houses.csv").estimate()[0], controls, "did_log_controls")
    }

    @Test("a panel DiD still needs its unit column when it clusters by it (the default)")
    func panelNeedsUnit() throws {
        let table = try CSVReader.read(path: Self.path("houses.csv"))
        let twoWay = DifferenceInDifferencesSpecification(outcome: "price", unit: "firm_id", time: "year",
                                                          treated: "nearinc", post: "y81", design: .twoWayFixedEffects)
        #expect(throws: PolicyEffectError.self) { try DifferenceInDifferences.estimate(table, twoWay) }
        let clustered = DifferenceInDifferencesSpecification(outcome: "price", unit: "firm_id", time: "year",
                                                             treated: "nearinc", post: "y81", vcov: .cluster(["firm_id"]))
        #expect(throws: PolicyEffectError.self) { try DifferenceInDifferences.estimate(table, clustered) }
    }
}
