import Foundation
import Testing
@testable import Impact

@Suite("Bundled dataset location")
struct BundledDatasetTests {
    /// A scratch repository: `<root>/datasets/demo/` and `<root>/.build/release/impact`.
    private func makeRepository() throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-locate-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("datasets/demo"),
                                                withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent(".build/release"),
                                                withIntermediateDirectories: true)
        try Data().write(to: root.appendingPathComponent(".build/release/impact"))
        return root
    }

    @Test("found from the current folder")
    func fromCurrentDirectory() throws {
        let root = try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let found = try BundledDataset.locate("demo", currentDirectory: root, executable: nil)
        #expect(found.path == root.appendingPathComponent("datasets/demo").standardizedFileURL.path)
    }

    @Test("found from the executable's location when run elsewhere")
    func fromExecutable() throws {
        let root = try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let elsewhere = FileManager.default.temporaryDirectory
        let found = try BundledDataset.locate("demo", currentDirectory: elsewhere,
                                              executable: root.appendingPathComponent(".build/release/impact"))
        #expect(found.resolvingSymlinksInPath().path
                == root.appendingPathComponent("datasets/demo").resolvingSymlinksInPath().path)
    }

    @Test("a missing dataset names every folder searched")
    func notFound() throws {
        let root = try makeRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        do {
            _ = try BundledDataset.locate("absent", currentDirectory: root, executable: nil)
            Issue.record("no error thrown")
        } catch let error as EvaluationError {
            guard case let .datasetNotFound(name, searched) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(name == "absent")
            #expect(searched == [root.appendingPathComponent("datasets/absent").standardizedFileURL.path])
            #expect(error.description.contains("datasets/absent"))
        }
    }
}
