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
    /// when less than a page is unused. A shared array is first made unique (copied, as any
    /// mutation would); the copy has little room, so little or nothing is released.
    mutating func releaseUnusedCapacity() {
        #if os(Linux)
        // Unique first: a shared array is copied by the mutable access, and the copy has a
        // capacity of its own (about `count`), not the one read here.
        withUnsafeMutableBufferPointer { _ in }
        let stride = MemoryLayout<Element>.stride, capacity = self.capacity, count = self.count
        guard capacity > count else { return }
        withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let tail = UnsafeMutableRawPointer(base) + count * stride
            guard let (pointer, length) = ProcessMemory.alignedInterior(
                tail, byteCount: (capacity - count) * stride, alignment: Int(sysconf(Int32(_SC_PAGESIZE)))) else { return }
            _ = madvise(pointer, length, MADV_DONTNEED)
        }
        #endif
    }
}
