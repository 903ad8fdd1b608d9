import Foundation
import Testing
@testable import Impact

/// 2SLS against pyfixest 0.60.0 and linearmodels 7.1 on `Fixtures/reference/iv`
/// (`generate.py` holds every call; README.md lists them). Tolerance: relative 1e-6 on
/// coefficients, standard errors, first-stage F, effective F and Wu–Hausman.
@Suite("Instrumental variables against pyfixest and linearmodels")
struct InstrumentalVariablesReferenceTests {
    static let variances: [(label: String, estimator: VarianceEstimator)] = [
        ("iid", .iid), ("hc1", .hc1), ("cluster:firm", .cluster(["firm"])), ("cluster:firm,year", .cluster(["firm", "year"])),
    ]

    let fixture: ReferenceFixture

    init() throws { fixture = try ReferenceFixture("iv") }

    func estimate(_ formula: String, _ estimator: VarianceEstimator,
                  weights: String? = nil) throws -> InstrumentalVariablesResult {
        let parsed = try Formula(formula)
        let variance = VarianceChoice(estimator)
        let design = try InstrumentalFrame(formula: parsed, table: fixture.table, weights: weights,
                                           clusters: variance.clusterVariables(for: parsed))
        return try InstrumentalVariables.fit(design).result(variance: variance)
    }

    /// Expected values of `peer` for `names` from a `{name: value}` object.
    func values(_ object: ReferenceJSON, _ names: [String]) -> [Double] {
        names.map { object[$0].double ?? .nan }
    }

    @Test("Coefficients, standard errors, first-stage F and effective F agree with pyfixest",
          arguments: ["strong_just_identified", "over_identified", "weak", "fixed_effects", "weighted"])
    func pyfixestAgreement(_ name: String) throws {
        let expected = fixture.expected["cases"][name]
        let formula = try #require(expected["formula"].string)
        for (label, estimator) in Self.variances {
            let peer = expected["vcov"][label]["pyfixest"]
            guard peer["coefficients"].raw is [String: Any] else { continue }
            let result = try estimate(formula, estimator, weights: expected["weights"].string)
            let terms = result.secondStage.coefficients.map(\.term)
            expectClose(result.secondStage.values(terms, \.estimate), values(peer["coefficients"], terms), "\(name) \(label) b")
            expectClose(result.secondStage.values(terms, \.standardError), values(peer["std_errors"], terms), "\(name) \(label) se")
            // pyfixest clusters the first stage by the first cluster variable only.
            guard label != "cluster:firm,year" else { continue }
            let first = try #require(result.firstStages.first)
            let firstTerms = first.regression.coefficients.map(\.term)
            expectClose(first.regression.values(firstTerms, \.estimate),
                        values(peer["first_stage_coefficients"], firstTerms), "\(name) \(label) first-stage b")
            expectClose(first.regression.values(firstTerms, \.standardError),
                        values(peer["first_stage_std_errors"], firstTerms), "\(name) \(label) first-stage se")
            expectClose([first.strengthF.statistic], [peer["first_stage_f"].double ?? .nan], "\(name) \(label) F")
            expectClose([first.effectiveF ?? .nan], [peer["effective_f"].double ?? .nan], "\(name) \(label) effective F")
        }
    }

    @Test("Coefficients, standard errors, first-stage Wald and Wu–Hausman agree with linearmodels",
          arguments: ["strong_just_identified", "over_identified", "weak", "fixed_effects", "weighted", "two_endogenous"])
    func linearmodelsAgreement(_ name: String) throws {
        let expected = fixture.expected["cases"][name]
        let formula = try #require(expected["formula"].string)
        for (label, estimator) in Self.variances {
            let peer = expected["vcov"][label]["linearmodels"]
            guard peer["coefficients"].raw is [String: Any] else { continue }
            let result = try estimate(formula, estimator, weights: expected["weights"].string)
            let terms = result.secondStage.coefficients.map(\.term)
            expectClose(result.secondStage.values(terms, \.estimate), values(peer["coefficients"], terms), "\(name) \(label) b")
            // linearmodels counts every dummy in the clustered factor (its own convention).
            if !(name == "fixed_effects" && label.hasPrefix("cluster")) {
                expectClose(result.secondStage.values(terms, \.standardError), values(peer["std_errors"], terms),
                            "\(name) \(label) se")
            }
            let test = try #require(result.wuHausman)
            expectClose([test.statistic, test.pValue], [peer["wu_hausman"]["statistic"].double ?? .nan,
                                                         peer["wu_hausman"]["p_value"].double ?? .nan], "\(name) Wu–Hausman")
            #expect(test.denominatorDegrees == Double(peer["wu_hausman"]["df_denom"].int ?? -1))
            guard !(name == "fixed_effects" && label.hasPrefix("cluster")) else { continue }
            // linearmodels' f.stat is the classical F under "unadjusted", else the Wald χ² (q·F).
            for first in result.firstStages {
                let statistic = peer["first_stage_partial_f"][first.endogenous]["f_stat"].double ?? .nan
                let q = label == "iid" ? 1 : first.strengthF.numeratorDegrees
                expectClose([first.strengthF.statistic * q], [statistic],
                            "\(name) \(label) first-stage F of \(first.endogenous)")
            }
        }
    }
}
