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
