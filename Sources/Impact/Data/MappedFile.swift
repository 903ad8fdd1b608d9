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
///
/// Sendable because nothing changes after `init` except the release cursor of the
/// sequential ``release(before:)``; ``release(_:)`` keeps no state and may run on two
/// threads at once (the parallel reader's halves).
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?
    /// Memory read from a stream that cannot be mapped, freed in `deinit`.
    private var owned: UnsafeMutablePointer<UInt8>?
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
        if let kind = CSVInputLimits.refusedKind(mode: status.st_mode) {
            throw .cannotRead(file: path, reason: "it is \(kind), not a file")
        }
        if (status.st_mode & S_IFMT) != S_IFREG {
            // A pipe or device (`/dev/stdin`, process substitution): read it to the end.
            let (pointer, count) = try Self.readStream(descriptor, path: path)
            mapping = nil
            owned = pointer
            bytes = UnsafeBufferPointer(start: pointer, count: count)
            return
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
        owned?.deallocate()
    }

    /// Reads a non-seekable stream to its end into newly allocated memory.
    private static func readStream(_ descriptor: Int32, path: String) throws(CSVError)
        -> (UnsafeMutablePointer<UInt8>, Int) {
        var capacity = 1 << 20
        var pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        var count = 0
        let limit = CSVInputLimits.maximumStreamBytes
        while true {
            if count >= limit {
                pointer.deallocate()
                throw .cannotRead(file: path, reason: CSVInputLimits.streamTooLong(limit))
            }
            if count == capacity {
                let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                larger.update(from: pointer, count: count)
                pointer.deallocate()
                pointer = larger
                capacity *= 2
            }
            let got = read(descriptor, pointer + count, capacity - count)
            if got < 0 {
                if errno == EINTR { continue }
                pointer.deallocate()
                throw .cannotRead(file: path, reason: lastError())
            }
            if got == 0 { break }
            count += got
        }
        return (pointer, count)
    }

    /// Drops the pages wholly before byte `offset` from this process's memory.
    func release(before offset: Int) {
        guard let mapping else { return }
        let end = offset / Self.pageSize * Self.pageSize
        guard end > released else { return }
        _ = madvise(mapping + released, end - released, MADV_DONTNEED)
        released = end
    }

    /// Drops the pages wholly or partly inside `range` (byte offsets) from this process's
    /// memory. Safe from several threads at once: the mapping is read-only, so a dropped
    /// page that is read again is simply fetched again from the page cache.
    func release(_ range: Range<Int>) {
        guard let mapping, !range.isEmpty else { return }
        let start = range.lowerBound / Self.pageSize * Self.pageSize
        let end = min(range.upperBound, bytes.count) / Self.pageSize * Self.pageSize
        guard end > start else { return }
        _ = madvise(mapping + start, end - start, MADV_DONTNEED)
    }

    /// Brings the pages of `range` (byte offsets) in at once (`MADV_POPULATE_READ`, Linux
    /// 5.14 and later; elsewhere the pages fault in as read) when `bringIn`, or hands them
    /// back (see ``release(_:)``). Safe from several threads at once.
    func advise(_ range: Range<Int>, bringIn: Bool) {
        guard bringIn else { return release(range) }
        #if os(Linux)
        guard let mapping, !range.isEmpty else { return }
        let start = range.lowerBound / Self.pageSize * Self.pageSize
        let end = min(range.upperBound, bytes.count)
        guard end > start else { return }
        _ = madvise(mapping + start, end - start, Self.populateRead)
        #endif
    }

    /// `MADV_POPULATE_READ` (not in every C library's headers).
    private static let populateRead: Int32 = 22

    /// Whether the whole file is valid UTF-8, checked in 32 MB stretches whose pages are
    /// handed back as soon as they are checked (so a later parse starts with little resident).
    func isValidUTF8ReleasingPages() -> Bool {
        let stretch = 1 << 25
        var start = 0
        defer { released = 0 }
        while start < bytes.count {
            var end = min(start + stretch, bytes.count)
            // Never split a multi-byte sequence: end just after an ASCII byte.
            while end < bytes.count, bytes[end - 1] >= 0x80 { end += 1 }
            let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !CSVEncoding.isValidUTF8(part) { return false }
            release(before: end)
            start = end
        }
        return true
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
