// libFuzzer target: the project file reader (Evaluation/ProjectFile: TOMLReader, then
// EvaluationProject's decoding of [programme], [columns], [values], [analysis]) on arbitrary
// bytes read as UTF-8 text, as `impact evaluate` reads impact.toml.
// Run: scripts/fuzz project-file SECONDS. Any thrown ProjectFileError is a correct outcome;
// a crash, a sanitizer report or a hang is a finding.
import Foundation
@testable import Impact

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzProjectFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? TOMLReader.parse(text, file: "impact.toml")
    _ = try? EvaluationProject(toml: text, file: "impact.toml", directory: "/nonexistent-fuzz")
    return 0
}
