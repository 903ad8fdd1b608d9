#if canImport(Glibc)
import Glibc
#endif

extension ProcessMemory {
    /// Allocations at least this large (bytes) are worth backing with huge pages.
    static let hugePageThreshold = 1 << 22

    /// Allocations larger than this (bytes) stay on 4 KiB pages. On this project's
    /// benchmark machine (a VM whose balloon hands free memory back to its host) a large
    /// allocation is mostly memory the host has taken back, and its first touch cost more
    /// kernel time on huge pages than on 4 KiB pages: at 10M rows (80 MB columns, a 480 MB
    /// design) 1.9–2.3 s of system time against 1.1–1.5 s, alternating runs; at 1M rows
    /// (8 MB columns, a 48 MB design) huge pages were faster (0.12 s against 0.16 s).
    static let hugePageCeiling = 1 << 26

    /// Asks the kernel to back the 2 MiB-aligned interior of `byteCount` bytes at `start`
    /// with transparent huge pages (`madvise(MADV_HUGEPAGE)`), so that filling a fresh
    /// column faults once per 2 MiB instead of once per 4 KiB page (each fault zeroes the
    /// page first; at 4 KiB that is most of the kernel time of reading a large file).
    ///
    /// Conventions: an advice, never an error; does nothing for less than
    /// ``hugePageThreshold`` or more than ``hugePageCeiling`` bytes, where the system runs transparent huge pages `never`, or
    /// off Linux. Pages already touched are unaffected. The cost is at most one partly
    /// used 2 MiB page at the end of the region.
    static func adviseHugePages(_ start: UnsafeMutableRawPointer, byteCount: Int) {
        #if os(Linux)
        guard byteCount >= hugePageThreshold, byteCount <= hugePageCeiling,
              let (pointer, length) = alignedInterior(start, byteCount: byteCount, alignment: 1 << 21) else { return }
        _ = madvise(pointer, length, MADV_HUGEPAGE)
        #endif
    }
}

extension ProcessMemory {
    /// The largest stretch of `byteCount` bytes at `start` whose start and end are multiples
    /// of `alignment` (a power of two): its start and length, or `nil` when it is empty.
    static func alignedInterior(_ start: UnsafeMutableRawPointer, byteCount: Int,
                                alignment: Int) -> (UnsafeMutableRawPointer, Int)? {
        let address = Int(bitPattern: start)
        let alignedStart = (address + alignment - 1) & ~(alignment - 1)
        let alignedEnd = (address + byteCount) & ~(alignment - 1)
        guard alignedEnd > alignedStart, let pointer = UnsafeMutableRawPointer(bitPattern: alignedStart) else {
            return nil
        }
        return (pointer, alignedEnd - alignedStart)
    }
}

extension Array where Element: BitwiseCopyable {
    /// `reserveCapacity(minimumCapacity)`, then ``ProcessMemory/adviseHugePages(_:byteCount:)``
    /// on the reserved storage, so that appending to a large fresh array faults once per
    /// 2 MiB instead of once per 4 KiB page. Same values as `reserveCapacity`; an advice only.
    mutating func reserveCapacityOnHugePages(_ minimumCapacity: Int) {
        reserveCapacity(minimumCapacity)
        let bytes = capacity * MemoryLayout<Element>.stride
        withUnsafeMutableBufferPointer { buffer in
            // An empty array with reserved room still points at its storage.
            if let start = buffer.baseAddress {
                ProcessMemory.adviseHugePages(UnsafeMutableRawPointer(start), byteCount: bytes)
            }
        }
    }

    /// `Array(repeating: value, count: count)`, its storage advised onto huge pages before
    /// it is filled (see ``reserveCapacityOnHugePages(_:)``).
    init(onHugePagesRepeating value: Element, count: Int) {
        self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
            if let start = buffer.baseAddress {
                ProcessMemory.adviseHugePages(UnsafeMutableRawPointer(start),
                                              byteCount: count * MemoryLayout<Element>.stride)
                start.initialize(repeating: value, count: count)
            }
            initialized = count
        }
    }

    /// A copy of `source`, its storage advised onto huge pages before it is written (see
    /// ``reserveCapacityOnHugePages(_:)``).
    init(onHugePagesCopying source: UnsafeBufferPointer<Element>) {
        self.init(unsafeUninitializedCapacity: source.count) { buffer, initialized in
            if let start = buffer.baseAddress, let from = source.baseAddress {
                ProcessMemory.adviseHugePages(UnsafeMutableRawPointer(start),
                                              byteCount: source.count * MemoryLayout<Element>.stride)
                start.initialize(from: from, count: source.count)
            }
            initialized = source.count
        }
    }
}
