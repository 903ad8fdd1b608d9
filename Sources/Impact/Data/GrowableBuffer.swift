#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An append-only buffer of plain values in `malloc`ed memory, for the CSV reader's hot loop.
///
/// Unlike `Array.append`, appending does no copy-on-write uniqueness check; growth doubles the
/// capacity with `realloc`. The owner must call ``deallocate()`` exactly once.
struct GrowableBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>?
    private(set) var count = 0
    private(set) var capacity = 0

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

    private mutating func resize(_ newCapacity: Int) {
        let bytes = newCapacity * MemoryLayout<Element>.stride
        guard let memory = realloc(base, bytes) else { fatalError("out of memory (\(bytes) bytes)") }
        base = memory.assumingMemoryBound(to: Element.self)
        capacity = newCapacity
    }

    /// Appends every value of `other`.
    mutating func append(contentsOf other: GrowableBuffer<Element>) {
        guard let source = other.base, other.count > 0 else { return }
        reserve(count + other.count)
        (base.unsafelyUnwrapped + count).initialize(from: source, count: other.count)
        count += other.count
    }

    /// The values as an array (a copy).
    func array() -> [Element] {
        guard let base else { return [] }
        return Array(UnsafeBufferPointer(start: base, count: count))
    }

    /// Releases the memory; the buffer is empty afterwards.
    mutating func deallocate() {
        if let base { free(base) }
        base = nil
        count = 0
        capacity = 0
    }
}
