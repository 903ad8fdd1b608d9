import Testing
@testable import Impact

@Suite("Terminal tables")
struct TextTableRendererTests {
    @Test("Chinese columns align by display width, numbers to the right")
    func chineseAlignment() {
        let output = TextTableRenderer.render(ReportFixtures.sectors, language: .zh)
        // Column widths by hand: 行业 14 cells (软件信息服务业 = 7 wide characters),
        // 企业数 6 cells, 拉动 12 cells (8.20个百分点 = 4 + 4 × 2).
        let expected = [
            "行业效应",
            "行业" + spaces(10) + "  " + "企业数" + "  " + spaces(8) + "拉动",
            String(repeating: "-", count: 14) + "  " + String(repeating: "-", count: 6) + "  "
                + String(repeating: "-", count: 12),
            "工业" + spaces(10) + "  " + spaces(5) + "8" + "  " + "2.53个百分点",
            "软件信息服务业" + "  " + spaces(4) + "14" + "  " + "8.20个百分点",
            "其他" + spaces(10) + "  " + spaces(5) + "—" + "  " + spaces(11) + "—",
            "拉动 = 增量 / 上年行业总量 × 100。",
        ].joined(separator: "\n") + "\n"
        #expect(output == expected)
    }

    @Test("English labels give narrower columns")
    func english() {
        let output = TextTableRenderer.render(ReportFixtures.sectors, language: .en)
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[1] == "Sector    Firms     Pull")
        #expect(lines[3] == "Industry      8  2.53 pp")
        #expect(lines[4] == "Software     14  8.20 pp")
    }

    @Test("a document title is underlined and tables are separated by a blank line")
    func documentLayout() {
        let output = TextTableRenderer.render(
            [ReportFixtures.sectors, ReportFixtures.sectors], language: .zh,
            title: LocalizedText(zh: "绩效评价", en: "Evaluation"))
        #expect(output.hasPrefix("绩效评价\n========\n\n行业效应\n"))
        #expect(output.components(separatedBy: "\n\n行业效应\n").count == 3)
        #expect(output.hasSuffix("100。\n"))
        #expect(!output.contains(" \n"))
    }

    @Test("line breaks inside a cell become spaces")
    func lineBreaks() {
        let output = TextTableRenderer.render(ReportFixtures.awkward, language: .en)
        #expect(output.contains("say \"hi\" bye"))
        #expect(!output.contains("\"hi\"\nbye"))
    }

    private func spaces(_ count: Int) -> String { String(repeating: " ", count: count) }
}
