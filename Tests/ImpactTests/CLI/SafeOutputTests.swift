import Foundation
import Testing
@testable import Impact

/// `-o` writes (``OutputFile``): links followed, modes kept, devices and FIFOs written
/// through, one plain sentence for a folder, an empty path or a missing parent.
@Suite("safe -o writes")
struct SafeOutputTests {
    let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("safe-out-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    @Test("a symbolic link is followed: the target is written, the link stays a link")
    func symlink() throws {
        let target = folder.appendingPathComponent("target.txt").path
        let link = folder.appendingPathComponent("link.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.txt")
        try OutputFile.write(Data("new".utf8), toPath: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "target.txt")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
    }

    @Test("an existing file keeps its mode 0600; no temporary file is left")
    func mode() throws {
        let path = folder.appendingPathComponent("secret.json").path
        try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        try OutputFile.write(Data("[1]".utf8), toPath: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["secret.json"])
    }

    @Test("/dev/null is written through and stays a character device")
    func device() throws {
        try OutputFile.write(Data("x".utf8), toPath: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test("a FIFO is written through, not replaced")
    func fifo() throws {
        let path = folder.appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        let received = ReceivedBytes()
        let reader = Thread {
            let descriptor = open(path, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 64)
            var bytes: [UInt8] = []
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { break }
                bytes += buffer[..<count]
            }
            close(descriptor)
            received.set(bytes)
        }
        reader.start()
        try OutputFile.write(Data("through".utf8), toPath: path)
        for _ in 0..<200 where received.get() == nil { usleep(10_000) }
        #expect(received.get() == Array("through".utf8))
        var status = stat()
        #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }

    @Test("a folder, an empty path, a missing parent and a dangling link: one sentence each")
    func refusals() throws {
        #expect(throws: OutputFileError.isDirectory(path: folder.path)) { try OutputFile.write(Data(), toPath: folder.path) }
        #expect(throws: OutputFileError.emptyPath) { try OutputFile.write(Data(), toPath: "") }
        let missing = folder.appendingPathComponent("no/such/file.csv").path
        #expect(throws: OutputFileError.missingFolder(path: missing, folder: folder.appendingPathComponent("no/such").path)) {
            try OutputFile.write(Data(), toPath: missing)
        }
        let link = folder.appendingPathComponent("dangling").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/no/such/dir/x")
        #expect(throws: OutputFileError.danglingLink(path: link, target: "/no/such/dir/x")) {
            try OutputFile.write(Data(), toPath: link)
        }
        #expect(!OutputFileError.emptyPath.description.contains("NSCocoa"))
    }

    @Test("generate writes byte-identical files on two runs (determinism), leaving no temporary file")
    func generateTwice() throws {
        var contents: [[String: Data]] = []
        for run in 0..<2 {
            let out = folder.appendingPathComponent("gen\(run)")
            let result = try CLIRunner.run(["generate", "chaoyang-2024", "--out", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
            #expect(!names.isEmpty && !names.contains { $0.hasPrefix(".") })
            contents.append(Dictionary(uniqueKeysWithValues: try names.map { ($0, try Data(contentsOf: out.appendingPathComponent($0))) }))
        }
        #expect(contents[0] == contents[1])
    }

    @Test("the CLI: -o to /dev/null succeeds; -o to a 0600 file keeps 0600")
    func cli() throws {
        let run = try CLIRunner.run(["score", "datasets/chaoyang-2024/indicators.csv", "-o", "/dev/null"],
                                    workingDirectory: CLIRunner.repositoryRoot)
        #expect(run.status == 0)
        let path = folder.appendingPathComponent("s.json").path
        FileManager.default.createFile(atPath: path, contents: Data(), attributes: [.posixPermissions: 0o600])
        let second = try CLIRunner.run(["score", "datasets/chaoyang-2024/indicators.csv", "--format", "json", "-o", path],
                                       workingDirectory: CLIRunner.repositoryRoot)
        #expect(second.status == 0)
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}

/// Bytes handed from the FIFO reader thread to the test.
private final class ReceivedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8]?
    func set(_ value: [UInt8]) { lock.lock(); bytes = value; lock.unlock() }
    func get() -> [UInt8]? { lock.lock(); defer { lock.unlock() }; return bytes }
}
