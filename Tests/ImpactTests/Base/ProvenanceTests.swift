import Foundation
import Testing
@testable import Impact

@Suite("Provenance: version, command line, input hashes")
struct ProvenanceTests {
    @Test("arguments a shell would split or expand are single-quoted; Chinese and paths stay plain")
    func commandLineQuoting() {
        let record = Provenance(commandLine: ["impact", "report", "评价 2024/朝阳", "-o", "自评表.xlsx", "it's", "", "--lang=en"],
                                inputs: [])
        #expect(record.commandLineText == "impact report '评价 2024/朝阳' -o 自评表.xlsx 'it'\\''s' '' --lang=en")
        #expect(record.version == Provenance.impactVersion)
    }

    @Test("a file is hashed from its bytes; an unreadable one has no digest")
    func hashing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("impact-prov-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("面板.csv")
        try Data("abc".utf8).write(to: file)
        let input = Provenance.InputFile(name: "面板.csv", hashingFileAt: file.path)
        #expect(input.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(Provenance.InputFile(name: "gone.csv", hashingFileAt: folder.appendingPathComponent("gone.csv").path).sha256 == nil)
        let json = String(decoding: Provenance(version: "9.9", commandLine: ["impact", "rd"], inputs: [input]).jsonValue.encoded(),
                          as: UTF8.self)
        #expect(json.contains("\"version\": \"9.9\""))
        #expect(json.contains("\"sha256\": \"ba7816bf"))
        #expect(json.contains("\"file\": \"面板.csv\""))
    }
}
