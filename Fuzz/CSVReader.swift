// libFuzzer target: the CSV reader (Data/CSVReader) on arbitrary bytes, in the automatic
// encoding and with a money unit declared, as `impact estimate --data` reads a file.
// Run: scripts/fuzz csv-reader SECONDS. Any thrown CSVError is a correct outcome; a crash,
// a sanitizer report or a hang is a finding.
import Foundation
@testable import Impact

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let table = try? CSVReader.read(bytes: bytes, fileName: "fuzz.csv") {
        _ = table.columnNames.count
    }
    var options = CSVReadOptions()
    options.encoding = .automatic
    _ = try? CSVReader.read(bytes: bytes, fileName: "fuzz.csv", options: options)
    return 0
}
