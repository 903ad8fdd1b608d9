import Foundation
import Testing
@testable import Impact

/// The score sheet's JSON document (written by `Reports/Scoring/ScoreSheet+JSON.swift`):
/// keys in their documented order and warnings as `{"code", "message"}` objects.
@Suite("Score sheet JSON")
struct ScoreSheetJSONTests {
    static func seedSheet() throws -> ScoreSheet {
        let url = ChaoyangFiles.file("indicators.csv")
        return try ScoreSheet(table: IndicatorTable(contentsOfFile: url.path))
    }

    static func keys(_ value: JSONValue?) -> [String] {
        guard case let .object(members)? = value else { return [] }
        return members.map(\.key)
    }

    @Test("top-level and row keys keep their documented order")
    func keyOrder() throws {
        let document = try Self.seedSheet().jsonValue(language: .zh)
        #expect(Self.keys(document) == ["title", "file", "profile", "rows", "total", "uncapped_total", "cap",
                                        "maximum", "grade", "grade_en", "execution_rate", "warnings"])
        guard case let .array(rows)? = document["rows"] else { Issue.record("no rows"); return }
        #expect(Self.keys(rows.first) == ["level1", "level2", "level3", "indicator", "description", "kind",
                                          "target", "actual", "unit", "target_value", "actual_value", "weight",
                                          "score", "ratio", "level", "meets_target", "deviation_reason"])
        #expect(rows.first?["score"] == .number(14.55))
        #expect(document["total"] == .number(99.55))
        #expect(document["grade"] == .string("优"))
    }

    @Test("warnings carry a stable code and the English sentence; the document is the same in both languages")
    func warnings() throws {
        let sheet = try Self.seedSheet()
        let document = sheet.jsonValue(language: .zh)
        guard case let .array(warnings)? = document["warnings"], let first = warnings.first else {
            Issue.record("no warnings"); return
        }
        // The seed's 7.8 % against ≥4 % (95 % over) is a large overshoot without a reason; the
        // quantity row below target follows, deviation reasons always last.
        #expect(first["code"] == .string("large_overshoots"))
        #expect(warnings.last?["code"] == .string("missing_deviation_reasons"))
        #expect(first["message"] == .string(sheet.warnings[0].wording.en))
        #expect(sheet.jsonValue(language: .en) == document)
    }

    @Test("every scoring warning has its own code and sentences in both languages")
    func warningCodes() {
        let row = IndicatorReference(name: "数量指标", location: IndicatorLocation(file: "t.csv", line: 2))
        let warnings: [ScoringWarning] = [
            .missingDeviationReasons([row]), .statedScoreDiffers(row, stated: 15, computed: 14.55),
            .actualFromData(row, literal: "96家", computed: "97家"), .weightSumAllowed(file: "t.csv", found: 95),
            .overshootDeducted(row, points: 2), .totalCapped(uncapped: 95, cap: 89, executionRate: 70),
        ]
        #expect(warnings.map(\.code) == ["missing_deviation_reasons", "stated_score_differs", "actual_from_data",
                                         "weight_sum_allowed", "overshoot_deducted", "total_capped"])
        #expect(warnings.allSatisfy { !$0.wording.zh.isEmpty && $0.wording.zh != $0.wording.en })
        #expect(warnings[3].description
                == "t.csv: the weights sum to 95, not 100, as allowed; each weight was rescaled by 100/95, so the total is out of 100.")
        #expect(warnings[5].wording.zh == "预算执行率为 70%，总分 95 封顶为 89。")
    }

    @Test("built-in profiles name their summary; a profile file's summary is printed as written")
    func profileSummaries() {
        #expect(ScoringProfile.builtIn.map(\.summary) == [.mof2020, .mof2020Execution20, .mof2020Integer, .localStrict])
        #expect(ScoringProfile.mof2020.summary.text.zh.hasPrefix("财预〔2020〕10号"))
        #expect(ProfileSummary.given("县级口径").text == LocalizedText(verbatim: "县级口径"))
        #expect(QualitativeGrade.excellent.writtenForm == "优" && QualitativeGrade.excellent.label.en == "excellent")
        #expect(IndicatorValue.achievement(.partlyAchieved).text() == "部分达成")
        #expect(IndicatorValue.notApplicable.text(.en) == "n/a")
    }
}
