// libFuzzer target: the indicator table reader (Scoring/IndicatorTable+CSV) on arbitrary
// bytes, then scoring under the built-in profile, as `impact score TABLE.csv` does.
// Run: scripts/fuzz indicator-table-csv SECONDS. A ScoringError is a correct outcome.
import Foundation
@testable import Impact

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIndicatorTableCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let table = try? IndicatorTable(csv: bytes, file: "fuzz.csv") else { return 0 }
    if let sheet = try? ScoreSheet(table: table, profile: ScoringProfile.mof2020, data: []) {
        _ = ReportRenderer.render(sheet, format: .json, language: .zh)
    }
    return 0
}
