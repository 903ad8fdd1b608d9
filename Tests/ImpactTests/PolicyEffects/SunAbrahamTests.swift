import Foundation
import Testing
@testable import Impact

@Suite("Sun–Abraham interaction-weighted event study")
struct SunAbrahamTests {
    static let specification = EventStudySpecification(outcome: "y", unit: "firm_id", time: "year", cohort: "cohort")

    @Test("identity: with one treated cohort and never-treated controls it equals the TWFE event study")
    func singleCohort() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let cohort = try fixture.table.numeric("cohort").values
        let table = try PolicyTestData.subset(fixture.table, rows: cohort.indices.filter { cohort[$0] == 0 || cohort[$0] == 2020 })
        let twfe = try EventStudy.estimate(table, Self.specification)
        let iw = try SunAbraham.estimate(table, Self.specification)
        #expect(iw.controlGroup == .neverTreated)
        #expect(iw.eventTimes.map(\.eventTime) == twfe.eventTimes.map(\.eventTime))
        for (a, b) in zip(iw.eventTimes, twfe.eventTimes) {
            expectClose([a.estimate, a.standardError], [b.estimate, b.standardError], relative: 1e-8, "e = \(a.eventTime)")
        }
    }

    @Test("weights are cohort shares at each event time (counted by hand) and sum to 1; IW = weighted mean")
    func weights() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let result = try SunAbraham.estimate(fixture.table, Self.specification)
        // Firms per cohort from the data: each firm has one row per year 2015–2024.
        let cohort = try fixture.table.numeric("cohort").values
        var firms = [Int: Int]()
        for value in cohort where value > 0 { firms[Int(value), default: 0] += 1 }
        for key in firms.keys { firms[key]! /= 10 }
        for e in Set(result.cohortEffects.map(\.eventTime)) {
            let cells = result.cohortEffects.filter { $0.eventTime == e }
            let present = cells.map(\.cohort)
            let total = present.reduce(0) { $0 + firms[$1]! }
            for cell in cells { #expect(abs(cell.weight - Double(firms[cell.cohort]!) / Double(total)) < 1e-15) }
            #expect(abs(cells.reduce(0) { $0 + $1.weight } - 1) < 1e-12)
            let point = try #require(result.eventTimes.first { $0.eventTime == e })
            #expect(abs(point.estimate - cells.reduce(0) { $0 + $1.weight * $1.estimate }) < 1e-12)
        }
        // Event time 6 is only reached by the 2018 cohort: ν̂_6 = δ̂_{2018,6}.
        let six = try #require(result.cohortEffects.first { $0.eventTime == 6 })
        #expect(six.cohort == 2018 && six.weight == 1)
    }

    @Test("post-period cohort effects agree with csdid ATT(g, t) (never-treated controls, balanced panel)")
    func matchesCallawaySantAnna() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let result = try SunAbraham.estimate(fixture.table, Self.specification)
        var compared = 0
        for cell in fixture.expected["models"]["csdid_callaway_santanna"]["att_gt"].array {
            let g = cell["g"].int!, t = cell["t"].int!
            guard t >= g else { continue }
            let effect = try #require(result.cohortEffects.first { $0.cohort == g && $0.eventTime == t - g })
            // csdid 0.4.3 ATT(g,t): agrees to rounding (measured 2.4e-15 absolute).
            #expect(abs(effect.estimate - cell["att"].double!) < 1e-9, "ATT(\(g),\(t))")
            compared += 1
        }
        #expect(compared == 7 + 5 + 3)
    }

    @Test("without never-treated units the last-treated cohort is the control and its treated years are dropped")
    func lastTreated() throws {
        let fixture = try ReferenceFixture("event_study_staggered")
        let cohort = try fixture.table.numeric("cohort").values
        let treatedOnly = try PolicyTestData.subset(fixture.table, rows: cohort.indices.filter { cohort[$0] > 0 })
        let result = try SunAbraham.estimate(treatedOnly, Self.specification)
        #expect(result.controlGroup == .lastTreated(cohort: 2022))
        let years = try treatedOnly.numeric("year").values
        #expect(result.regression.observationCount == years.filter { $0 < 2022 }.count)
        #expect(!result.cohortEffects.contains { $0.cohort == 2022 })
    }
}

@Suite("Sun–Abraham Monte Carlo (heterogeneous cohorts, known effects)")
struct SunAbrahamMonteCarloTests {
    /// 40 firms × 8 years (2015–2022): cohorts 2018 and 2020 (10 firms each), 20 never
    /// treated. Effect at event time e ≥ 0: 1 + 0.5·e for cohort 2018 and 3 + 0.5·e for
    /// cohort 2020 (heterogeneous across cohorts). y = firm + year + effect + ε, all N(0, 1).
    static func panel(_ generator: inout SplitMix64) throws -> Table {
        var ids = [String?](), years = [Double](), cohorts = [Double](), y = [Double]()
        var yearEffects = [Double]()
        for _ in 0..<8 { yearEffects.append(PolicyTestData.normal(&generator)) }
        for firm in 0..<40 {
            let cohort = firm < 10 ? 2018.0 : firm < 20 ? 2020 : 0
            let firmEffect = PolicyTestData.normal(&generator)
            for t in 0..<8 {
                let year = 2015.0 + Double(t)
                var effect = 0.0
                if cohort > 0 && year >= cohort { effect = (cohort == 2018 ? 1 : 3) + 0.5 * (year - cohort) }
                ids.append("F\(firm)")
                years.append(year)
                cohorts.append(cohort)
                y.append(firmEffect + yearEffects[t] + effect + PolicyTestData.normal(&generator))
            }
        }
        return try Table(columns: [("firm_id", .categorical(CategoricalColumn(ids))), ("year", .numeric(NumericColumn(values: years))),
                                   ("cohort", .numeric(NumericColumn(values: cohorts))), ("y", .numeric(NumericColumn(values: y)))])
    }

    @Test("IW intervals at e = 0 cover the cohort-share average 2.0 about 95% of the time")
    func coverage() throws {
        var generator = SplitMix64(seed: 2021)
        let specification = EventStudySpecification(outcome: "y", unit: "firm_id", time: "year", cohort: "cohort")
        let truth = 0.5 * 1 + 0.5 * 3   // equal cohort sizes at e = 0
        let replications = 200
        var covered = 0, sum = 0.0
        for _ in 0..<replications {
            let table = try Self.panel(&generator)
            let result = try SunAbraham.estimate(table, specification)
            let zero = try #require(result.eventTimes.first { $0.eventTime == 0 })
            sum += zero.estimate
            if zero.confidenceLow <= truth && truth <= zero.confidenceHigh { covered += 1 }
        }
        let rate = Double(covered) / Double(replications)
        #expect(rate >= 0.90 && rate <= 0.99, "coverage \(rate)")
        #expect(abs(sum / Double(replications) - truth) < 0.1, "mean IW estimate \(sum / Double(replications))")
    }
}
