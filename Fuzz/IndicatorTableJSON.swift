// libFuzzer target: the indicator table reader for JSON (Scoring/IndicatorTable+JSON) on
// arbitrary bytes, then scoring under the built-in profile.
// Run: scripts/fuzz indicator-table-json SECONDS. A ScoringError is a correct outcome.
import Foundation
@testable import Impact

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIndicatorTableJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let table = try? IndicatorTable(json: bytes, file: "fuzz.json") else { return 0 }
    if let sheet = try? ScoreSheet(table: table, profile: ScoringProfile.mof2020, data: []) {
        _ = ReportRenderer.render(sheet, format: .html, language: .zh)
    }
    return 0
}
