#if canImport(Glibc)
import Glibc
#endif

/// Which pages of an array's storage are in memory (`mincore`), for tests of memory given back.
enum ResidentPages {
    /// Whether ``beyondElements(of:)`` answers here (Linux).
    static var isAvailable: Bool {
        #if os(Linux)
        return true
        #else
        return false
        #endif
    }

    /// The number of resident pages among the whole pages of `array`'s storage beyond its
    /// elements (between the last element and the end of the capacity), and how many such
    /// pages there are; `nil` off Linux.
    static func beyondElements(of array: [Double]) -> (resident: Int, pages: Int)? {
        #if os(Linux)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        return array.withUnsafeBufferPointer { buffer -> (Int, Int)? in
            guard let base = buffer.baseAddress else { return nil }
            let start = Int(bitPattern: base) + array.count * 8, end = Int(bitPattern: base) + array.capacity * 8
            let alignedStart = (start + page - 1) & ~(page - 1), alignedEnd = end & ~(page - 1)
            guard alignedEnd > alignedStart else { return (0, 0) }
            let pages = (alignedEnd - alignedStart) / page
            var vector = [UInt8](repeating: 0, count: pages)
            guard mincore(UnsafeMutableRawPointer(bitPattern: alignedStart), alignedEnd - alignedStart, &vector) == 0 else {
                return nil
            }
            return (vector.filter { $0 & 1 != 0 }.count, pages)
        }
        #else
        return nil
        #endif
    }
}
