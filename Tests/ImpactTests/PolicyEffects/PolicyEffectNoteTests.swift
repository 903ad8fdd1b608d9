import Foundation
import Testing
@testable import Impact

/// Typed notes of the policy-effect results: stable codes, sentences in both languages and
/// `{"code", "message"}` in JSON.
@Suite("Policy-effect notes")
struct PolicyEffectNoteTests {
    @Test("codes are stable and the JSON message is the English sentence")
    func codes() {
        let staggered = StaggeredNote.incompleteUnitsLeftOut(count: 2, example: "F7")
        #expect(staggered.code == "incomplete_units_left_out")
        #expect(staggered.wording.en == "Left out 2 firm(s) without an outcome in every period, e.g. 'F7'.")
        #expect(staggered.jsonValue == .object(["code": .string("incomplete_units_left_out"),
                                                "message": .string(staggered.wording.en)]))
        let event = EventStudyNote.collinearWithoutNeverTreated(dropped: ["event_time::5"])
        #expect(event.code == "collinear_without_never_treated")
        #expect(event.wording.zh.contains("event_time::5") && event.wording.en.contains("Sun–Abraham"))
    }

    @Test("a staggered panel with an incomplete firm left out carries the note in its JSON")
    func staggeredNoteInJSON() throws {
        let table = try CSVReader.read(text: """
            firm_id,year,cohort,y
            A,1,2,1
            A,2,2,3
            B,1,0,1
            B,2,0,1.5
            C,1,0,2
            C,2,0,2.2
            D,1,0,
            D,2,0,4
            """)
        let result = try CallawaySantAnna().estimate(table, id: "firm_id", time: "year", cohort: "cohort", outcome: "y",
                                                     dropsIncompleteUnits: true)
        #expect(result.notes == [.incompleteUnitsLeftOut(count: 1, example: "D")])
        let json = result.jsonValue(language: .zh)
        #expect(json["notes"] == .array([StaggeredNote.incompleteUnitsLeftOut(count: 1, example: "D").jsonValue]))
    }
}
