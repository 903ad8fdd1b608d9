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

@Suite("Terminal tables: wrapping and mixed columns")
struct TextTableWrappingTests {
    @Test("long Chinese text wraps between characters by display width")
    func chineseWrap() {
        // 25 wide characters = 50 cells; at 40 cells the first line holds 20 characters.
        let text = String(repeating: "字", count: 25)
        #expect(TextTableRenderer.wrap(text, width: 40) == [String(repeating: "字", count: 20),
                                                            String(repeating: "字", count: 5)])
        #expect(TextTableRenderer.wrap("短", width: 40) == ["短"])
    }

    @Test("English text wraps at spaces, a long word between characters")
    func englishWrap() {
        #expect(TextTableRenderer.wrap("alpha beta gamma", width: 11) == ["alpha beta", "gamma"])
        #expect(TextTableRenderer.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextTableRenderer.wrap("ab  cd", width: 3) == ["ab", "cd"])
    }

    @Test("a wrapped cell makes its row taller and keeps the other columns aligned")
    func tallRow() {
        let table = ReportTable(
            title: LocalizedText(verbatim: "T"),
            columns: [ReportColumn(key: "text", header: LocalizedText(verbatim: "说明")),
                      ReportColumn(key: "n", header: LocalizedText(verbatim: "n"))],
            rows: [[.text(String(repeating: "字", count: 21)), .integer(7)]])
        let lines = TextTableRenderer.render(table, language: .zh).split(separator: "\n").map(String.init)
        #expect(lines == [
            "T",
            "说明" + String(repeating: " ", count: 36) + "  n",
            String(repeating: "-", count: 40) + "  -",
            String(repeating: "字", count: 20) + "  7",
            "字",
        ])
    }

    @Test("numbers right-align and a grade label left-aligns in the same column")
    func mixedColumn() {
        let table = ReportTable(
            title: LocalizedText(verbatim: "T"),
            columns: [ReportColumn(key: "score", header: LocalizedText(zh: "得分", en: "Score"))],
            rows: [[.number(14.55, decimals: 2)], [.number(99.55, decimals: 2)], [.number(5, decimals: 0)],
                   [.label(LocalizedText(zh: "优", en: "A"))]])
        let lines = TextTableRenderer.render(table, language: .zh).split(separator: "\n").map(String.init)
        #expect(lines == ["T", " 得分", "-----", "14.55", "99.55", "    5", "优"])
    }
}
