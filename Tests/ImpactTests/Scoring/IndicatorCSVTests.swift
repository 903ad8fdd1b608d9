import Foundation
import Testing
@testable import Impact

@Suite("Indicator tables from CSV")
struct IndicatorCSVTests {
    func table(_ text: String) throws -> IndicatorTable {
        try IndicatorTable(csvText: text, file: "t.csv")
    }

    @Test("Chinese headers, BOM, CRLF, quoted cells with commas, full-width signs")
    func chineseHeaders() throws {
        let table = try table("\u{FEFF}一级指标,二级指标,三级指标,指标说明,年度指标值,实际完成值,分值,偏差原因\r\n"
            + "产出指标,数量指标,,\"支持约100-200家企业, 含续报\",100家,97家,60,申报不足\r\n"
            + "满意度指标,服务对象满意度指标,服务对象满意度指标,,≥90%,＞90%,40,\r\n")
        #expect(table.indicators.count == 2)
        #expect(table.indicators[0].description == "支持约100-200家企业, 含续报")
        #expect(table.indicators[1].actual == .quantity(Quantity(.greaterThan, 90, unit: .percent)))
        #expect(table.indicators[1].origin.line == 3)
        // 60 × 0.97 + 40 = 98.2
        #expect(try ScoreSheet(table: table).total == 98.2)
    }

    @Test("English aliases; unknown columns, blank rows and a 总分 row are skipped")
    func englishAliases() throws {
        let table = try table("""
        No.,level1,level2,level3,description,target,actual,weight,deviation_reason,remarks
        1,Output,Quantity,Firms,,100家,97家,100,fewer applicants,x
        ,,,,,,,,,
        ,总分,,,,,,100,,
        """)
        #expect(table.indicators.count == 1)
        #expect(table.indicators[0].level3 == "Firms")
        #expect(table.indicators[0].deviationReason == "fewer applicants")
    }

    @Test("a cell that does not parse names file, line and column and what was expected")
    func invalidCell() {
        #expect(throws: ScoringError.invalidCell(
            IndicatorLocation(file: "t.csv", line: 3, column: 5), field: .actual, found: "about 97",
            expected: IndicatorValue.expectedText)) {
            try table("""
            一级指标,二级指标,年度指标值,分值,实际完成值
            产出指标,数量指标,100家,50,97家
            产出指标,质量指标,100家,50,about 97
            """)
        }
        let message = ScoringError.invalidCell(
            IndicatorLocation(file: "t.csv", line: 3, column: 5), field: .actual, found: "about 97",
            expected: IndicatorValue.expectedText).description
        #expect(message.hasPrefix("t.csv:3:5: the 实际完成值 (actual) cell holds 'about 97', but a number"))
    }

    @Test("a missing required column, a ragged row, a duplicate column and an empty file are errors")
    func structural() {
        #expect(throws: ScoringError.missingField(IndicatorLocation(file: "t.csv", line: 1), field: .weight)) {
            try table("一级指标,年度指标值,实际完成值\n产出指标,100家,97家\n")
        }
        #expect(throws: ScoringError.malformedFile(IndicatorLocation(file: "t.csv", line: 2),
                                                   reason: "the row has 5 fields, but the header has 4")) {
            try table("一级指标,年度指标值,实际完成值,分值\n产出指标,100家,97家,100,extra\n")
        }
        #expect(throws: ScoringError.self) {
            try table("一级指标,年度指标值,实际完成值,分值,weight\n产出指标,100家,97家,100,100\n")
        }
        #expect(throws: ScoringError.emptyTable(file: "t.csv")) { try table("") }
        #expect(throws: ScoringError.emptyTable(file: "t.csv")) { try table("一级指标,年度指标值,实际完成值,分值\n") }
        #expect(throws: ScoringError.self) { try table("一级指标,年度指标值,实际完成值,分值\n\"产出,100家,97家,100\n") }
    }

    @Test("a blank actual needs a data source; an unknown source is an error")
    func actualSources() throws {
        #expect(throws: ScoringError.missingActual(IndicatorLocation(file: "t.csv", line: 2, column: 3), indicator: "产出指标")) {
            try table("一级指标,年度指标值,实际完成值,分值\n产出指标,100家,,100\n")
        }
        let computed = try table("一级指标,年度指标值,实际完成值,分值,数据来源\n产出指标,100家,,100,supported_firms\n")
        #expect(computed.indicators[0].actualSource == ActualSource(.supportedFirms))
        #expect(throws: ScoringError.invalidCell(IndicatorLocation(file: "t.csv", line: 2, column: 5), field: .actualSource,
                                                 found: "firms", expected: ActualSource.expectedText)) {
            try table("一级指标,年度指标值,实际完成值,分值,数据来源\n产出指标,100家,,100,firms\n")
        }
    }
}
