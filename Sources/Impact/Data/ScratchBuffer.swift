/// A growable byte buffer reused across cells, so that unquoting a field or preparing a
/// NUL-terminated number for `strtod` allocates nothing per cell.
final class ScratchBuffer {
    private(set) var pointer: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int

    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { pointer.deallocate() }

    /// Storage for at least `count` bytes (old contents are not kept).
    @inline(__always)
    func reserve(_ count: Int) -> UnsafeMutablePointer<UInt8> {
        if count > capacity {
            pointer.deallocate()
            capacity = max(count, capacity * 2)
            pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        }
        return pointer
    }
}
