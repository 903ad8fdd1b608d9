import Testing
@testable import Impact

@Suite("Markdown")
struct MarkdownRendererTests {
    @Test("pipe table with right-aligned numeric columns and notes")
    func layout() {
        let output = MarkdownRenderer.render([ReportFixtures.sectors], language: .en,
                                             title: LocalizedText(zh: "评价", en: "Evaluation"))
        let expected = """
        # Evaluation

        ## Sector effects

        | Sector | Firms | Pull |
        | --- | ---: | ---: |
        | Industry | 8 | 2.53 pp |
        | Software | 14 | 8.20 pp |
        | Other | — | — |

        Pull = increment / prior-year sector total × 100.

        """
        #expect(output == expected)
    }

    @Test("pipes and backslashes are escaped, line breaks become <br>")
    func escaping() {
        let output = MarkdownRenderer.render([ReportFixtures.awkward], language: .zh)
        #expect(output.contains("| a\\|b | 0.3 |"))
        #expect(output.contains("| say \"hi\"<br>bye | 100 |"))
        #expect(MarkdownRenderer.cell("a\\b|c\r\nd") == "a\\\\b\\|c<br>d")
        #expect(MarkdownRenderer.cell("**x** p<0.01") == "**x** p<0.01")
        #expect(MarkdownRenderer.cell("≥90% 优") == "≥90% 优")
    }
}
