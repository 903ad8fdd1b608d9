#if canImport(Glibc)
import Glibc
#endif

extension Array where Element: BitwiseCopyable {
    /// Gives the memory of the storage beyond ``count`` back to the system, keeping the
    /// values and the storage itself: the whole pages between the last element and the end
    /// of the capacity are released with `madvise(MADV_DONTNEED)`, so an array trimmed with
    /// `removeLast(_:)` holds no more resident memory than its elements need, without the
    /// copy (and the second block at once) that a fresh array of `count` elements would take.
    ///
    /// Conventions: the capacity is unchanged (appending later touches fresh zero pages);
    /// only pages wholly beyond the elements are released, so the elements and the
    /// allocator's bookkeeping beside the block are untouched. Does nothing off Linux or
    /// when less than a page is unused. The array must be uniquely referenced (it is made so
    /// by the mutating access, as any mutation would).
    mutating func releaseUnusedCapacity() {
        #if os(Linux)
        let stride = MemoryLayout<Element>.stride, capacity = self.capacity, count = self.count
        guard capacity > count, stride > 0 else { return }
        withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let page = Int(sysconf(Int32(_SC_PAGESIZE)))
            let tailStart = Int(bitPattern: UnsafeMutableRawPointer(base)) + count * stride
            let storageEnd = Int(bitPattern: UnsafeMutableRawPointer(base)) + capacity * stride
            let alignedStart = (tailStart + page - 1) & ~(page - 1)
            let alignedEnd = storageEnd & ~(page - 1)
            guard alignedEnd > alignedStart,
                  let pointer = UnsafeMutableRawPointer(bitPattern: alignedStart) else { return }
            _ = madvise(pointer, alignedEnd - alignedStart, MADV_DONTNEED)
        }
        #endif
    }
}
