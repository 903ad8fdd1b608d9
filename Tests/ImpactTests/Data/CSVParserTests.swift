import Testing
@testable import Impact

@Suite("CSVParser")
struct CSVParserTests {
    @Test("quoted fields hold commas, doubled quotes and line breaks")
    func quoting() throws {
        let text = "指标,说明\n\"数量,个\",\"他说\"\"好\"\"\"\n\"多\n行\",x\n"
        let records = try CSVParser.records(in: text, fileName: "t.csv")
        #expect(records == [
            CSVRecord(fields: ["指标", "说明"], line: 1),
            CSVRecord(fields: ["数量,个", "他说\"好\""], line: 2),
            CSVRecord(fields: ["多\n行", "x"], line: 3),
        ])
    }

    @Test("CRLF line ends, BOM and blank lines; line numbers count physical lines")
    func crlfAndBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a,b\r\n\r\n1,\"x\r\ny\"\r\n2,3".utf8)
        let records = try CSVParser.records(in: bytes, fileName: "t.csv")
        #expect(records == [
            CSVRecord(fields: ["a", "b"], line: 1),
            CSVRecord(fields: ["1", "x\r\ny"], line: 3),
            CSVRecord(fields: ["2", "3"], line: 5),
        ])
    }

    @Test("a lone carriage return ends a line (old Mac Excel)")
    func loneCR() throws {
        let records = try CSVParser.records(in: "a,b\r1,2\r3,4")
        #expect(records == [
            CSVRecord(fields: ["a", "b"], line: 1),
            CSVRecord(fields: ["1", "2"], line: 2),
            CSVRecord(fields: ["3", "4"], line: 3),
        ])
    }

    @Test("a quote inside an unquoted field is an ordinary character")
    func innerQuote() throws {
        let records = try CSVParser.records(in: "a,b\n5\"3,x\n")
        #expect(records[1].fields == ["5\"3", "x"])
    }

    @Test("empty fields and a trailing comma")
    func emptyFields() throws {
        let records = try CSVParser.records(in: ",a,\n\"\",,\n")
        #expect(records.map(\.fields) == [["", "a", ""], ["", "", ""]])
    }

    @Test("semicolon and tab delimiters")
    func delimiters() throws {
        #expect(try CSVParser.records(in: "a;b\n\"1,5\";x;y\n", delimiter: .semicolon).map(\.fields)
            == [["a", "b"], ["1,5", "x", "y"]])
        #expect(try CSVParser.records(in: "a\tb\n1,2\t3\n", delimiter: .tab).map(\.fields)
            == [["a", "b"], ["1,2", "3"]])
    }

    @Test("an unterminated quote names the line where it opened and the column")
    func unterminated() {
        #expect(throws: CSVError.unterminatedQuote(CSVLocation(file: "t.csv", line: 2, column: 2))) {
            try CSVParser.records(in: "a,b\n1,\"open\n2,3\n", fileName: "t.csv")
        }
    }

    @Test("text after a closing quote is an error")
    func textAfterQuote() {
        #expect(throws: CSVError.textAfterClosingQuote(
            CSVLocation(file: "t.csv", line: 1, column: 1), found: "x")) {
            try CSVParser.records(in: "\"a\"x,b\n", fileName: "t.csv")
        }
    }

    @Test("invalid UTF-8 is reported with line and column")
    func invalidUTF8() {
        let bytes = Array("a,b\n1,".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        #expect(throws: CSVError.invalidUTF8(CSVLocation(file: "t.csv", line: 2, column: 2))) {
            try CSVParser.records(in: bytes, fileName: "t.csv")
        }
    }
}
