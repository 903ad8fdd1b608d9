/// The missing-value markers of one read (``CSVReadOptions/missingMarkers`` without the
/// empty string) as bytes, with what rejects most cells at once: the longest marker's
/// length and which bytes start a marker. Shared by the sequential and the in-place read,
/// so both decide missing cells by the same rule.
struct CSVMissingMarkers: Sendable {
    /// Each marker's UTF-8 bytes.
    let markers: [[UInt8]]
    /// Whether a byte starts some marker (256 entries).
    private let firstBytes: [Bool]
    /// The longest marker's length in bytes (0 without markers).
    private let longest: Int

    init(_ markers: Set<String>) {
        let bytes = markers.filter { !$0.isEmpty }.map { Array($0.utf8) }
        var first = [Bool](repeating: false, count: 256)
        for marker in bytes { first[Int(marker[0])] = true }
        self.markers = bytes
        firstBytes = first
        longest = bytes.map(\.count).max() ?? 0
    }

    /// Whether a trimmed cell is missing: empty, or equal to a marker.
    @inline(__always)
    func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        if count == 0 { return true }
        if count > longest || !firstBytes[Int(bytes[0])] { return false }
        for marker in markers where marker.count == count {
            if marker.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) { return true }
        }
        return false
    }
}
