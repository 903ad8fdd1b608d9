import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Impact

/// The 绩效自评表 in the layout of 财预〔2020〕10号 附件1, filled with the seed's programme
/// and the bundled indicator table (total 99.55, grade 优, quantity row 14.55).
@Suite("Self-evaluation form")
struct SelfEvaluationFormTests {
    static func form() throws -> SelfEvaluationForm {
        let report = try EvaluationReport.load(directory: ChaoyangFiles.chaoyang)
        return SelfEvaluationForm(sheet: report.scoreSheet, programme: SeedProgramme.description)
    }

    @Test("the grid: header, funds with the seed's 11559.274 and 46.074 万元, four objectives, merged levels, total, grade, sign-off")
    func grid() throws {
        let grid = try Self.form().grid(language: .zh)
        let texts = grid.rows.map { $0.map(\.text) }
        #expect(texts[0] == ["项目支出绩效自评表"])
        #expect(texts[1] == ["（2024年度）"])
        #expect(texts[2] == ["项目名称", "朝阳区高新技术产业发展引导资金"])
        #expect(texts[4].suffix(7) == ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
        // 年度资金总额: budget, executed, the execution row's 10 points, 100 % and its score.
        // Amounts as the office wrote them (up to 4 decimals, one 元), never rounded to 11559.27.
        #expect(texts[5] == ["年度资金总额", "11559.274", "11559.274", "11559.274", "10", "100.00%", "10.00"])
        #expect(grid.rows[5][1].number == 11559.274)
        #expect(texts[8] == ["其他资金", "46.074", "46.074", "46.074", "—", "100.00%", "—"])
        #expect(grid.rows[4][0].rowSpan == 5)
        let objectives = try #require(texts.firstIndex { $0.first == "年度总体目标" })
        #expect(grid.rows[objectives][0].rowSpan == 5)
        #expect(texts[objectives + 4] == ["以申报企业为服务对象的满意度达到90%以上", "满意度＞90%"])
        let header = try #require(grid.repeatedRow)
        #expect(texts[header] == ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
        // 产出指标 covers the three output rows (数量, 质量, 时效), merged down.
        let output = try #require(grid.rows[header + 1].first { $0.text == "产出指标" })
        #expect(output.rowSpan == 3 && output.column == 1)
        #expect(grid.rows[header + 2].allSatisfy { $0.column >= 2 })
        #expect(texts[header + 1].suffix(4) == ["97家", "15", "14.55", ""])
        let total = try #require(texts.first { $0.first == "总分" })
        #expect(total == ["总分", "100", "99.55", ""])
        #expect(texts.contains(["评价等级", "优"]))
        #expect(texts.last == ["填报人：张三", "审核人：李四", "联系电话：010-00000000", "填报日期：2025-03-31"])
    }

    @Test("runs of equal names merge; an empty name never does")
    func runs() {
        #expect(SelfEvaluationForm.runLengths(["a", "a", "b", "", ""], names: ["a", "a", "b", "", ""]) == [2, nil, 1, 1, 1])
        #expect(SelfEvaluationForm.runLengths(["x", "y", "x"], names: ["x", "y", "x"]) == [1, 1, 1])
    }

    @Test("text formats print the blocks; JSON adds the programme after the score sheet's keys")
    func textAndJSON() throws {
        let form = try Self.form()
        let keys = form.reportTables(language: .zh).map(\.key)
        #expect(keys == ["programme", "funds", "objectives", "indicators", "sign_off"])
        let indicators = try #require(form.reportTables(language: .zh).first { $0.key == "indicators" })
        #expect(indicators.columns.last?.header.zh == "偏差原因分析及改进措施")
        let csv = String(decoding: ReportRenderer.render(form, format: .csv, language: .zh), as: UTF8.self)
        #expect(csv.contains("年度资金总额,11559.274,11559.274,11559.274,10,100.00,10.00\r\n"))
        let json = form.jsonValue(language: .zh)
        guard case .object(let members) = json else { Issue.record("not an object"); return }
        #expect(members.map(\.key).suffix(2) == ["warnings", "programme"])
        #expect(json["programme"]?["funds"].map { "\($0)" }?.contains("11559.274") == true)
    }

    @Test("the xlsx: sheet 自评表 with merges, numbers as numbers, styles, A4 fit to width, print titles, no formulas")
    func workbook() throws {
        let form = try Self.form()
        let file = try OfficeFile(ReportRenderer.render(form, format: .xlsx, language: .zh))
        #expect(file.paths.first == "[Content_Types].xml")
        let workbook = try file.xml("xl/workbook.xml")
        #expect(try workbook.elements("sheet").map { $0.attribute("name") } == ["自评表"])
        let titles = try workbook.elements("definedName")
        #expect(titles.first?.attribute("name") == "_xlnm.Print_Titles")
        #expect(titles.first?.stringValue?.hasPrefix("'自评表'!$") == true)
        let sheet = try file.xml("xl/worksheets/sheet1.xml")
        let cells = try sheet.elements("c")
        func cell(_ reference: String) -> XMLElement? { cells.first { $0.attribute("r") == reference } }
        let values = cells.compactMap { cell -> (String, String?, String)? in
            guard let reference = cell.attribute("r") else { return nil }
            return (reference, cell.attribute("t"), cell.stringValue ?? "")
        }
        // The total 99.55 is a number cell (no type attribute), the grade 优 inline text.
        let total = try #require(values.first { $0.2 == "99.55" })
        #expect(total.1 == nil)
        #expect(values.contains { $0.1 == "inlineStr" && $0.2 == "优" })
        #expect(values.contains { $0.1 == nil && $0.2 == "11559.274" })
        #expect(values.contains { $0.1 == nil && $0.2 == "14.55" })
        #expect(cell("A1")?.stringValue == "项目支出绩效自评表")
        #expect(try sheet.elements("f").isEmpty)
        let merges = try sheet.elements("mergeCell").compactMap { $0.attribute("ref") }
        #expect(merges.contains("A1:I1"))
        // 产出指标 merged down its three rows in column B.
        let output = try #require(values.first { $0.2 == "产出指标" })
        let row = Int(output.0.dropFirst())!
        #expect(merges.contains("B\(row):B\(row + 2)"))
        let setup = try #require(try sheet.elements("pageSetup").first)
        #expect(setup.attribute("paperSize") == "9" && setup.attribute("fitToWidth") == "1" && setup.attribute("fitToHeight") == "0")
        #expect(try sheet.elements("pageSetUpPr").first?.attribute("fitToPage") == "1")
        #expect(try sheet.elements("col").count == 9)
        let styles = try file.xml("xl/styles.xml")
        let formats = try styles.elements("xf").filter { $0.parent?.name == "cellXfs" }
        #expect(formats.count == SheetCellStyle.allCases.count)
        #expect(formats[SheetCellStyle.number2.rawValue].attribute("numFmtId") == "2")
        #expect(try styles.elements("alignment").contains { $0.attribute("wrapText") == "1" })
        #expect(try styles.elements("left").contains { $0.attribute("style") == "thin" })
        // The number cell of the total uses the two-decimal style.
        #expect(cell(total.0)?.attribute("s") == String(SheetCellStyle.number2.rawValue))
    }

    @Test("the docx: Word table with vertical merges and spans, the figures in place")
    func document() throws {
        let file = try OfficeFile(ReportRenderer.render(try Self.form(), format: .docx, language: .zh))
        let document = try file.xml("word/document.xml")
        let text = try document.elements("t").compactMap(\.stringValue).joined(separator: "|")
        for figure in ["99.55", "优", "14.55", "11559.27", "46.07", "偏差原因分析及改进措施", "填报人：张三"] {
            #expect(text.contains(figure), "missing \(figure)")
        }
        // Two tables: header fields, funds and objectives; then the indicator block, whose
        // header row is the one row Word repeats on every page.
        let tables = try document.elements("tbl")
        #expect(tables.count == 2)
        let repeated = try document.elements("tblHeader").compactMap { $0.parent?.parent as? XMLElement }
        #expect(repeated.count == 1)
        #expect(repeated.first?.stringValue?.contains("偏差原因分析及改进措施") == true)
        #expect(repeated.first?.parent === tables.last)
        let merges = try document.elements("vMerge")
        #expect(merges.contains { $0.attribute("val") == "restart" })
        #expect(merges.contains { $0.attribute("val") == nil })
        #expect(try document.elements("gridSpan").contains { $0.attribute("val") == "8" })
        // Every row covers the nine grid columns.
        for row in try document.elements("tr") {
            let spans = row.children?.compactMap { $0 as? XMLElement }.filter { $0.localName == "tc" }.map { cell in
                Int((try? cell.nodes(forXPath: ".//*[local-name()='gridSpan']").first as? XMLElement)?.attribute("val") ?? "1") ?? 1
            } ?? []
            #expect(spans.reduce(0, +) == 9)
        }
    }

    @Test("the HTML form: rowspan and colspan, print rules, escaped text")
    func html() throws {
        let form = try Self.form()
        let html = String(decoding: ReportRenderer.render(form, format: .html, language: .zh), as: UTF8.self)
        #expect(html.contains("<td rowspan=\"3\" class=\"label\">产出指标</td>"))
        #expect(html.contains("<td colspan=\"8\">朝阳区高新技术产业发展引导资金</td>"))
        #expect(html.contains("@page{size:A4"))
        #expect(html.contains("thead{display:table-header-group}"))
        #expect(html.contains("填报人：张三"))
        #expect(!html.contains("<script"))
    }
}
