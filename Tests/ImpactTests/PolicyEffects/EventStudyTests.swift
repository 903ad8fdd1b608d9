import Foundation
import Testing
@testable import Impact

/// `event_study_staggered` (fixtures README): pyfixest 0.60.0
/// `feols('y ~ i(rel_year_es, ref=-1) | firm_id + year', vcov={'CRV1': 'firm_id'})` with
/// never-treated rows coded to the reference.
@Suite("Event study (dynamic TWFE)")
struct EventStudyTests {
    static func specification(reference: Int = -1, binMin: Int? = nil, binMax: Int? = nil) -> EventStudySpecification {
        EventStudySpecification(outcome: "y", unit: "firm_id", time: "year", cohort: "cohort",
                                reference: reference, binMin: binMin, binMax: binMax)
    }

    @Test("defaults: reference −1, no bins, CR1 by unit")
    func defaults() {
        let spec = Self.specification()
        #expect(spec.reference == -1 && spec.binMin == nil && spec.binMax == nil)
        #expect(spec.resolvedVariance == .cluster(["firm_id"]))
        #expect(spec.eventTime(period: 2019, cohort: nil) == nil)
        #expect(Self.specification(binMin: -3, binMax: 2).eventTime(period: 2010, cohort: 2018) == -3)
        #expect(Self.specification(binMin: -3, binMax: 2).eventTime(period: 2024, cohort: 2018) == 2)
    }

    @Test("agrees with pyfixest: coefficients, CRV1 SEs, t, p, intervals, K and df")
    func fixture() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let model = fixture.expected["models"]["pyfixest_event_study"]
        let fit = model["fits"]["CRV1_firm"]
        let result = try EventStudy.estimate(fixture.table, Self.specification())
        let times = model["coef_names"].strings.map { Int($0.split(separator: ":").last!)! }
        let points = try times.map { try #require(result.estimate(at: $0)) }
        expectClose(points.map(\.estimate), model["coef"].doubles, "coef")
        expectClose(points.map(\.standardError), fit["se"].doubles, "se")
        expectClose(points.map(\.confidenceLow), fit["ci95_lower"].doubles, "ci low")
        expectClose(points.map(\.confidenceHigh), fit["ci95_upper"].doubles, "ci high")
        let terms = points.compactMap(\.term)
        expectClose(result.regression.values(terms, \.tStatistic), fit["t"].doubles, "t")
        expectAbsolute(result.regression.values(terms, \.pValue), fit["p"].doubles, "p")
        expectClose(result.regression.covarianceRows(terms), fit["vcov"].matrixRows.flatMap { $0 }, "vcov")
        #expect(result.regression.observationCount == model["nobs"].int)
        #expect(result.regression.correction.parametersCounted == fit["df_k_used_in_ssc"].int)
        #expect(result.regression.inferenceDegreesOfFreedom == fit["df_t"].double)
        #expect(result.neverTreatedUnits + result.treatedUnits == 400)
    }

    @Test("plot data: every event time −7…6 in order, the reference at 0 with a zero-width interval")
    func plotData() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let result = try EventStudy.estimate(fixture.table, Self.specification())
        #expect(result.eventTimes.map(\.eventTime) == Array(-7...6))
        let reference = try #require(result.estimate(at: -1))
        #expect(reference.isReference && reference.term == nil)
        #expect(reference.estimate == 0 && reference.standardError == 0 && reference.confidenceLow == 0 && reference.confidenceHigh == 0)
        #expect(result.eventTimes.filter(\.isReference).count == 1)
    }

    @Test("pre-trend Wald test agrees with scipy on the fixture covariance (F with G − 1 df, and χ²)")
    func pretrend() throws {
        // numpy 2.4.6 / scipy 1.17.1 on expected.json: b = coefficients at e < 0,
        // V = their CRV1 block, W = bᵀV⁻¹b, F = W/6, stats.f.sf(F, 6, 399), stats.chi2.sf(W, 6).
        let fixture = try ReferenceFixture("event_study_staggered")
        let result = try EventStudy.estimate(fixture.table, Self.specification())
        let test = try #require(result.pretrend)
        #expect(test.eventTimes == [-7, -6, -5, -4, -3, -2])
        #expect(test.numeratorDegrees == 6 && test.denominatorDegrees == 399)
        expectClose([test.statistic, test.chiSquared], [2.615146042852555, 15.69087625711533], "Wald")
        expectAbsolute([test.pValue, test.chiSquaredPValue], [0.01691964601401688, 0.01551292582203004], "p")
    }

    @Test("binned end points equal a regression on a hand-binned event-time column")
    func binning() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let result = try EventStudy.estimate(fixture.table, Self.specification(binMin: -4, binMax: 3))
        #expect(result.eventTimes.map(\.eventTime) == Array(-4...3))
        #expect(result.estimate(at: -4)?.isBinned == true && result.estimate(at: 3)?.isBinned == true)
        // Hand-binned column: rel_year clamped to [−4, 3]; blank (never treated) → −1.
        let rel = try fixture.table.numeric("rel_year")
        let binned = rel.values.indices.map { rel.isMissing[$0] ? -1.0 : min(max(rel.values[$0], -4), 3) }
        let table = try fixture.table.appending(.numeric(NumericColumn(values: binned)), named: "rb")
        let direct = try LinearRegression.estimate(
            try ModelFrame(formula: "y ~ i(rb, ref=-1) | firm_id + year", table: table, clusters: ["firm_id"]),
            vcov: .cluster(["firm_id"]))
        for e in [-4, -3, -2, 0, 1, 2, 3] {
            let expected = try #require(direct.coefficient("rb::\(e)"))
            let point = try #require(result.estimate(at: e))
            expectClose([point.estimate, point.standardError], [expected.estimate, expected.standardError], "e = \(e)")
        }
        #expect(result.pretrend?.eventTimes == [-4, -3, -2])
    }

    @Test("errors: all units treated at once, no treated unit, absent reference, bad bins, varying cohort")
    func errors() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let cohort = try fixture.table.numeric("cohort").values
        let only2018 = try PolicyTestData.subset(fixture.table, rows: cohort.indices.filter { cohort[$0] == 2018 })
        #expect(throws: PolicyEffectError.allUnitsTreatedAtOnce(period: 2018)) {
            try EventStudy.estimate(only2018, Self.specification())
        }
        let never = try PolicyTestData.subset(fixture.table, rows: cohort.indices.filter { cohort[$0] == 0 })
        #expect(throws: PolicyEffectError.noTreatedGroup(column: "cohort")) {
            try EventStudy.estimate(never, Self.specification())
        }
        #expect(throws: PolicyEffectError.referencePeriodAbsent(-20)) {
            try EventStudy.estimate(fixture.table, Self.specification(reference: -20))
        }
        #expect(throws: PolicyEffectError.invalidBinning(lower: 0, upper: nil, reference: -1)) {
            try EventStudy.estimate(fixture.table, Self.specification(binMin: 0))
        }
        var changed = cohort
        changed[1] = 2020  // firm F00001 is never treated in row 0
        let varying = try fixture.table.appending(.numeric(NumericColumn(values: changed)), named: "cohort2")
        var spec = Self.specification()
        spec.cohort = "cohort2"
        #expect(throws: PolicyEffectError.cohortVariesWithinUnit(unit: "F00001")) { try EventStudy.estimate(varying, spec) }
        #expect(PolicyEffectError.allUnitsTreatedAtOnce(period: 2018).description.contains("no unit can serve as a control"))
    }

    @Test("the wild cluster bootstrap refuses the event study's structured fit (it keeps no n × k design)")
    func bootstrapRefusesStructuredFit() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let result = try EventStudy.estimate(fixture.table, Self.specification())
        let term = try #require(result.eventTimes.compactMap(\.term).first)
        #expect(throws: PolicyEffectError.self) {
            try WildClusterBootstrap.test(result.regression, term: term,
                                          options: WildClusterBootstrapOptions(replications: 9, seed: 1))
        }
    }
}
