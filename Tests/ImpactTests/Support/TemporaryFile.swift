import Foundation

/// A fresh folder `<temporary>/impact-test-<UUID>` for the files a test writes (the caller
/// removes it when it must).
func scratchFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("impact-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Files the tests write for the CLI to read, each in a folder of its own under the system's
/// temporary directory (so two files of one test may share a name across tests).
enum TemporaryFile {
    /// Writes `text` as UTF-8 to a file called `name` in a new folder
    /// `<temporary>/impact-test-<UUID>` and returns the file's path.
    static func write(_ text: String, _ name: String) throws -> String {
        let path = try scratchFolder().appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
