import Foundation
import Testing
@testable import Impact

/// Six units with given scores, worked by hand:
///
///     unit  treated  p     y
///     T1    yes      0.30  10
///     T2    yes      0.50  14
///     T3    yes      0.72  20
///     C1    no       0.20   6
///     C2    no       0.35   9
///     C3    no       0.60  11
func sixUnits(covariate: [Double] = [1, 2, 3, 2, 4, 6]) throws -> PropensitySample {
    try PropensitySample(treated: [true, true, true, false, false, false],
                         outcome: [10, 14, 20, 6, 9, 11],
                         covariates: Matrix(columns: [covariate]), covariateNames: ["x"],
                         propensity: [0.30, 0.50, 0.72, 0.20, 0.35, 0.60])
}

@Suite("Propensity weighting, support and balance worked by hand")
struct PropensityTests {
    @Test("standardized mean difference by hand")
    func standardizedDifference() throws {
        // Treated x = 1, 2, 3 (mean 2, s² 1); controls 2, 4, 6 (mean 4, s² 4):
        // SMD = (2 − 4)/sqrt((1 + 4)/2) = −2/sqrt(2.5).
        let sample = try sixUnits()
        let table = PropensityBalanceTable(sample: sample, weights: [1, 1, 1, 1, 1, 1])
        let row = table.rows[0]
        #expect(row.covariate == "x")
        #expect(abs(row.treatedMean - 2) < 1e-12 && abs(row.controlMean - 4) < 1e-12)
        #expect(abs(row.standardizedDifference + 2 / 2.5.squareRoot()) < 1e-12)
        // Weights 0, 0, 1 on the controls: adjusted control mean 6, same denominator.
        let weighted = PropensityBalanceTable(sample: sample, weights: [1, 1, 1, 0, 0, 1])
        #expect(abs(weighted.rows[0].adjustedControlMean - 6) < 1e-12)
        #expect(abs(weighted.rows[0].adjustedStandardizedDifference + 4 / 2.5.squareRoot()) < 1e-12)
    }

    @Test("min/max common support trims one treated and one control unit")
    func commonSupport() throws {
        // Treated scores 0.30–0.72, controls 0.20–0.60: support [0.30, 0.60].
        let support = try PropensityCommonSupport(minMaxOf: try sixUnits())
        #expect(support.lower == 0.30 && support.upper == 0.60)
        #expect(support.isOnSupport == [true, true, false, false, true, true])
        #expect(support.trimmedTreated == 1 && support.trimmedControls == 1 && support.trimmedCount == 2)
    }

    @Test("IPW ATT and its standard error with given scores, by hand")
    func weighting() throws {
        let effect = try PropensityWeighting().estimate(try sixUnits())
        // Control weights p/(1 − p): 0.25, 7/13, 1.5.
        let w = [0.25, 7.0 / 13, 1.5], yc = [6.0, 9, 11], yt = [10.0, 14, 20]
        let mu1 = 44.0 / 3
        let mu0 = (w[0] * yc[0] + w[1] * yc[1] + w[2] * yc[2]) / (w[0] + w[1] + w[2])
        #expect(abs(effect.att - (mu1 - mu0)) < 1e-12)
        // IF: treated (y − μ1)/π with π = 3/6; controls −w(y − μ0)/ω with ω = Σw/6.
        let omega = (w[0] + w[1] + w[2]) / 6
        var squares = 0.0
        for y in yt { squares += ((y - mu1) / 0.5) * ((y - mu1) / 0.5) }
        for k in 0..<3 { squares += (w[k] * (yc[k] - mu0) / omega) * (w[k] * (yc[k] - mu0) / omega) }
        #expect(abs(effect.standardError - squares.squareRoot() / 6) < 1e-12)
        #expect(effect.treatedCount == 3 && effect.controlCount == 3 && effect.support.trimmedCount == 0)
        // Naive: 44/3 − 26/3.
        #expect(abs(effect.naiveDifference - 6) < 1e-12)
        // Balance after weighting: control mean of x = (0.25·2 + 7/13·4 + 1.5·6)/Σw.
        let adjusted = (0.25 * 2 + 7.0 / 13 * 4 + 1.5 * 6) / (w[0] + w[1] + w[2])
        #expect(abs(effect.balance.rows[0].adjustedControlMean - adjusted) < 1e-12)
        #expect(effect.method == .inverseProbabilityWeighting)
    }

    @Test("IPW does not trim by default; with trimming it uses the common support")
    func weightingTrims() throws {
        #expect(!PropensityWeighting().trimsToCommonSupport)
        let effect = try PropensityWeighting(trimsToCommonSupport: true).estimate(try sixUnits())
        // T1, T2 against C2 (7/13), C3 (1.5): 12 − (7/13·9 + 1.5·11)/(7/13 + 1.5).
        let expected = 12 - (7.0 / 13 * 9 + 1.5 * 11) / (7.0 / 13 + 1.5)
        #expect(abs(effect.att - expected) < 1e-12)
        #expect(effect.support.trimmedTreated == 1 && effect.support.trimmedControls == 1)
        #expect(effect.weights.count == 6)
        for (weight, expected) in zip(effect.weights, [1, 1, 0, 0, 7.0 / 13, 1.5]) {
            #expect(abs(weight - expected) < 1e-12)
        }
    }

    @Test("errors: no overlap, scores outside (0, 1), one group only")
    func errors() throws {
        #expect(throws: PropensityError.noCommonSupport(treatedRange: 0.6...0.8, controlRange: 0.2...0.4)) {
            let sample = try PropensitySample(treated: [true, true, false, false], outcome: [1, 2, 3, 4],
                                              covariates: Matrix(columns: [[1, 2, 3, 4]]), covariateNames: ["x"],
                                              propensity: [0.6, 0.8, 0.2, 0.4])
            return try PropensityWeighting(trimsToCommonSupport: true).estimate(sample)
        }
        #expect(throws: PropensityError.propensityOutOfRange(value: 1, observation: 1)) {
            try PropensitySample(treated: [true, false], outcome: [1, 2], covariates: Matrix(columns: [[1, 2]]),
                                 covariateNames: ["x"], propensity: [0.5, 1])
        }
        #expect(throws: PropensityError.emptyGroup(treated: 2, controls: 0)) {
            try PropensitySample(treated: [true, true], outcome: [1, 2], covariates: Matrix(columns: [[1, 2]]),
                                 covariateNames: ["x"], propensity: [0.5, 0.4])
        }
    }

    @Test("a table sample drops incomplete rows and fits the propensity logit")
    func fromTable() throws {
        let x: [Double?] = [0.1, 1.5, -0.3, 2.2, nil, -1.1, 0.7, 1.9, -0.8, 0.4, 1.1, -1.6]
        let d: [Double?] = [0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 0, 1]
        let y: [Double?] = [1, 3, 0.5, 4, 2, nil, 2.5, 3.5, 0.2, 1.1, 1.4, 2.0]
        let table = try Table(columns: [("d", .numeric(NumericColumn(d))), ("y", .numeric(NumericColumn(y))),
                                        ("x", .numeric(NumericColumn(x)))])
        let sample = try PropensitySample(table: table, treatment: "d", outcome: "y", covariates: ["x"])
        #expect(sample.sourceRows == [0, 1, 2, 3, 6, 7, 8, 9, 10, 11])
        #expect(sample.count == 10 && sample.treatedCount == 5)
        let logit = try #require(sample.logit)
        #expect(logit.coefficientNames == ["Intercept", "x"])
        #expect(sample.propensity == logit.fittedProbabilities)
        let bad = try Table(columns: [("d", .numeric(NumericColumn([0, 2]))), ("y", .numeric(NumericColumn([1, 2]))),
                                      ("x", .numeric(NumericColumn([1, 2])))])
        #expect(throws: PropensityError.treatmentNotBinary(value: 2, row: 1)) {
            try PropensitySample(table: bad, treatment: "d", outcome: "y", covariates: ["x"])
        }
        #expect(throws: PropensityError.table(.unknownColumn("xx", nearest: "x"))) {
            try PropensitySample(table: table, treatment: "d", outcome: "y", covariates: ["xx"])
        }
    }

    @Test("a formula sample with a categorical covariate equals hand-made dummies")
    func fromFormula() throws {
        let x: [Double?] = [0.1, 1.5, -0.3, 2.2, 0.9, -1.1, 0.7, 1.9, -0.8, 0.4, 1.1, -1.6]
        let d: [Double?] = [0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1]
        let y: [Double?] = [1, 3, 0.5, 4, nil, 2, 2.5, 3.5, 0.2, 1.1, 1.4, 2.0]
        let sector: [String?] = ["a", "b", "a", "b", "a", "b", "a", "b", "b", "a", "b", "a"]
        let dummy: [Double?] = sector.map { $0 == "b" ? 1 : 0 }
        let table = try Table(columns: [
            ("d", .numeric(NumericColumn(d))), ("y", .numeric(NumericColumn(y))),
            ("x", .numeric(NumericColumn(x))), ("sector", .categorical(CategoricalColumn(sector))),
            ("sector_b", .numeric(NumericColumn(dummy))),
        ])
        let viaFormula = try PropensitySample(table: table, formula: "d ~ x + C(sector)", outcome: "y")
        let byHand = try PropensitySample(table: table, treatment: "d", outcome: "y", covariates: ["x", "sector_b"])
        // Row 4 has no outcome and is left out of both, logit included.
        #expect(viaFormula.sourceRows == byHand.sourceRows && !viaFormula.sourceRows.contains(4))
        #expect(viaFormula.covariateNames == ["x", "C(sector)[T.b]"])
        for (a, b) in zip(viaFormula.propensity, byHand.propensity) { #expect(abs(a - b) < 1e-12) }
        #expect(throws: PropensityError.self) {
            try PropensitySample(table: table, formula: "d ~ x + nosuch", outcome: "y")
        }
    }

    @Test("identity: the IPW ATT is the WLS coefficient of y on the treatment with the IPW weights")
    func weightingEqualsWeightedRegression() throws {
        var generator = SplitMix64(seed: 5)
        let sample = try PropensityMonteCarloTests.draw(&generator, units: 300)
        let effect = try PropensityWeighting().estimate(sample)
        let table = try Table(columns: [
            ("y", .numeric(NumericColumn(values: sample.outcome))),
            ("d", .numeric(NumericColumn(values: sample.treated.map { $0 ? 1 : 0 }))),
            ("w", .numeric(NumericColumn(values: effect.weights))),
        ])
        let regression = try LinearRegression.estimate(try ModelFrame(formula: "y ~ d", table: table, weights: "w"))
        let slope = try #require(regression.coefficient("d")).estimate
        #expect(abs(slope - effect.att) < 1e-10 * max(1, abs(slope)))
    }
}
