import Foundation
import Testing
@testable import Impact

@Suite("JSONValue: the one JSON writer")
struct JSONValueTests {
    private func text(_ value: JSONValue) -> String { String(decoding: value.encoded(), as: UTF8.self) }

    @Test("keys keep their order; flat containers on one line, deeper ones one element per line")
    func layout() {
        let value = JSONValue.object([
            "z": .integer(1),
            "a": .array([.object(["term": .string("x1"), "estimate": .number(1.25)]), .object([:])]),
            "empty": .array([]),
        ])
        #expect(text(value) == """
            {
              "z": 1,
              "a": [
                {"term": "x1", "estimate": 1.25},
                {}
              ],
              "empty": []
            }

            """)
    }

    @Test("numbers: integral values without a point, shortest round trip otherwise, non-finite as null")
    func numbers() throws {
        #expect(JSONValue.numberText(3) == "3")
        #expect(JSONValue.numberText(-0.0) == "0")
        #expect(JSONValue.numberText(1e15) == "1000000000000000.0")   // Swift's description
        #expect(JSONValue.numberText(0.1) == "0.1")
        #expect(JSONValue.numberText(1.6321072581144482e-15) == "1.6321072581144482e-15")
        #expect(Double(JSONValue.numberText(0.027456788123456789)) == 0.027456788123456789)
        #expect(JSONValue.numberText(.nan) == "null" && JSONValue.numberText(-.infinity) == "null")
        #expect(text(.array([.unsignedInteger(UInt64.max), .integer(-3)])) == "[18446744073709551615, -3]\n")
        let document = JSONValue.object(["rows": .array([.object(["se": .number(.nan)])]), "ok": .number(1.5)])
        #expect(document.nonFinitePaths == ["rows[0].se"])
        #expect(text(document).contains(#"{"se": null}"#))
        // What is written parses back.
        let parsed = try JSONSerialization.jsonObject(with: document.encoded()) as? [String: Any]
        #expect(parsed?["ok"] as? Double == 1.5)
    }

    @Test("strings: RFC 8259 escapes; Chinese stays UTF-8")
    func strings() {
        #expect(JSONValue.quoted("a\"b\\c\n\t\u{01}") == #""a\"b\\c\n\t\u0001""#)
        #expect(JSONValue.quoted("营业收入\u{2028}") == "\"营业收入\\u2028\"")
    }

    @Test("setting replaces a key in place or appends it; subscript reads it")
    func setting() {
        let value = JSONValue.object(["a": .integer(1), "b": .integer(2)])
        #expect(value.setting("a", .integer(9)) == .object(["a": .integer(9), "b": .integer(2)]))
        #expect(value.setting("c", .null)["c"] == .null)
        #expect(value["b"] == .integer(2) && value["zz"] == nil)
    }

    @Test("the renderer adds a non_finite_as_null note naming the paths")
    func nonFiniteNote() throws {
        struct Item: Reportable {
            func reportTables(language: Language) -> [ReportTable] { [] }
            func jsonValue(language: Language) -> JSONValue {
                .object(["estimate": .number(.infinity), "notes": .array([])])
            }
        }
        let json = String(decoding: ReportRenderer.render(Item(), format: .json, language: .en), as: UTF8.self)
        #expect(json.contains(#""estimate": null"#))
        #expect(json.contains(#"{"code": "non_finite_as_null", "message": "Numbers that are not finite are written as null: estimate."}"#))
        // Several models: each element gets its own note; a clean element none.
        let models = JSONValue.array([.object(["se": .number(.nan)]), .object(["se": .number(1)])])
        guard case let .array(noted) = ReportRenderer.withNonFiniteNote(models) else {
            Issue.record("an array stays an array")
            return
        }
        #expect(noted[0]["notes"] == .array([.object([
            "code": .string("non_finite_as_null"),
            "message": .string("Numbers that are not finite are written as null: se."),
        ])]))
        #expect(noted[1] == .object(["se": .number(1)]))
    }
}
