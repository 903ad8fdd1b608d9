import Foundation
import Testing
@testable import Impact

@Suite("Report renderer")
struct ReportRendererTests {
    @Test("each format goes to its renderer", arguments: OutputFormat.allCases)
    func dispatch(format: OutputFormat) {
        let tables = [ReportFixtures.sectors]
        let title = LocalizedText(zh: "评价", en: "Evaluation")
        let output = String(decoding: ReportRenderer.render(ReportDocument(tables, title: title), format: format, language: .en),
                            as: UTF8.self)
        let expected = switch format {
        case .table: TextTableRenderer.render(tables, language: .en, title: title)
        case .md: MarkdownRenderer.render(tables, language: .en, title: title)
        case .csv: CSVRenderer.render(tables, language: .en)
        // The fixture's NaN pull gets the renderer's note (JSONRendererTests checks its text).
        case .json: String(decoding: ReportRenderer.withNonFiniteNote(JSONRenderer.document(tables, language: .en, title: title))
            .encoded(), as: UTF8.self)
        case .html: HTMLRenderer.render(tables, language: .en, title: title)
        }
        #expect(output == expected)
        // CSV records end with CRLF, which Swift reads as one character.
        #expect(output.hasSuffix(format == .csv ? "\r\n" : "\n"))
    }
}
