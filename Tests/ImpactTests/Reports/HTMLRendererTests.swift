import Foundation
import Testing
@testable import Impact

@Suite("HTML")
struct HTMLRendererTests {
    @Test("a self-contained page with charset and language")
    func page() {
        let html = HTMLRenderer.render([ReportFixtures.sectors], language: .zh,
                                       title: LocalizedText(zh: "绩效评价", en: "Evaluation"))
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>绩效评价</title>"))
        #expect(html.contains("<h1>绩效评价</h1>"))
        #expect(html.contains("<style>"))
        for external in ["<link", "src=", "href=", "@import", "url(", "<script"] {
            #expect(!html.contains(external), "page refers to an outside resource: \(external)")
        }
        #expect(html.contains("<td class=\"num\">8.20个百分点</td>"))
        #expect(html.contains("<td class=\"missing\">—</td>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(HTMLRenderer.render([ReportFixtures.sectors], language: .en).contains("<html lang=\"en\">"))
    }

    @Test("short text cells never wrap; long prose cells do")
    func wrapping() {
        let description = "依据各类项目具体申报及评审情况，支持约100-200家企业。"
        let table = ReportTable(
            title: LocalizedText(verbatim: "t"),
            columns: [ReportColumn(key: "sector", header: LocalizedText(verbatim: "行业")),
                      ReportColumn(key: "description", header: LocalizedText(verbatim: "说明"))],
            rows: [[.text("软件和信息服务业"), .text(description)]])
        let html = HTMLRenderer.render([table], language: .zh)
        #expect(html.contains("<td>软件和信息服务业</td>"))
        #expect(html.contains("<td class=\"prose\">\(description)</td>"))
        #expect(html.contains("white-space:nowrap"))
    }

    @Test("text is escaped in titles, headers and cells")
    func escaping() {
        let html = HTMLRenderer.render([ReportFixtures.awkward], language: .en)
        #expect(html.contains("<h2>A &lt;b&gt;&amp;&lt;/b&gt; &quot;table&quot;</h2>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("say &quot;hi&quot;<br>bye"))
    }

    @Test("a chart draws one bar per value, largest first, labelled and escaped")
    func chart() throws {
        let table = ReportFixtures.sectors.charting("pull", labelledBy: "sector")
        let html = HTMLRenderer.render([table], language: .en)
        #expect(html.components(separatedBy: "<svg").count == 2)
        #expect(html.components(separatedBy: "<rect class=\"bar").count == 3)  // NaN row has no bar
        let software = try #require(html.range(of: ">Software</text>"))
        let industry = try #require(html.range(of: ">Industry</text>"))
        #expect(software.lowerBound < industry.lowerBound)
        #expect(html.contains("Pull, highest first"))
        #expect(html.contains(">8.20 pp</text>"))
        #expect(!HTMLRenderer.render([ReportFixtures.sectors], language: .en).contains("<svg"))
    }

    @Test("bar lengths are proportional to the values")
    func barLengths() throws {
        let table = ReportTable(
            title: LocalizedText(verbatim: "t"),
            columns: [ReportColumn(key: "name", header: LocalizedText(verbatim: "name")),
                      ReportColumn(key: "v", header: LocalizedText(verbatim: "v"))],
            rows: [[.text("<a>"), .number(1, decimals: 0)], [.text("b"), .number(4, decimals: 0)],
                   [.text("c"), .number(-2, decimals: 0)]]
        ).charting("v", labelledBy: "name")
        let chart = try #require(table.chart)
        let svg = try #require(SVGBarChart(table: table, chart: chart, language: .en))
        #expect(svg.bars.map(\.value) == [4, 1, -2])
        let html = svg.render()
        let widths = html.matches(of: /rect class="bar[^"]*" x="[^"]*" y="[^"]*" width="([0-9.]+)"/)
            .compactMap { Double($0.output.1) }
        #expect(widths.count == 3)
        // Widths are in proportion 4 : 1 : 2 (to 0.1 px rounding).
        #expect(abs(widths[0] / widths[1] - 4) < 0.01)
        #expect(abs(widths[0] / widths[2] - 2) < 0.01)
        #expect(html.contains(">&lt;a&gt;</text>"))
        #expect(html.contains("rect class=\"bar negative\""))
    }
}
