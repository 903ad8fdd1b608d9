import Foundation
import Testing
@testable import Impact

@Suite("Goodman-Bacon decomposition")
struct GoodmanBaconTests {
    @Test("identities on event_study_staggered: weights sum to 1 and Σ s·β equals the TWFE estimate")
    func identities() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let result = try GoodmanBaconDecomposition.decompose(fixture.table, outcome: "y", unit: "firm_id",
                                                             time: "year", cohort: "cohort")
        #expect(result.units == 400 && result.periods == 10)
        // 3 cohorts vs never treated, and 3 pairs × 2 directions.
        #expect(result.components.count == 9)
        #expect(abs(result.totalWeight - 1) < 1e-12, "Σ s = \(result.totalWeight)")
        #expect(abs(result.weightedSum - result.twoWayEstimate) < 1e-10 * abs(result.twoWayEstimate),
                "Σ s β = \(result.weightedSum) vs TWFE \(result.twoWayEstimate)")
        // The TWFE estimate equals the regression y ~ D | firm_id + year built independently here.
        let cohort = try fixture.table.numeric("cohort").values
        let year = try fixture.table.numeric("year").values
        let treatment = cohort.indices.map { cohort[$0] > 0 && year[$0] >= cohort[$0] ? 1.0 : 0.0 }
        let table = try fixture.table.appending(.numeric(NumericColumn(values: treatment)), named: "D")
        let direct = try LinearRegression.fit(try ModelFrame(formula: "y ~ D | firm_id + year", table: table))
        #expect(abs(direct.coefficients[0] - result.twoWayEstimate) < 1e-12)
        #expect(result.weight(of: .laterVsAlreadyTreated) > 0)
    }

    @Test("one timing group against never-treated units: a single 2×2 with weight 1 equal to the cell-means DiD")
    func twoByTwo() throws {
        let fixture = try ReferenceFixture("did_2x2")
        // did_2x2: treated firms adopt in 2022, controls never; build the cohort column.
        let treated = try fixture.table.numeric("treated").values
        let table = try fixture.table.appending(.numeric(NumericColumn(values: treated.map { $0 == 1 ? 2022 : 0 })), named: "cohort")
        let result = try GoodmanBaconDecomposition.decompose(table, outcome: "y", unit: "firm_id", time: "year", cohort: "cohort")
        #expect(result.components.count == 1)
        let only = try #require(result.components.first)
        #expect(only.comparison == .treatedVsNeverTreated && only.treatedCohort == 2022 && only.controlCohort == nil)
        #expect(abs(only.weight - 1) < 1e-12)
        // fixture cell_means_of_y.difference_in_differences (statsmodels/pyfixest identity).
        #expect(abs(only.estimate - 0.08788678472801337) < 1e-10)
        #expect(abs(result.twoWayEstimate - 0.0878867847280157) < 1e-10)
    }

    @Test("a constant effect of 2 (no noise) gives 2 in every 2×2 and in the TWFE estimate")
    func constantEffect() throws {
        // 6 units × 5 periods: cohorts 2 and 4 (two units each), two never treated;
        // y = unit index + period² + 2·D.
        var ids = [String?](), period = [Double](), cohort = [Double](), y = [Double]()
        let cohorts = [2.0, 2, 4, 4, 0, 0]
        for (u, g) in cohorts.enumerated() {
            for t in 1...5 {
                ids.append("U\(u)")
                period.append(Double(t))
                cohort.append(g)
                y.append(Double(u) + Double(t * t) + (g > 0 && Double(t) >= g ? 2 : 0))
            }
        }
        let table = try Table(columns: [("id", .categorical(CategoricalColumn(ids))), ("t", .numeric(NumericColumn(values: period))),
                                        ("g", .numeric(NumericColumn(values: cohort))), ("y", .numeric(NumericColumn(values: y)))])
        let result = try GoodmanBaconDecomposition.decompose(table, outcome: "y", unit: "id", time: "t", cohort: "g")
        // Two timing groups and a never-treated group: each cohort against the never-treated,
        // early vs later-treated and later vs already-treated, 4 comparisons.
        #expect(result.components.count == 4)
        for component in result.components { #expect(abs(component.estimate - 2) < 1e-12) }
        #expect(abs(result.twoWayEstimate - 2) < 1e-10)
        #expect(abs(result.totalWeight - 1) < 1e-12)
        // By hand: n_k = 1/3 each, D̄ = 4/5 and 2/5; s_kU for cohort 2:
        // (2/3)² · ½ · ½ · (4/5)(1/5) / V̂^D.
        let early = try #require(result.components.first { $0.comparison == .treatedVsNeverTreated && $0.treatedCohort == 2 })
        #expect(abs(early.weight * result.treatmentVariance - (4.0 / 9) * 0.25 * 0.16) < 1e-14)
    }

    @Test("errors: an unbalanced panel, no treated unit, all units treated at once")
    func errors() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let rows = Array(1..<fixture.table.rowCount)
        #expect(throws: PolicyEffectError.unbalancedPanel(unit: "F00001", observed: 9, expected: 10)) {
            try GoodmanBaconDecomposition.decompose(try PolicyTestData.subset(fixture.table, rows: rows), outcome: "y",
                                                    unit: "firm_id", time: "year", cohort: "cohort")
        }
        let cohort = try fixture.table.numeric("cohort").values
        let one = try PolicyTestData.subset(fixture.table, rows: cohort.indices.filter { cohort[$0] == 2020 })
        #expect(throws: PolicyEffectError.allUnitsTreatedAtOnce(period: 2020)) {
            try GoodmanBaconDecomposition.decompose(one, outcome: "y", unit: "firm_id", time: "year", cohort: "cohort")
        }
    }
}
