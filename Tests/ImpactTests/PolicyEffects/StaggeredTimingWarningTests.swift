import Foundation
import Testing
@testable import Impact

/// Issue 9: a DiD on staggered adoption says so; design columns are not covariates; an
/// infinite outcome in `staggered` is a missing one; an undefined cell mean is JSON null.
@Suite("DiD timing warnings and staggered edge cases")
struct StaggeredTimingWarningTests {
    /// Six firms, 2018–2023: a, b start in 2020 (treated 4 of 6 periods), c, d in 2022
    /// (2 of 6), e, f never. `ever` is the group flag, `on` = 1 from the firm's start.
    /// y = firm number + 0.5 × (year − 2018) + 10 × on + a small fixed wobble.
    static func panel() throws -> Table {
        let firms: [(String, Int)] = [("a", 2020), ("b", 2020), ("c", 2022), ("d", 2022), ("e", 0), ("f", 0)]
        var names: [String] = [], years: [Double] = [], ever: [Double] = [], on: [Double] = [], y: [Double] = []
        for (index, (firm, start)) in firms.enumerated() {
            for year in 2018...2023 {
                let treated = start > 0 && year >= start
                names.append(firm); years.append(Double(year)); ever.append(start > 0 ? 1 : 0)
                on.append(treated ? 1 : 0)
                y.append(Double(index + 1) + 0.5 * Double(year - 2018) + (treated ? 10 : 0)
                         + Double((index * 7 + year * 3) % 5) * 0.1)
            }
        }
        return try Table(columns: [
            ("firm", .categorical(CategoricalColumn(names))), ("year", .numeric(NumericColumn(values: years))),
            ("ever", .numeric(NumericColumn(values: ever))), ("on", .numeric(NumericColumn(values: on))),
            ("y", .numeric(NumericColumn(values: y))),
        ])
    }

    @Test("TWFE on staggered starts warns with the Goodman-Bacon weight on already-treated comparisons")
    func staggeredWarning() throws {
        let specification = DifferenceInDifferencesSpecification(
            outcome: "y", unit: "firm", time: "year", treated: "ever", postPeriod: .column("on"),
            design: .twoWayFixedEffects)
        let result = try DifferenceInDifferences.estimate(Self.panel(), specification)
        // Goodman-Bacon (2021, eq. 10) with n_k = n_l = n_U = 1/3, D̄_early = 4/6, D̄_late = 2/6:
        //   s_kU ∝ (2/3)² · ¼ · (2/3)(1/3) = 2/81, s_lU ∝ 2/81,
        //   s_kl^k ∝ ((2/3)(2/3))² · ¼ · ½ · ½ = 1/81, s_kl^l (late vs already treated) ∝ 1/81;
        //   share = (1/81) / (6/81) = 1/6 = 16.7 %.
        guard case let .staggeredTiming(starts, weight)? = result.notes.first else {
            Issue.record("no staggered-timing note: \(result.notes)"); return
        }
        #expect(starts == [2020, 2022])
        #expect(abs(try #require(weight) - 1.0 / 6) < 1e-9)
        #expect(result.notes.first?.wording.en.contains("16.7% of the Goodman-Bacon weight") == true)
        #expect(result.notes.first?.wording.en.contains("impact staggered") == true)
        guard case let .array(notes)? = result.jsonValue(language: .en)["notes"] else {
            Issue.record("no JSON notes"); return
        }
        #expect(notes.first?["code"] == .string("staggered_timing"))
    }

    @Test("--post-year after some units' start warns that their treated periods count as pre")
    func postYearAfterStart() throws {
        let specification = DifferenceInDifferencesSpecification(
            outcome: "y", unit: "firm", time: "year", treated: "on", postPeriod: .from(period: 2022))
        let result = try DifferenceInDifferences.estimate(Self.panel(), specification)
        // a and b are treated (on = 1) in 2020 and 2021, before 2022.
        #expect(result.notes == [.treatedBeforePostYear(units: 2, postYear: 2022, earliest: 2020)])
    }

    @Test("a covariate that is the outcome or the treatment is an error")
    func designColumnsAsCovariates() throws {
        for (covariate, role) in [("y", "outcome"), ("ever", "treated indicator"), ("on", "post indicator")] {
            let specification = DifferenceInDifferencesSpecification(
                outcome: "y", unit: "firm", time: "year", treated: "ever", postPeriod: .column("on"),
                covariates: [covariate])
            #expect(throws: PolicyEffectError.covariateIsDesignColumn(covariate, role: role)) {
                try DifferenceInDifferences.estimate(Self.panel(), specification)
            }
        }
        #expect(PolicyEffectError.covariateIsDesignColumn("y", role: "outcome").description
                == "The covariate 'y' is the design's outcome; a column cannot be both, so drop it from --covariates.")
    }

    @Test("an undefined cell mean is written as null in JSON, with the non-finite note")
    func undefinedCellMean() throws {
        let specification = DifferenceInDifferencesSpecification(
            outcome: "y", unit: "firm", time: "year", treated: "ever", postPeriod: .from(period: 2022))
        let estimated = try DifferenceInDifferences.estimate(Self.panel(), specification)
        let result = DifferenceInDifferencesResult(
            specification: specification, att: estimated.att, regression: estimated.regression,
            cellMeans: DifferenceInDifferencesCellMeans(treatedPost: 1, treatedPre: .nan, controlPost: 1, controlPre: 0),
            treatedUnits: 4, controlUnits: 2)
        let text = String(decoding: ReportRenderer.render(result, format: .json, language: .en), as: UTF8.self)
        #expect(text.contains("\"treated_pre\": null"))
        #expect(text.contains("non_finite_as_null"))
    }

    @Test("an infinite outcome in staggered is a missing one: an error, or the firm dropped")
    func infiniteOutcome() throws {
        var rows: [(String, Double, Double, Double)] = []
        for (firm, cohort, values) in [("A", 2020.0, [1.0, 4, 6]), ("B", 2020, [2, 3, 9]), ("C", 0, [0, 1, 2]),
                                       ("D", 0, [1, 1, 4]), ("E", 2021, [0, 2, 3]), ("F", 0, [1, .infinity, 2])] {
            for (offset, value) in values.enumerated() { rows.append((firm, 2019 + Double(offset), cohort, value)) }
        }
        let table = try Table(columns: [
            ("firm", .categorical(CategoricalColumn(rows.map(\.0)))),
            ("year", .numeric(NumericColumn(values: rows.map(\.1)))),
            ("cohort", .numeric(NumericColumn(values: rows.map(\.2)))),
            ("y", .numeric(NumericColumn(values: rows.map(\.3)))),
        ])
        #expect(throws: StaggeredError.unbalancedPanel(unit: "F", observedPeriods: 2, expectedPeriods: 3, incompleteUnits: 1)) {
            try StaggeredPanel(table: table, id: "firm", time: "year", cohort: "cohort", outcome: "y")
        }
        let panel = try StaggeredPanel(table: table, id: "firm", time: "year", cohort: "cohort", outcome: "y",
                                       dropsIncompleteUnits: true)
        #expect(panel.droppedUnits == ["F"])
        // Without F this is the hand panel of StaggeredTests: ATT(2020, 2020) = 1.5, finite.
        let result = try CallawaySantAnna().fit(panel)
        #expect(result.effects.allSatisfy { $0.att.isFinite })
    }
}
