import Foundation

/// Files the tests write for the CLI to read, each in a folder of its own under the system's
/// temporary directory (so two files of one test may share a name across tests).
enum TemporaryFile {
    /// Writes `text` as UTF-8 to a file called `name` in a new folder
    /// `<temporary>/impact-test-<UUID>` and returns the file's path.
    static func write(_ text: String, _ name: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("impact-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
