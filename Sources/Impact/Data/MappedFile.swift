#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes mapped read-only into memory.
///
/// Mapping instead of reading lets the reader hand already-parsed stretches back to the
/// kernel (``release(before:)``), so a large CSV does not stay resident next to the table
/// built from it; pages are fetched again from the page cache if a later pass needs them.
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?
    private var released = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    init(path: String) throws(CSVError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .cannotRead(file: path, reason: Self.lastError()) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .cannotRead(file: path, reason: Self.lastError())
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw .cannotRead(file: path, reason: "it is a directory")
        }
        let size = Int(status.st_size)
        guard size > 0 else {
            mapping = nil
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0)
        guard let address, address != MAP_FAILED else {
            throw .cannotRead(file: path, reason: Self.lastError())
        }
        _ = madvise(address, size, MADV_SEQUENTIAL)
        mapping = address
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit {
        if let mapping { munmap(mapping, bytes.count) }
    }

    /// Drops the pages wholly before byte `offset` from this process's memory.
    func release(before offset: Int) {
        guard let mapping else { return }
        let end = offset / Self.pageSize * Self.pageSize
        guard end > released else { return }
        _ = madvise(mapping + released, end - released, MADV_DONTNEED)
        released = end
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
