import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension OutputFile {
    /// Writes `bytes` to a temporary file beside `target` and renames it over `target`.
    /// `existing` is the status of the file being replaced (its mode and owner are kept), or
    /// `nil` for a new file (mode `0666 & ~umask`).
    static func replace(_ target: String, with bytes: Data, keeping existing: stat?,
                        reportedAs path: String) throws(OutputFileError) {
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let template = (folder.isEmpty ? "" : folder + "/") + "." + name + ".impact-XXXXXX"
        // The cleanup handlers are installed and the template registered before mkstemp
        // fills in its name and creates the file in that same buffer, so a signal delivered
        // to any thread at any moment (a BLAS or parsing thread does not block it) finds the
        // path: before the file exists, its unlink fails harmlessly.
        let pending = TemporaryFileCleanup.register(template)
        let descriptor = mkstemp(pending)
        guard descriptor >= 0 else {
            TemporaryFileCleanup.clear()
            throw .cannotWrite(path: path, reason: systemReason())
        }
        let temporary = String(cString: pending)
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary) }
            TemporaryFileCleanup.clear()
        }
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, reportedAs: path)
            if let existing {
                _ = fchown(descriptor, existing.st_uid, existing.st_gid)
                fchmod(descriptor, existing.st_mode & 0o7777)
            } else {
                fchmod(descriptor, 0o666 & ~currentUmask())
            }
            guard fsync(descriptor) == 0 else { throw OutputFileError.cannotWrite(path: path, reason: systemReason()) }
        }
        guard rename(temporary, target) == 0 else { throw .cannotWrite(path: path, reason: systemReason()) }
        succeeded = true
    }

    /// The process's file-creation mask (read by setting it and putting it back).
    static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}

/// The one temporary output file that exists at a time, removed if SIGINT, SIGTERM or SIGHUP
/// arrives before it is renamed into place.
///
/// The handler only calls `unlink`, `signal` and `raise`, which are async-signal-safe: it
/// removes the file, restores the default action and raises the signal again, so the process
/// ends with the status the signal would have given it.
enum TemporaryFileCleanup {
    /// The path of the pending temporary file as a C string, or `nil`; owned here.
    nonisolated(unsafe) static var pendingPath: UnsafeMutablePointer<CChar>?
    /// The signals whose arrival removes the file.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Remembers `path` (a copy, returned so that `mkstemp` can fill in its name in place)
    /// and installs the handlers.
    static func register(_ path: String) -> UnsafeMutablePointer<CChar> {
        let copy = strdup(path)!
        pendingPath = copy
        for signalNumber in signals {
            signal(signalNumber) { received in
                if let path = TemporaryFileCleanup.pendingPath { unlink(path) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
        return copy
    }

    /// Forgets the path and restores the default handlers.
    static func clear() {
        for signalNumber in signals { signal(signalNumber, SIG_DFL) }
        let path = pendingPath
        pendingPath = nil
        free(path)
    }
}
