import Foundation
import Testing
@testable import Impact

@Suite("JSON")
struct JSONRendererTests {
    private func renderJSON(_ tables: [ReportTable], language: Language, title: LocalizedText? = nil) -> String {
        String(decoding: JSONRenderer.document(tables, language: language, title: title).encoded(), as: UTF8.self)
    }

    private func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test("parses back with machine keys, full precision and null for missing")
    func roundTrip() throws {
        let output = renderJSON([ReportFixtures.sectors], language: .zh,
                                         title: LocalizedText(zh: "评价", en: "Evaluation"))
        let document = try parse(output)
        #expect(document["title"] as? String == "评价")
        #expect(document["language"] as? String == "zh")
        let tables = try #require(document["tables"] as? [[String: Any]])
        #expect(tables.count == 1)
        #expect(tables[0]["key"] as? String == "sector_effects")
        #expect(tables[0]["title"] as? String == "行业效应")
        let columns = try #require(tables[0]["columns"] as? [[String: String]])
        #expect(columns.map { $0["key"] } == ["sector", "firms", "pull"])
        #expect(columns.map { $0["header"] } == ["行业", "企业数", "拉动"])
        let rows = try #require(tables[0]["rows"] as? [[String: Any]])
        #expect(rows.count == 3)
        #expect(rows[1]["sector"] as? String == "软件信息服务业")
        #expect((rows[1]["firms"] as? NSNumber)?.intValue == 14)
        #expect((rows[1]["pull"] as? NSNumber)?.doubleValue == 8.2)
        #expect(rows[2]["firms"] is NSNull)
        #expect(rows[2]["pull"] is NSNull)   // NaN becomes null
        #expect(tables[0]["notes"] as? [String] == ["拉动 = 增量 / 上年行业总量 × 100。"])
        #expect(!output.lowercased().contains("nan") && !output.lowercased().contains("inf"))
    }

    @Test("a NaN cell is null in JSON and the document says so in a note naming its place")
    func nonFiniteCellNoted() throws {
        let output = String(decoding: ReportRenderer.render(ReportDocument([ReportFixtures.sectors]), format: .json,
                                                            language: .en), as: UTF8.self)
        let document = try parse(output)
        let notes = try #require(document["notes"] as? [[String: String]])
        #expect(notes == [["code": "non_finite_as_null",
                           "message": "Numbers that are not finite are written as null: tables[0].rows[2].pull."]])
    }

    @Test("row fields keep column order")
    func fieldOrder() {
        let output = renderJSON([ReportFixtures.sectors], language: .en)
        #expect(output.contains("{\"sector\": \"Industry\", \"firms\": 8, \"pull\": 2.53}"))
        #expect(output.contains("\"title\": null"))
    }

    @Test("strings with quotes, backslashes and control characters survive")
    func escaping() throws {
        let nasty = "say \"hi\"\\\n\t\u{01}\u{2028}中文"
        let table = ReportTable(title: LocalizedText(verbatim: nasty),
                                columns: [ReportColumn(key: "x", header: LocalizedText(verbatim: "x"))],
                                rows: [[.text(nasty)], [.number(0.1 + 0.2, decimals: 1)], [.number(1e300, decimals: 0)]])
        let output = renderJSON([table], language: .en)
        let document = try parse(output)
        let parsed = try #require((document["tables"] as? [[String: Any]])?.first)
        #expect(parsed["title"] as? String == nasty)
        let rows = try #require(parsed["rows"] as? [[String: Any]])
        #expect(rows[0]["x"] as? String == nasty)
        // JSONSerialization on Linux reads numbers as NSDecimalNumber and loses the last
        // bit; JSONDecoder reads them exactly.
        struct Document: Decodable {
            struct Table: Decodable { let rows: [Row] }
            struct Row: Decodable {
                let x: Double?
                init(from decoder: any Decoder) throws {
                    x = try? decoder.container(keyedBy: Key.self).decode(Double.self, forKey: .x)
                }
                enum Key: CodingKey { case x }
            }
            let tables: [Table]
        }
        let numbers = try JSONDecoder().decode(Document.self, from: Data(output.utf8)).tables[0].rows
        #expect(numbers[1].x == 0.1 + 0.2)
        #expect(numbers[2].x == 1e300)
    }

    @Test("no tables give an empty array")
    func empty() throws {
        let document = try parse(renderJSON([], language: .en))
        #expect((document["tables"] as? [Any])?.isEmpty == true)
    }
}
