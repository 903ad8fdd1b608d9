import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Hostile indicator and sector names (an HTML payload hidden behind U+0600, a spreadsheet
/// formula, ESC/OSC sequences) through `report`, `score` and `growth` in every file format
/// that carries names: HTML is escaped, CSV and xlsx text cells are guarded against formulas,
/// xlsx and docx parts stay well-formed XML with the names as plain text (issue 10).
@Suite("hostile names through html, xlsx, docx and csv output (issue 10)")
struct HostileNamesInOfficeOutputTests {
    static let payload = HostileInputCatalogue.htmlPayload
    static let formula = "=HYPERLINK(\"http://x\")"
    static let escape = "名称\u{1B}[31m红\u{1B}]8;;http://x\u{7}"

    /// The three commands, each given files in a fresh folder that carry the hostile names.
    enum Command: String, CaseIterable, Sendable {
        case report, score, growth

        /// Files to write (relative path → text) and the arguments before `--format`.
        func setUp(in folder: URL) throws -> [String] {
            switch self {
            case .score:
                let table = """
                一级指标,二级指标,三级指标,指标说明,年度指标值,实际完成值,分值
                产出指标,数量指标,\(payload),说明,100家,97家,50
                产出指标,数量指标,\(formula),说明,100家,97家,30
                产出指标,数量指标,\(escape),说明,100家,97家,20

                """
                try Data(table.utf8).write(to: folder.appendingPathComponent("i.csv"))
                return ["score", folder.appendingPathComponent("i.csv").path]
            case .growth:
                let panel = HostileInputCatalogue.panel
                    .replacingOccurrences(of: "制造业", with: payload)
                    .replacingOccurrences(of: "软件业", with: formula + "\u{1B}[2J")
                try Data(panel.utf8).write(to: folder.appendingPathComponent("p.csv"))
                return ["growth", "--data", folder.appendingPathComponent("p.csv").path]
            case .report:
                // The bundled dataset with one sector and one indicator renamed.
                let source = CLIRunner.repositoryRoot.appendingPathComponent("datasets/chaoyang-2024")
                let dataset = folder.appendingPathComponent("ds")
                try FileManager.default.createDirectory(at: dataset, withIntermediateDirectories: true)
                for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".csv") {
                    var text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
                    text = text.replacingOccurrences(of: "科技服务业", with: payload)
                    if name == "indicators.csv" {
                        text = text.replacingOccurrences(of: ",数量指标,", with: "," + formula + escape + ",")
                    }
                    try Data(text.utf8).write(to: dataset.appendingPathComponent(name))
                }
                return ["report", dataset.path]
            }
        }
    }

    /// Runs `command` with `--format format -o out.FORMAT` and returns the bytes written.
    static func output(_ command: Command, format: String) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.\(format)")
        let run = try CLIRunner.run(try command.setUp(in: folder) + ["--format", format, "-o", out.path],
                                    workingDirectory: CLIRunner.repositoryRoot, timeout: 120)
        try #require(run.status == 0, "\(command) \(format): \(run.stderr)")
        #expect(!run.stderr.unicodeScalars.contains("\u{1B}"), "\(command) \(format): raw ESC in \(run.stderr)")
        return try Data(contentsOf: out)
    }

    @Test("HTML: the payload is escaped, no raw ESC", arguments: Command.allCases)
    func html(_ command: Command) throws {
        let page = String(decoding: try Self.output(command, format: "html"), as: UTF8.self)
        #expect(!page.contains("<img"), "\(command): unescaped <img")
        #expect(page.contains("&lt;img src=x"), "\(command): the name is missing")
        #expect(page.contains("Content-Security-Policy"))
        #expect(!page.unicodeScalars.contains("\u{1B}") && !page.unicodeScalars.contains("\u{7}"), "\(command): raw control character")
    }

    @Test("CSV: the formula name is guarded, the payload quoted as text", arguments: Command.allCases)
    func csv(_ command: Command) throws {
        let text = String(decoding: try Self.output(command, format: "csv"), as: UTF8.self)
        let fields = text.replacingOccurrences(of: "\r\n", with: "\n").split(whereSeparator: { $0 == "\n" || $0 == "," }).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        #expect(fields.contains { $0.hasPrefix("'=HYPERLINK") }, "\(command): no guarded formula name")
        #expect(!fields.contains { $0.hasPrefix("=") || $0.hasPrefix("+") || $0.hasPrefix("@") }, "\(command): an unguarded formula")
        #expect(text.contains("<img src=x"), "\(command): the name is missing")
        #expect(!text.unicodeScalars.contains("\u{1B}"), "\(command): raw ESC")
        #expect(text.contains("\\u{1B}["), "\(command): ESC not shown visibly")
    }

    @Test("xlsx and docx: every part well-formed, names as plain text, no formula", arguments: Command.allCases, ["xlsx", "docx"])
    func office(_ command: Command, format: String) throws {
        let file = try OfficeFile(try Self.output(command, format: format))
        var allText = ""
        for path in file.paths where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            let raw = try file.text(path)
            #expect(!raw.contains("<img"), "\(command) \(format) \(path): unescaped <img")
            #expect(!raw.unicodeScalars.contains("\u{1B}") && !raw.unicodeScalars.contains("\u{7}"),
                    "\(command) \(format) \(path): a control character XML forbids")
            let document = try file.xml(path)
            allText += (document.rootElement()?.stringValue ?? "") + "\n"
            if format == "xlsx", path.hasPrefix("xl/worksheets/") {
                #expect(try document.elements("f").isEmpty, "\(path): a formula element")
                for cell in try document.elements("t") {
                    let value = cell.stringValue ?? ""
                    #expect(!(value.hasPrefix("=") || value.hasPrefix("+") || value.hasPrefix("@")), "\(path): unguarded \(value)")
                }
            }
        }
        #expect(allText.contains("<img src=x onerror="), "\(command) \(format): the name is missing")
        if format == "xlsx" { #expect(allText.contains("'=HYPERLINK"), "\(command): no guarded formula name") }
    }
}
