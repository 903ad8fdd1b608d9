// libFuzzer target: the xlsx reader (Data/XLSXWorkbook, XLSXSheet, XMLByteScanner via
// TableFile.read) on arbitrary bytes written to a temporary .xlsx file, as
// `impact estimate --data book.xlsx` reads one; also the first sheet as CSV and a named sheet.
// Run: scripts/fuzz xlsx-reader SECONDS. Any thrown CSVError is a correct outcome; a crash,
// a sanitizer report or a hang is a finding.
import Foundation
@testable import Impact

private let fuzzPath = NSTemporaryDirectory() + "impact-fuzz-\(getpid()).xlsx"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXlsxReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard FileManager.default.createFile(atPath: fuzzPath, contents: bytes) else { return 0 }
    if let table = try? TableFile.read(path: fuzzPath) {
        _ = table.columnNames.count
    }
    _ = try? TableFile.sheetAsCSV(path: fuzzPath)
    _ = try? TableFile.read(path: fuzzPath + "#Sheet1")
    return 0
}
