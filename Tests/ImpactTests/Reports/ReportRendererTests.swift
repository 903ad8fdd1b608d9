import Foundation
import Testing
@testable import Impact

@Suite("Report renderer")
struct ReportRendererTests {
    @Test("each text format goes to its renderer", arguments: OutputFormat.allCases.filter { !$0.isBinary })
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
        case .xlsx, .docx: ""
        }
        #expect(output == expected)
        // CSV records end with CRLF, which Swift reads as one character.
        #expect(output.hasSuffix(format == .csv ? "\r\n" : "\n"))
    }

    @Test("xlsx and docx are ZIP packages of their generic layout", arguments: [OutputFormat.xlsx, .docx])
    func office(format: OutputFormat) {
        let tables = [ReportFixtures.sectors]
        let bytes = ReportRenderer.render(ReportDocument(tables, title: nil), format: format, language: .en)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let expected = format == .xlsx ? Workbook(tables: tables, language: .en).xlsxData()
            : WordDocument(title: nil, tables: tables, language: .en).docxData()
        #expect(bytes == expected)
    }
}
