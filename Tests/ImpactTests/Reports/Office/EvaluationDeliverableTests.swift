import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Impact

/// The bundled evaluation as a workbook, a Word report and an HTML page.
@Suite("Evaluation deliverables")
struct EvaluationDeliverableTests {
    static func report() throws -> EvaluationReport { try EvaluationReport.load(directory: ChaoyangFiles.chaoyang) }

    @Test("xlsx: 自评表, sector effects with a pull chart, naive vs causal with error bars, the estimates")
    func workbook() throws {
        let bytes = ReportRenderer.render(try Self.report(), format: .xlsx, language: .zh)
        let file = try OfficeFile(bytes)
        let names = try file.xml("xl/workbook.xml").elements("sheet").compactMap { $0.attribute("name") }
        #expect(names.first == "自评表")
        #expect(names.contains("行业拉动效果"))
        #expect(names.count == 5)
        #expect(names.last == "研发投入强度")
        // Chart 1: the pulls, one bar per line in table order, referring to the sheet's cells.
        let pulls = try file.xml("xl/charts/chart1.xml")
        let categories = try pulls.elements("cat").first.map { try $0.nodes(forXPath: ".//*[local-name()='v']").compactMap(\.stringValue) }
        #expect(categories == ["软件和信息服务业", "科技服务业", "工业", "全区"])
        let values = try pulls.elements("val").first.map { try $0.nodes(forXPath: ".//*[local-name()='v']").compactMap { Double($0.stringValue ?? "") } } ?? []
        #expect(values.map { ($0 * 100).rounded() / 100 } == [8.2, 2.97, 2.53, 3.26])
        #expect(try pulls.elements("f").compactMap(\.stringValue) == ["'行业拉动效果'!$A$3:$A$6", "'行业拉动效果'!$J$3:$J$6"])
        // Chart 2: naive and causal, the causal series with custom plus/minus error bars.
        let causal = try file.xml("xl/charts/chart2.xml")
        #expect(try causal.elements("ser").count == 2)
        let bars = try #require(try causal.elements("errBars").first)
        #expect(try bars.nodes(forXPath: ".//*[local-name()='errValType']").first.flatMap { ($0 as? XMLElement)?.attribute("val") } == "cust")
        #expect(try bars.nodes(forXPath: ".//*[local-name()='plus']//*[local-name()='pt']").count == 3)
        // Chart 3: R&D intensity by sector, all firms and supported firms (7.80 % overall).
        let intensity = try file.xml("xl/charts/chart3.xml")
        #expect(try intensity.elements("ser").count == 2)
        let supported = try intensity.elements("val").last.map { try $0.nodes(forXPath: ".//*[local-name()='v']").compactMap { Double($0.stringValue ?? "") } } ?? []
        #expect(supported.last.map { ($0 * 100).rounded() / 100 } == 7.8)
        // The drawing anchors each chart on its sheet.
        #expect(file.entries["xl/drawings/drawing2.xml"] != nil && file.entries["xl/drawings/drawing3.xml"] != nil)
        // Zip entries carry the fixed date, and the same report gives the same bytes.
        #expect(file.dates.allSatisfy { Calendar(identifier: .gregorian).component(.year, from: $0) == 1980 })
        #expect(ReportRenderer.render(try Self.report(), format: .xlsx, language: .zh) == bytes)
    }

    @Test("docx: the report's outline in heading styles, tables, charts, placeholders and the figures")
    func document() throws {
        let bytes = ReportRenderer.render(try Self.report(), format: .docx, language: .zh)
        let file = try OfficeFile(bytes)
        let document = try file.xml("word/document.xml")
        let headings = try document.elements("p").filter { paragraph in
            (try? paragraph.nodes(forXPath: ".//*[local-name()='pStyle']").first as? XMLElement)?.attribute("val") == "Heading1"
        }.map { $0.stringValue ?? "" }
        #expect(headings == ["一、基本情况", "二、绩效评价工作开展情况", "三、综合评价情况及评价结论", "四、绩效指标分析",
                             "五、行业拉动效果分析", "六、每万元资金效果：朴素归因与因果估计", "七、存在的问题及原因分析",
                             "八、有关建议", "附录：方法说明"])
        let text = try document.elements("t").compactMap(\.stringValue).joined(separator: "|")
        for figure in ["99.55", "优", "14.55", "8.20", "2.97", "2.53", "3.26", "【待评价人员填写：有关建议。】"] {
            #expect(text.contains(figure), "missing \(figure)")
        }
        #expect(text.contains("项目自评得分为 99.55 分（满分 100），评价等级为“优”。"))
        #expect(try document.elements("tbl").count >= 4)
        #expect(try document.elements("chart").count == 3)
        #expect(text.contains("7.80"))
        #expect(file.entries["word/charts/chart2.xml"] != nil)
        let styles = try file.xml("word/styles.xml")
        let heading = try #require(try styles.elements("style").first { $0.attribute("styleId") == "Heading1" })
        #expect(try heading.nodes(forXPath: ".//*[local-name()='outlineLvl']").count == 1)
        #expect(ReportRenderer.render(try Self.report(), format: .docx, language: .zh) == bytes)
    }

    @Test("HTML: the form, the interval chart with a zero line, the appendix; no scripts, no network")
    func html() throws {
        let html = String(decoding: ReportRenderer.render(try Self.report(), format: .html, language: .zh), as: UTF8.self)
        #expect(html.contains("<table class=\"form\">"))
        #expect(html.contains("class=\"zero\""))
        #expect(html.contains("附录：方法与数据"))
        #expect(html.contains("各行业研发投入强度"))
        #expect(html.contains("section.wide{page:wide}"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://") || html.contains("http://www.w3.org/2000/svg"))
        #expect(!html.contains("src=\"http"))
    }

    @Test("a formula-like text cell is stored as text with a leading apostrophe")
    func formulaGuard() throws {
        let table = ReportTable(title: LocalizedText(verbatim: "t"),
                                columns: [ReportColumn(key: "a", header: LocalizedText(verbatim: "a")),
                                          ReportColumn(key: "b", header: LocalizedText(verbatim: "b"))],
                                rows: [[.text("=HYPERLINK(\"x\")"), .number(-1.5, decimals: 1)], [.text("@SUM(A1)"), .integer(3)]])
        let file = try OfficeFile(ReportRenderer.render(ReportDocument([table]), format: .xlsx, language: .en))
        let cells = try file.xml("xl/worksheets/sheet1.xml").elements("c")
        let texts = cells.filter { $0.attribute("t") == "inlineStr" }.compactMap(\.stringValue)
        #expect(texts.contains("'=HYPERLINK(\"x\")") && texts.contains("'@SUM(A1)"))
        // Negative numbers stay numbers.
        #expect(cells.contains { $0.attribute("t") == nil && $0.stringValue == "-1.5" })
        #expect(try file.xml("xl/worksheets/sheet1.xml").elements("f").isEmpty)
    }

    @Test("sheet names are made valid and unique")
    func sheetNames() {
        #expect(Workbook.sheetNames(["a/b", "A/B", "", String(repeating: "长", count: 40)])
            == ["a_b", "A_B (2)", "Sheet", String(repeating: "长", count: 31)])
    }

    @Test("the format follows -o's extension; a mismatch with --format is an error")
    func inference() throws {
        #expect(try OutputFormat.resolve(requested: nil, outputPath: "自评表.xlsx") == .xlsx)
        #expect(try OutputFormat.resolve(requested: nil, outputPath: "report.DOCX") == .docx)
        #expect(try OutputFormat.resolve(requested: nil, outputPath: "notes.txt") == .table)
        #expect(try OutputFormat.resolve(requested: nil, outputPath: "out.log") == .table)
        #expect(try OutputFormat.resolve(requested: nil, outputPath: nil) == .table)
        #expect(try OutputFormat.resolve(requested: .json, outputPath: "x.log") == .json)
        #expect(throws: OutputFormatMismatch(requested: .csv, path: "t.xlsx", implied: .xlsx)) {
            try OutputFormat.resolve(requested: .csv, outputPath: "t.xlsx")
        }
    }

    @Test("the interval chart's axis covers every bound and zero in round steps")
    func axis() {
        let (low, high, step) = SVGIntervalChart.niceRange(-269.96, 1321.16)
        #expect(step == 500 && low == -500 && high == 1500)
        let small = SVGIntervalChart.niceRange(-0.12, 0.43)
        #expect(small.2 == 0.2 || small.2 == 0.1)
        #expect(small.0 <= -0.12 && small.1 >= 0.43)
    }
}

/// The event-study figure: points with intervals in event-time order, zero line, reference marked.
@Suite("Interval chart")
struct IntervalChartTests {
    @Test("event time in table order, the reference period marked, intervals drawn, zero line")
    func eventStudy() {
        let column = { (key: String) in ReportColumn(key: key, header: LocalizedText(verbatim: key)) }
        let table = ReportTable(
            title: LocalizedText(verbatim: "es"), columns: ["event_time", "estimate", "ci_low", "ci_high"].map(column),
            rows: [[.integer(-2), .number(0.4, decimals: 2), .number(-0.2, decimals: 2), .number(1.0, decimals: 2)],
                   [.integer(-1), .number(0, decimals: 2), .empty, .empty],
                   [.integer(0), .number(-1.5, decimals: 2), .number(-2.5, decimals: 2), .number(-0.5, decimals: 2)],
                   [.integer(1), .number(2.25, decimals: 2), .number(1.0, decimals: 2), .number(3.5, decimals: 2)]])
            .chartingIntervals("estimate", low: "ci_low", high: "ci_high", labelledBy: "event_time")
        let html = HTMLRenderer.render([table], language: .en)
        let chart = SVGIntervalChart(table: table, chart: table.chart!, language: .en)!
        #expect(chart.categories == ["-2", "-1", "0", "1"])
        #expect(chart.reference == 1)
        #expect(html.contains("class=\"reference\""))
        #expect(html.contains("class=\"zero\""))
        // Three intervals, each a vertical line and two caps; four points.
        #expect(html.components(separatedBy: "<circle").count - 1 == 4)
        #expect(html.components(separatedBy: "stroke-width=\"2\"").count - 1 == 3)
        // Span 6 ÷ 5 = 1.2 rounds up to a step of 2, so the axis runs from -4 to 4.
        let (low, high, step) = SVGIntervalChart.niceRange(-2.5, 3.5)
        #expect(low == -4 && high == 4 && step == 2)
        #expect(!html.contains("<rect class=\"bar"))
    }
}
