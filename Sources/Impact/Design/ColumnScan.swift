#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-column checks that let the design builder decide that a column cannot drop a row
/// without visiting rows one by one: branch-free passes the compiler vectorizes.
enum ColumnScan {
    /// Whether `column` has a missing cell: a `true` missing flag (numbers; found with
    /// `memchr`, a `Bool` being one byte, 0 or 1) or a negative code (categories).
    static func hasMissing(_ column: Column) -> Bool {
        switch column {
        case .numeric(let numeric):
            return numeric.isMissing.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
                return memchr(base, 1, bytes.count) != nil
            }
        case .categorical(let categorical):
            return categorical.codes.withUnsafeBufferPointer { codes in
                var lowest: Int32 = 0
                for code in codes { lowest = min(lowest, code) }
                return lowest < 0
            }
        }
    }

    /// Whether every value is finite (no infinity, no NaN, so no missing cell either): a
    /// value is not finite exactly when its 11 exponent bits are all set, and adding one to
    /// the exponent field then carries into the sign bit; those carries are or-ed together.
    static func allFinite(_ values: [Double]) -> Bool {
        values.withUnsafeBufferPointer { allFinite($0) }
    }

    /// ``allFinite(_:)-([Double])`` over a buffer.
    static func allFinite(_ values: UnsafeBufferPointer<Double>) -> Bool {
        values.withMemoryRebound(to: UInt64.self) { words in
            var carries: UInt64 = 0
            for word in words { carries |= (word & 0x7FF0_0000_0000_0000) &+ 0x0010_0000_0000_0000 }
            return carries & 0x8000_0000_0000_0000 == 0
        }
    }
}
