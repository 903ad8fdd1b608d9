import Testing
@testable import Impact

/// ``AccountingError/dataProblems(file:)``: the firms refused under `--missing error`, placed
/// in the panel file and listed up to the limit.
@Suite("Accounting problems placed in the file")
struct AccountingDataProblemsTests {
    @Test("incomplete pairs become one problem per missing value, each naming the file, firm, year and row")
    func pairs() throws {
        let error = AccountingError.incompletePairs([
            MissingFirmValue(firm: "9132A", year: 2022, column: "营业收入", row: 4),
            MissingFirmValue(firm: "9132B", year: 2023, column: "营业收入", row: nil),
        ])
        let problems = try #require(error.dataProblems(file: "企业数据.xlsx"))
        #expect(problems.count == 2)
        #expect(problems.problems[0].place == .record(file: "企业数据.xlsx", key: "firm '9132A', 2022, data row 5", column: "营业收入"))
        #expect(problems.description.contains("企业数据.xlsx: firm '9132B', 2023, no row that year (营业收入): no value of \"营业收入\""))
        #expect(problems.description.contains("--missing drop"))
    }

    @Test("R&D firms say no increment is needed; other cases are not data problems")
    func firms() throws {
        let error = AccountingError.incompleteFirms([MissingFirmValue(firm: "f1", year: 2023, column: "rd_wan", row: 0)])
        let text = try #require(error.dataProblems(file: "panel.csv")).description
        #expect(text.hasPrefix("1 problem in the data"))
        #expect(text.contains("panel.csv: firm 'f1', 2023, data row 1 (rd_wan)"))
        #expect(text.contains("the firm's 2023 R&D intensity (no increment is needed"))
        #expect(AccountingError.zeroPriorTotal(sector: "工业", year: 2022).dataProblems(file: "panel.csv") == nil)
    }
}
