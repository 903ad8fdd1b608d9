#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Assigns integer codes to distinct byte strings in order of first appearance, hashing the
/// bytes directly so that no `String` is made per cell.
///
/// Storage: all distinct labels live end to end in one byte arena; an open-addressing table
/// (linear probing, load ≤ 1/2) maps FNV-1a hashes to codes. Each 4-byte slot holds the
/// code in its low `log₂(capacity)` bits (codes are below half the capacity) and, above
/// them, the same bits of the hash's high half as a tag, so probing past an occupied slot
/// compares the tag in the slot instead of loading the full hash from another array (a
/// cache miss per collision when many labels are new); a false tag match has odds
/// `2^(log₂(capacity) − 32)` and is settled by comparing the bytes.
/// A one-entry cache catches the common case of the same label in consecutive rows (a
/// firm's years in a sorted panel).
struct CategoryInterner {
    private var arena: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// `tag | code` per occupied slot (``entry(hash:code:)``), ``emptySlot`` elsewhere.
    private var slots: [UInt32]
    private var mask: Int
    private var lastCode: Int32 = -1

    /// An unused slot: its code bits (all set) exceed every code, which is below half the
    /// capacity.
    private static let emptySlot = UInt32.max

    init() {
        slots = [UInt32](repeating: Self.emptySlot, count: 64)
        mask = 63
    }

    /// Number of distinct labels so far.
    var count: Int { hashes.count }

    /// The code of `bytes`, adding it as a new label when unseen (`isNew` is then true).
    @inline(__always)
    mutating func code(for bytes: UnsafeBufferPointer<UInt8>) -> (code: Int32, isNew: Bool) {
        if lastCode >= 0, equals(Int(lastCode), bytes) { return (lastCode, false) }
        let hash = Self.hash(bytes)
        let codeBits = UInt32(truncatingIfNeeded: mask), tag = entry(hash: hash, code: 0)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == Self.emptySlot { break }
            let code = Int32(bitPattern: entry & codeBits)
            if entry & ~codeBits == tag, equals(Int(code), bytes) {
                lastCode = code
                return (code, false)
            }
            slot = (slot + 1) & mask
        }
        let code = Int32(hashes.count)
        hashes.append(hash)
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[slot] = entry(hash: hash, code: code)
        lastCode = code
        if hashes.count * 2 > slots.count { grow() }
        return (code, true)
    }

    /// The labels, in code order, decoded as UTF-8 (validated when each was added).
    func labels() -> [String] {
        arena.withUnsafeBufferPointer { buffer in
            (0..<hashes.count).map { code in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[starts[code]..<starts[code + 1]]),
                       as: UTF8.self)
            }
        }
    }

    /// Calls `body` with the bytes of label `code` (no `String` made).
    func withLabelBytes<Result>(_ code: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        arena.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[starts[code]..<starts[code + 1]]))
        }
    }

    /// The label of `code` as text.
    func label(_ code: Int) -> String {
        String(decoding: arena[starts[code]..<starts[code + 1]], as: UTF8.self)
    }

    @inline(__always)
    private func equals(_ code: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[code]
        let length = starts[code + 1] - start
        guard length == bytes.count else { return false }
        if length == 0 { return true }
        return arena.withUnsafeBufferPointer { buffer in
            memcmp(buffer.baseAddress! + start, bytes.baseAddress!, length) == 0
        }
    }

    /// Number of label bytes held.
    var byteCount: Int { arena.count }

    /// Makes room for `labels` labels of `bytes` bytes in all, so that adding up to that
    /// many grows no array and rehashes at most once (here).
    mutating func reserve(labels: Int, bytes: Int) {
        arena.reserveCapacity(bytes)
        starts.reserveCapacity(labels + 1)
        hashes.reserveCapacity(labels)
        var capacity = slots.count
        while labels * 2 > capacity { capacity *= 2 }
        if capacity > slots.count { rehash(capacity: capacity) }
    }

    private mutating func grow() {
        rehash(capacity: slots.count * 2)
    }

    private mutating func rehash(capacity: Int) {
        slots = [UInt32](repeating: Self.emptySlot, count: capacity)
        mask = capacity - 1
        for code in 0..<hashes.count {
            var slot = Int(truncatingIfNeeded: hashes[code]) & mask
            while slots[slot] != Self.emptySlot { slot = (slot + 1) & mask }
            slots[slot] = entry(hash: hashes[code], code: Int32(code))
        }
    }

    /// The slot entry of `code`: the hash's high half above the code bits (`mask`), the
    /// code below.
    @inline(__always)
    private func entry(hash: UInt64, code: Int32) -> UInt32 {
        let codeBits = UInt32(truncatingIfNeeded: mask)
        return UInt32(truncatingIfNeeded: hash >> 32) & ~codeBits | UInt32(bitPattern: code)
    }

    /// FNV-1a over the bytes, with a final avalanche so low bits are well mixed.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        return hash
    }
}
