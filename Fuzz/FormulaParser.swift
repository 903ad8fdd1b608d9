// libFuzzer target: the formula parser and its expansion (Design/Formula) on arbitrary text.
// Run: scripts/fuzz formula-parser SECONDS. A FormulaError is a correct outcome; a crash,
// a stack overflow or a hang (e.g. an expansion that is not counted first) is a finding.
import Foundation
@testable import Impact

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormulaParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let formula = try? Formula(text) {
        _ = formula.columnNames
        _ = formula.terms.map(\.description)
    }
    return 0
}
