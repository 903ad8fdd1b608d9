import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a report to a path given by the user (`-o FILE`): whole or not at all, and without
/// damaging what the path already is.
///
/// - A **regular file** (new or existing) is written to a temporary file in the same folder
///   (`.NAME.impact-XXXXXX`), flushed, then renamed over the path, so a reader never sees half
///   a report and a failure leaves the old file as it was. An existing file keeps its
///   permission bits (a 0600 file stays 0600) and, where the process may, its owner; a new
///   file gets `0666 & ~umask`, like any program's output.
/// - A **symbolic link** is followed: its target is written (the link stays a link). A link
///   to nothing is refused.
/// - A **character device** (`/dev/null`, `/dev/stdout`, a terminal) or a **FIFO** is written
///   through, never replaced by a regular file (a FIFO whose reader is gone is an error, not
///   SIGPIPE). Sockets and block devices are refused.
/// - A folder, an empty path and a missing parent folder are refused with one sentence
///   (``OutputFileError``).
///
/// While the temporary file exists, SIGINT, SIGTERM and SIGHUP remove it before the process
/// ends with the signal's usual status, so an interrupted run leaves no `.impact-` file.
public enum OutputFile {
    /// Writes `bytes` to `path` as described above.
    public static func write(_ bytes: Data, toPath path: String) throws(OutputFileError) {
        guard !path.isEmpty else { throw .emptyPath }
        let target = try resolvedTarget(path)
        var status = stat()
        if stat(target, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR: throw .isDirectory(path: path)
            case S_IFCHR, S_IFIFO: return try writeThrough(bytes, to: target, reportedAs: path)
            case S_IFREG: return try replace(target, with: bytes, keeping: status, reportedAs: path)
            case S_IFBLK: throw .unsupportedFileType(path: path, kind: "block device")
            case S_IFSOCK: throw .unsupportedFileType(path: path, kind: "socket")
            default: throw .unsupportedFileType(path: path, kind: "special file")
            }
        }
        let folder = (target as NSString).deletingLastPathComponent
        var folderStatus = stat()
        if !folder.isEmpty, stat(folder, &folderStatus) != 0 || folderStatus.st_mode & S_IFMT != S_IFDIR {
            throw .missingFolder(path: path, folder: folder)
        }
        if path.hasSuffix("/") { throw .isDirectory(path: path) }
        try replace(target, with: bytes, keeping: nil, reportedAs: path)
    }

    /// The path to write: `path` itself, or the final target of a chain of symbolic links.
    static func resolvedTarget(_ path: String) throws(OutputFileError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else {
                throw .cannotWrite(path: path, reason: "its symbolic link cannot be read")
            }
            let next = destination.hasPrefix("/") ? destination
                : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
            var targetStatus = stat()
            if lstat(next, &targetStatus) != 0 {
                let parent = (next as NSString).deletingLastPathComponent
                var parentStatus = stat()
                if stat(parent.isEmpty ? "." : parent, &parentStatus) != 0 {
                    throw .danglingLink(path: path, target: destination)
                }
            }
            current = next
        }
        throw .cannotWrite(path: path, reason: "it is a chain of more than 40 symbolic links")
    }

    /// Writes `bytes` straight into an existing character device or FIFO.
    static func writeThrough(_ bytes: Data, to target: String, reportedAs path: String) throws(OutputFileError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: systemReason()) }
        // A FIFO whose reader has gone gives EPIPE (an error naming the path), not SIGPIPE.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer {
            close(descriptor)
            signal(SIGPIPE, previous)
        }
        try writeAll(bytes, to: descriptor, reportedAs: path)
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes and interruptions.
    static func writeAll(_ bytes: Data, to descriptor: Int32, reportedAs path: String) throws(OutputFileError) {
        let failure: String? = bytes.withUnsafeBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = posixWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return systemReason()
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .cannotWrite(path: path, reason: failure) }
    }

    /// The system's explanation of the last failure (`strerror(errno)`), e.g. "No space left on device".
    static func systemReason() -> String {
        String(cString: strerror(errno))
    }
}

/// POSIX `write(2)` under a name that the static `OutputFile.write` does not shadow.
func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
