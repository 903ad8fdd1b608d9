/// An append-only buffer of plain values for the CSV reader's hot loop, whose memory is a
/// Swift array's, so that the finished column becomes the table's `[Element]` without a copy.
///
/// The storage is an array made with `Array(unsafeUninitializedCapacity:)` whose count is
/// its whole capacity (the tail past ``count`` is uninitialised and never read); appending
/// writes through ``base`` with no copy-on-write uniqueness check. Growth allocates a larger
/// array and copies the values (rare: the reader reserves its estimate of the whole file
/// early). ``array()`` trims the tail (`removeLast`, which never reallocates) and hands the
/// array over. Pages of the capacity that are never written are never touched, so a generous
/// reservation costs address space, not memory.
///
/// Copies of a buffer share its storage (as the `malloc`ed pointer of old did); the owner
/// calls ``deallocate()`` or ``array()`` once.
struct GrowableBuffer<Element: BitwiseCopyable> {
    /// Count == capacity; only `0..<count` is initialised.
    private var storage: [Element] = []
    private(set) var base: UnsafeMutablePointer<Element>?
    private(set) var count = 0

    /// Values the storage holds room for.
    var capacity: Int { storage.count }

    /// Appends one value.
    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        base.unsafelyUnwrapped[count] = element
        count += 1
    }

    /// Makes room for at least `minimum` values in all.
    mutating func reserve(_ minimum: Int) {
        if minimum > capacity { resize(minimum) }
    }

    @inline(never)
    private mutating func grow(to minimum: Int) {
        resize(Swift.max(minimum, capacity * 2, 64))
    }

    /// New storage of `newCapacity` values holding the current ones.
    private mutating func resize(_ newCapacity: Int) {
        let old = base, kept = count
        var larger = [Element](unsafeUninitializedCapacity: newCapacity) { buffer, initialised in
            if let start = buffer.baseAddress {
                ProcessMemory.adviseHugePages(UnsafeMutableRawPointer(start),
                                              byteCount: newCapacity * MemoryLayout<Element>.stride)
            }
            if let old, kept > 0 { buffer.baseAddress!.update(from: old, count: kept) }
            initialised = newCapacity   // the tail is written before it is ever read
        }
        base = larger.withUnsafeMutableBufferPointer { $0.baseAddress }
        storage = larger
        larger = []
    }

    /// Declares the first `newCount` values initialised (the caller wrote them through
    /// ``base``, as the in-place reader does from two threads).
    mutating func setCount(_ newCount: Int) {
        precondition(newCount <= capacity, "count beyond capacity")
        count = newCount
    }

    /// Appends every value of `other`.
    mutating func append(contentsOf other: GrowableBuffer<Element>) {
        guard let source = other.base, other.count > 0 else { return }
        reserve(count + other.count)
        (base.unsafelyUnwrapped + count).update(from: source, count: other.count)
        count += other.count
    }

    /// The values as an array, without copying; the buffer is empty afterwards.
    mutating func array() -> [Element] {
        var values = storage
        storage = []
        base = nil
        values.removeLast(values.count - count)
        count = 0
        return values
    }

    /// Releases the memory; the buffer is empty afterwards.
    mutating func deallocate() {
        storage = []
        base = nil
        count = 0
    }
}
