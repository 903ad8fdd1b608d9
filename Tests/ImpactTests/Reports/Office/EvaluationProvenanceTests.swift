import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Impact

/// The reproducibility footer of the bundled evaluation: version, command line and the
/// SHA-256 of each file the report read, in HTML, Word and JSON.
@Suite("Evaluation provenance")
struct EvaluationProvenanceTests {
    static let commandLine = ["impact", "report", "datasets/chaoyang-2024", "-o", "评价 报告.html"]

    static func report() throws -> EvaluationReport {
        try EvaluationReport.load(directory: ChaoyangFiles.chaoyang).recordingProvenance(commandLine: commandLine)
    }

    @Test("the files read are named as the project names them, each with the digest of its bytes")
    func inputs() throws {
        let report = try Self.report()
        let provenance = try #require(report.provenance)
        #expect(provenance.inputs.map(\.name) == ["impact.toml", "indicators.csv", "panel.csv", "sector_totals.csv"])
        for input in provenance.inputs {
            let bytes = try Data(contentsOf: ChaoyangFiles.chaoyang.appendingPathComponent(input.name))
            #expect(input.sha256 == SHA256.hexDigest(bytes))
        }
        #expect(try EvaluationReport.load(directory: ChaoyangFiles.chaoyang).provenance == nil)
    }

    @Test("HTML ends with the footer; docx's appendix and JSON carry the same record")
    func printed() throws {
        let report = try Self.report()
        let digest = try #require(report.provenance?.inputs.first?.sha256)
        let html = String(decoding: ReportRenderer.render(report, format: .html, language: .zh), as: UTF8.self)
        let footer = try #require(html.range(of: "<footer class=\"provenance\">"))
        let tail = String(html[footer.lowerBound...])
        #expect(tail.contains("Impact \(Provenance.impactVersion)"))
        #expect(tail.contains("<code>impact report datasets/chaoyang-2024 -o &#39;评价 报告.html&#39;</code>"))
        #expect(tail.contains("<td>impact.toml</td><td><code>\(digest)</code></td>"))
        let docx = try OfficeFile(ReportRenderer.render(report, format: .docx, language: .en))
        let text = try docx.xml("word/document.xml").elements("t").compactMap(\.stringValue)
        #expect(text.contains("SHA-256 impact.toml: \(digest)"))
        #expect(text.contains("Command: impact report datasets/chaoyang-2024 -o '评价 报告.html'"))
        let json = String(decoding: ReportRenderer.render(report, format: .json, language: .zh), as: UTF8.self)
        #expect(json.contains("\"sha256\": \"\(digest)\""))
        // Without a record there is no footer.
        let plain = String(decoding: ReportRenderer.render(try EvaluationReport.load(directory: ChaoyangFiles.chaoyang),
                                                           format: .html, language: .zh), as: UTF8.self)
        #expect(!plain.contains("class=\"provenance\""))
    }
}
