import Foundation
import Testing

/// Runs every case of ``HostileInputCatalogue`` through the binary: a clear error (status,
/// message, no output, no `-o` file, never a crash or "Fatal error") or a correct result.
@Suite("hostile and malformed inputs over every command (catalogue, issue 10)")
struct HostileInputCatalogueTests {
    @Test("the catalogue holds at least 100 cases")
    func size() {
        #expect(HostileInputCatalogue.cases.count >= 100)
    }

    @Test("each hostile input has its expected outcome", arguments: HostileInputCatalogue.cases)
    func outcome(_ hostile: HostileCase) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, bytes) in hostile.files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if name.hasSuffix("/x") { continue }
            try Data(bytes).write(to: url)
        }
        let arguments = hostile.arguments.map { $0 == "@" ? folder.path : $0.replacingOccurrences(of: "@/", with: folder.path + "/") }
        let run = try CLIRunner.run(arguments, workingDirectory: CLIRunner.repositoryRoot,
                                    environment: hostile.environment, timeout: 30)
        #expect(!run.stderr.contains("Fatal error"), "\(hostile.name): \(run.stderr)")
        #expect(run.status < 128, "\(hostile.name): killed by a signal")
        #expect(!run.stderr.unicodeScalars.contains("\u{1B}") && !run.stderr.unicodeScalars.contains("\u{0}"),
                "\(hostile.name): raw control characters on standard error")
        switch hostile.outcome {
        case let .error(status, message):
            #expect(run.status == status, "\(hostile.name): status \(run.status), stderr \(run.stderr)")
            // Warnings may come first (score); the error is the last line.
            let lastLine = run.stderr.split(separator: "\n").last.map(String.init) ?? ""
            #expect(lastLine.hasPrefix("Error: ") || run.stderr.hasPrefix("Error: "), "\(hostile.name): \(run.stderr)")
            #expect(message.isEmpty || run.stderr.contains(message), "\(hostile.name): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(hostile.name)")
            #expect(!run.stderr.contains("NSCocoaErrorDomain"))
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            #expect(!leftovers.contains("out.txt") && !leftovers.contains { $0.contains(".impact-") },
                    "\(hostile.name): \(leftovers)")
        case let .result(contains, excludes):
            #expect(run.status == 0, "\(hostile.name): \(run.stderr)")
            for text in contains { #expect(run.stdout.contains(text), "\(hostile.name): missing \(text)") }
            for text in excludes { #expect(!run.stdout.contains(text), "\(hostile.name): contains \(text.debugDescription)") }
        }
    }
}
