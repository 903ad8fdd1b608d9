import Foundation
import Testing
@testable import Impact

@Suite("escaping: HTML at scalar level, spreadsheet formulas, terminal controls")
struct EscapingTests {
    @Test("a prepended U+0600 cannot hide '<' from the HTML escaper")
    func prependedConcatenationMark() {
        let payload = "\u{600}<img src=x onerror=alert(1)// \u{600}>"
        let escaped = HTMLText.escaped(payload)
        #expect(!escaped.unicodeScalars.contains("<") && !escaped.unicodeScalars.contains(">"))
        #expect(escaped == "\u{600}&lt;img src=x onerror=alert(1)// \u{600}&gt;")
        #expect(HTMLText.escaped("a\u{301}<b\"'&") == "a\u{301}&lt;b&quot;&#39;&amp;")
        #expect(HTMLText.escaped("x\u{0}y\u{1B}z") == "x\u{FFFD}y\u{FFFD}z")
        #expect(HTMLRenderer.escape(payload) == escaped)
    }

    @Test("the page carries a Content-Security-Policy that forbids scripts; names reach it escaped")
    func contentSecurityPolicy() {
        let table = ReportTable(title: LocalizedText(zh: "t", en: "t"),
                                columns: [ReportColumn(key: "name", header: LocalizedText(zh: "名称", en: "name"))],
                                rows: [[.text("\u{600}<script>alert(1)</script>")]])
        let html = HTMLRenderer.render([table], language: .en, title: LocalizedText(zh: "\u{600}<b>", en: "\u{600}<b>"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"))
        #expect(!html.contains("<script") && !html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test("spreadsheet text: = + - @ tab CR guarded with ', other text and numbers untouched")
    func spreadsheetGuard() {
        for text in ["=1+1", "+1", "-abc", "@SUM(A1)", "\tx", "\rx", "=\u{301}"] {
            #expect(SpreadsheetText.guarded(text) == "'" + text)
        }
        for text in ["制造业", "a=b", "", " =x", "'=x"] { #expect(SpreadsheetText.guarded(text) == text) }
        let table = ReportTable(title: LocalizedText(zh: "t", en: "t"),
                                columns: [ReportColumn(key: "a", header: LocalizedText(zh: "a", en: "a")),
                                          ReportColumn(key: "b", header: LocalizedText(zh: "b", en: "b"))],
                                rows: [[.text("=HYPERLINK(\"x\")"), .number(-1.5, decimals: 1)]])
        let csv = CSVRenderer.render([table], language: .en)
        #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\",-1.5\r\n"))
    }

    @Test("terminal text: ESC, NUL, C1 and bidi overrides shown as \\u{…}; idempotent")
    func terminal() {
        #expect(TerminalText.visible("a\u{1B}[31mb\u{0}c") == "a\\u{1B}[31mb\\u{0}c")
        #expect(TerminalText.visible("x\u{9B}y\u{202E}z") == "x\\u{9B}y\\u{202E}z")
        #expect(TerminalText.visible("line\nnext") == "line\nnext")
        let once = TerminalText.visible("\u{1B}]52;c;aGk=\u{7}")
        #expect(TerminalText.visible(once) == once)
        let table = ReportTable(title: LocalizedText(zh: "t", en: "t"),
                                columns: [ReportColumn(key: "a", header: LocalizedText(zh: "a", en: "a"))],
                                rows: [[.text("red\u{1B}[31m")]])
        let text = String(decoding: ReportRenderer.render(TablesOnly(tables: [table]), format: .table, language: .en), as: UTF8.self)
        #expect(text.contains("red\\u{1B}[31m") && !text.contains("\u{1B}"))
    }
}

/// A ``Reportable`` made of given tables, for renderer tests.
private struct TablesOnly: Reportable {
    let tables: [ReportTable]
    func reportTitle(language: Language) -> LocalizedText? { nil }
    func reportTables(language: Language) -> [ReportTable] { tables }
    func jsonValue(language: Language) -> JSONValue { .null }
}
