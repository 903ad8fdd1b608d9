import Foundation
import Testing
@testable import Impact

/// Not-yet-treated controls and the universal base period against csdid 0.4.3 (drdid
/// 1.1.7), full precision, recorded in `event_study_staggered/csdid_variants.json` with the
/// exact calls (the shared fixture covers never-treated / varying only).
@Suite("Callaway–Sant'Anna variants against csdid")
struct StaggeredVariantTests {
    static let panel: Result<StaggeredPanel, any Error> = Result {
        try StaggeredPanel(table: try PolicyFixture.table("event_study_staggered"), id: "firm_id", time: "year",
                           cohort: "cohort", outcome: "y")
    }

    static func cases() throws -> [String: Any] {
        let data = try Data(contentsOf: try PolicyFixture.url("event_study_staggered", "csdid_variants.json"))
        let root = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(root["cases"] as? [String: Any])
    }

    @Test("ATT(g,t) and all four aggregations", arguments: [
        ("nevertreated/varying", StaggeredControlGroup.neverTreated, StaggeredBasePeriod.varying),
        ("nevertreated/universal", .neverTreated, .universal),
        ("notyettreated/varying", .notYetTreated, .varying),
        ("notyettreated/universal", .notYetTreated, .universal),
    ])
    func variant(name: String, control: StaggeredControlGroup, base: StaggeredBasePeriod) throws {
        let result = try CallawaySantAnna(controlGroup: control, basePeriod: base).fit(try Self.panel.get())
        try compare(result, name)
    }

    @Test("without never-treated firms the last cohort is the control group, as in csdid")
    func withoutNeverTreated() throws {
        let full = try Self.panel.get()
        let kept = full.units.indices.filter { full.cohorts[$0] != 0 }
        let panel = try StaggeredPanel(
            units: kept.map { full.units[$0] }, periods: full.periods, cohorts: kept.map { full.cohorts[$0] },
            outcomes: kept.map { unit in full.periods.indices.map { full.outcome(unit: unit, periodIndex: $0) } })
        let result = try CallawaySantAnna(controlGroup: .notYetTreated).fit(panel)
        #expect(result.groups == [2018, 2020] && result.periods.last == 2021)
        try compare(result, "notyettreated/varying/without_never_treated")
    }

    private func compare(_ result: StaggeredResult, _ name: String) throws {
        let expected = try #require(try Self.cases()[name] as? [String: Any])
        let cells = try #require(expected["att_gt"] as? [[String: Any]])
        #expect(result.effects.count == cells.count)
        for (effect, cell) in zip(result.effects, cells) {
            #expect(effect.group == cell["g"] as? Int && effect.period == cell["t"] as? Int)
            #expect(isClose(effect.att, cell["att"] as! Double), "\(name) ATT(\(effect.group),\(effect.period))")
            if let se = cell["se"] as? Double {
                #expect(isClose(effect.standardError, se), "\(name) SE(\(effect.group),\(effect.period))")
            } else {
                #expect(effect.isReferenceCell)
            }
        }
        for kind in StaggeredAggregation.allCases {
            let reference = try #require(expected[kind.rawValue] as? [String: Any])
            let aggregate = result.aggregate(kind)
            #expect(isClose(aggregate.att, reference["overall_att"] as! Double), "\(name) \(kind)")
            #expect(isClose(aggregate.standardError, reference["overall_se"] as! Double), "\(name) \(kind) SE")
            guard kind != .simple else { continue }
            #expect(aggregate.components.map(\.key) == (reference["keys"] as! [Int]), "\(name) \(kind)")
            let atts = reference["att"] as! [Double], ses = reference["se"] as! [Any]
            for (k, component) in aggregate.components.enumerated() {
                #expect(isClose(component.att, atts[k]), "\(name) \(kind) \(component.key)")
                if let se = ses[k] as? Double, se > 0 {
                    #expect(isClose(component.standardError, se), "\(name) \(kind) \(component.key) SE")
                }
            }
        }
    }
}
