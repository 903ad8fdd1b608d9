import Foundation
import Testing
@testable import Impact

@Suite("CSV")
struct CSVRendererTests {
    @Test("starts with a UTF-8 byte-order mark, headers in the chosen language")
    func byteOrderMark() {
        let output = CSVRenderer.render([ReportFixtures.sectors], language: .zh)
        #expect(Array(Data(output.utf8).prefix(3)) == [0xEF, 0xBB, 0xBF])
        let expected = "\u{FEFF}行业,企业数,拉动\r\n工业,8,2.53\r\n软件信息服务业,14,8.20\r\n其他,,\r\n"
        #expect(output == expected)
        #expect(CSVRenderer.render([ReportFixtures.sectors], language: .en).hasPrefix("\u{FEFF}Sector,Firms,Pull\r\n"))
    }

    @Test("RFC 4180 quoting; numbers rounded to the decimals shown (0.1 + 0.2 is 0.3, -0.001 at 2 places is 0.00)")
    func quoting() {
        let output = CSVRenderer.render([ReportFixtures.awkward], language: .en)
        let expected = "\u{FEFF}\"name, full\",value\r\n"
            + "a|b,0.3\r\n"
            + "\"say \"\"hi\"\"\nbye\",100\r\n"
            + "<script>alert('x')</script> & co,0.00\r\n"
            + "\" padded \",0.000\r\n"
        #expect(output == expected)
    }

    @Test("several tables are separated by one empty line, one byte-order mark in all")
    func severalTables() {
        let output = CSVRenderer.render([ReportFixtures.sectors, ReportFixtures.sectors], language: .zh)
        let block = "行业,企业数,拉动\r\n工业,8,2.53\r\n软件信息服务业,14,8.20\r\n其他,,\r\n"
        #expect(output == "\u{FEFF}" + block + "\r\n" + block)
    }
}
