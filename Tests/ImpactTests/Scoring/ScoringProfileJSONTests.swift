import Foundation
import Testing
@testable import Impact

@Suite("Scoring profiles from JSON")
struct ScoringProfileJSONTests {
    func profile(_ text: String) throws -> ScoringProfile {
        try ScoringProfile(json: Data(text.utf8), file: "p.json")
    }

    @Test("absent keys keep the base; given keys replace it")
    func options() throws {
        let custom = try profile("""
        {"name": "county", "cost_overrun": "linear", "overshoot_deduction": {"share": 0.5, "points": 1},
         "execution_caps": [{"rate_below": 60, "maximum_total": 70}], "execution_points": 20,
         "decimals": 0, "not_applicable": "rescale_to_full", "required_weight_sum": null,
         "grade_thresholds": {"excellent": 85, "good": 75, "fair": 60}, "execution_reason_threshold": 95}
        """)
        #expect(custom.name == "county")
        #expect(custom.costOverrun == .linear)
        #expect(custom.overshootDeduction == OvershootDeduction(share: 0.5, points: 1))
        #expect(custom.executionCaps == [ExecutionCap(rateBelow: 60, maximumTotal: 70)])
        #expect(custom.executionPoints == 20)
        #expect(custom.rounding == .integer)
        #expect(custom.notApplicable == .rescaleToFull)
        #expect(custom.requiredWeightSum == nil)
        #expect(custom.gradeThresholds == GradeThresholds(excellent: 85, good: 75, fair: 60))
        #expect(custom.executionReasonThreshold == 95)

        let based = try profile(#"{"name": "strict-2", "base": "local-strict", "decimals": 1}"#)
        #expect(based.costOverrun == .linear && based.executionCaps == ExecutionCap.standardLadder)
        #expect(based.rounding == ScoreRounding(decimals: 1))
        #expect(based.summary == .basedOn("local-strict"))
        #expect(based.summary.text.en == "custom, based on local-strict")
    }

    @Test("a custom profile scores like the equivalent built-in one")
    func scoresLikeBuiltIn() throws {
        let twenty = try profile(#"{"name": "twenty", "execution_points": 20}"#)
        let rows = [
            row("A", "100家", "100家", weight: 45),
            row("B", "100家", "50家", weight: 45, reason: "r"),
            row("执行率", "100%", "100%", weight: 10),
        ]
        // 40 + 40 × 0.5 + 20 = 80, as with mof-2020-execution-20
        #expect(try sheet(rows, profile: twenty).total == 80)
    }

    @Test("unknown keys, wrong types and bad values are errors naming the key")
    func errors() {
        #expect(throws: ScoringError.invalidProfile(file: "p.json", key: "cost_overun", reason:
            "this key is not a profile option; the options are base, cost_overrun, decimals, execution_caps, execution_points, execution_reason_threshold, grade_thresholds, name, not_applicable, overshoot_deduction, overshoot_reason_margin, required_weight_sum, summary")) {
            try profile(#"{"name": "x", "cost_overun": "linear"}"#)
        }
        #expect(throws: ScoringError.invalidProfile(file: "p.json", key: "decimals",
                                                    reason: "a whole number from 0 to 6 was expected")) {
            try profile(#"{"name": "x", "decimals": 2.5}"#)
        }
        #expect(throws: ScoringError.invalidProfile(file: "p.json", key: "execution_caps[0].maximum_total",
                                                    reason: "a number was expected")) {
            try profile(#"{"name": "x", "execution_caps": [{"rate_below": 80}]}"#)
        }
        #expect(throws: ScoringError.self) { try profile(#"{"cost_overrun": "linear"}"#) }
        #expect(throws: ScoringError.self) { try profile(#"{"name": "x", "base": "nope"}"#) }
        #expect(throws: ScoringError.self) {
            try profile(#"{"name": "x", "grade_thresholds": {"excellent": 70, "good": 80, "fair": 60}}"#)
        }
        #expect(throws: ScoringError.self) { try profile("[1, 2]") }
    }
}
