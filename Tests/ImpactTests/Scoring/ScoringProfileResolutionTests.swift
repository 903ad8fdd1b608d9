import Foundation
import Testing
@testable import Impact

@Suite("Scoring profiles by name or file")
struct ScoringProfileResolutionTests {
    @Test("a built-in name gives that profile")
    func builtInName() throws {
        let profile = try ScoringProfile.resolve("local-strict")
        #expect(profile.name == "local-strict")
        #expect(profile.costOverrun == .linear)
        #expect(profile.notApplicable == .rescaleToFull)
    }

    @Test("a path to a profile JSON file reads the file")
    func file() throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-profile-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try #"{"name": "whole-points", "decimals": 0}"#.write(to: url, atomically: true, encoding: .utf8)
        let profile = try ScoringProfile.resolve(url.path)
        #expect(profile.name == "whole-points")
        #expect(profile.rounding == .integer)
    }

    @Test("neither a name nor a file: unknownProfile listing the built-in names")
    func unknown() {
        #expect(throws: ScoringError.unknownProfile("nope", available: ["mof-2020", "mof-2020-execution-20", "mof-2020-integer", "local-strict"])) {
            try ScoringProfile.resolve("nope")
        }
    }

    @Test("a folder path cannot be read as a profile and says so")
    func unreadable() throws {
        let folder = FileManager.default.temporaryDirectory.path
        do {
            _ = try ScoringProfile.resolve(folder)
            Issue.record("a folder was read as a profile")
        } catch let error {
            guard case .invalidProfile(let file, _, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(file == folder)
            #expect(error.description.hasPrefix("\(folder): the scoring profile cannot be read"))
        }
    }
}
