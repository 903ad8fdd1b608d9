import Foundation

/// One quick pass over CSV bytes ahead of parsing: line feeds, quote characters and
/// non-ASCII bytes per 1 MiB block, so the reader can size columns exactly and decide
/// whether the fast in-place read applies (see `CSVTableBuilder.inPlaceBuild`).
///
/// Counting: 16 bytes at a time (`SIMD16<UInt8>` lane compares, counts accumulated per lane
/// and summed every 255 steps). The number of records in a stretch that starts at a record
/// start is at most its line feeds, plus one when it does not end in a line feed: quoted
/// line breaks and empty lines only lower the count, and a lone `\r` (a line end the count
/// misses) is caught by the reader, which declines when a part holds more records than
/// its bound.
///
/// Blocks are surveyed on two threads; `advise` (when given) is called before each block
/// with `true` (bring the block's pages in) and after it with `false` (hand them back), so
/// a mapped file is read in large stretches and never stays resident.
struct CSVSurvey: Sendable {
    /// Bytes per block.
    static let blockSize = 1 << 20

    /// What one stretch holds.
    struct Counts: Sendable, Equatable {
        var lineFeeds = 0
        var hasQuote = false
        var hasNonASCII = false

        static func + (lhs: Counts, rhs: Counts) -> Counts {
            Counts(lineFeeds: lhs.lineFeeds + rhs.lineFeeds, hasQuote: lhs.hasQuote || rhs.hasQuote,
                   hasNonASCII: lhs.hasNonASCII || rhs.hasNonASCII)
        }
    }

    /// Per block `i` (bytes `i × blockSize ..< (i + 1) × blockSize`).
    let blocks: [Counts]
    /// Total bytes surveyed.
    let count: Int

    /// Whether any byte is 0x80 or above (then the text needs full UTF-8 validation).
    var hasNonASCII: Bool { blocks.contains { $0.hasNonASCII } }

    /// Surveys `bytes` block by block on up to two threads.
    init(_ bytes: UnsafeBufferPointer<UInt8>, advise: (@Sendable (Range<Int>, Bool) -> Void)? = nil) {
        count = bytes.count
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            blocks = []
            return
        }
        let blockCount = (bytes.count + Self.blockSize - 1) / Self.blockSize
        let size = bytes.count
        let results = UnsafeMutablePointer<Counts>.allocate(capacity: blockCount)
        results.initialize(repeating: Counts(), count: blockCount)
        defer { results.deallocate() }
        let shared = SurveySlots(results: results, base: UnsafePointer(base))
        let threads = blockCount > 1 && ProcessInfo.processInfo.activeProcessorCount > 1 ? 2 : 1
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            let first = blockCount * thread / threads, last = blockCount * (thread + 1) / threads
            for block in first..<last {
                let range = block * Self.blockSize..<min((block + 1) * Self.blockSize, size)
                advise?(range, true)
                shared.results[block] = Self.counts(shared.base, range)
                advise?(range, false)
            }
        }
        blocks = Array(UnsafeBufferPointer(start: results, count: blockCount))
    }

    /// The counts of bytes `range` of the surveyed buffer `base` (whole blocks from the
    /// survey, partial ones counted again).
    func counts(in range: Range<Int>, base: UnsafePointer<UInt8>) -> Counts {
        guard !range.isEmpty else { return Counts() }
        let firstFull = (range.lowerBound + Self.blockSize - 1) / Self.blockSize
        let lastFull = range.upperBound / Self.blockSize   // exclusive
        guard firstFull < lastFull else { return Self.counts(base, range) }
        var total = Self.counts(base, range.lowerBound..<firstFull * Self.blockSize)
        for block in firstFull..<lastFull { total = total + blocks[block] }
        return total + Self.counts(base, lastFull * Self.blockSize..<range.upperBound)
    }

    /// Line feeds, quotes and non-ASCII bytes in `range` of `base`.
    static func counts(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Counts {
        var p = range.lowerBound
        let end = range.upperBound
        var lineFeeds = 0
        var quotes = SIMD16<UInt8>()
        var highs = SIMD16<UInt8>()
        let lineFeed = SIMD16<UInt8>(repeating: 0x0A), quote = SIMD16<UInt8>(repeating: 0x22)
        let one = SIMD16<UInt8>(repeating: 1), zero = SIMD16<UInt8>()
        while end - p >= 16 {
            // At most 255 steps per lane counter before it is summed.
            let steps = min((end - p) / 16, 255)
            var perLane = SIMD16<UInt8>()
            for step in 0..<steps {
                let v = UnsafeRawPointer(base + p + step * 16).loadUnaligned(as: SIMD16<UInt8>.self)
                perLane &+= zero.replacing(with: one, where: v .== lineFeed)
                quotes |= zero.replacing(with: one, where: v .== quote)
                highs |= v
            }
            lineFeeds += perLane.laneTotal()
            p += steps * 16
        }
        var hasQuote = quotes != zero, hasNonASCII = (highs & SIMD16(repeating: 0x80)) != zero
        while p < end {
            let byte = base[p]
            if byte == 0x0A { lineFeeds += 1 }
            if byte == 0x22 { hasQuote = true }
            if byte >= 0x80 { hasNonASCII = true }
            p += 1
        }
        return Counts(lineFeeds: lineFeeds, hasQuote: hasQuote, hasNonASCII: hasNonASCII)
    }
}

/// The survey's shared result slots; each thread writes only its own blocks.
private final class SurveySlots: @unchecked Sendable {
    let results: UnsafeMutablePointer<CSVSurvey.Counts>
    let base: UnsafePointer<UInt8>

    init(results: UnsafeMutablePointer<CSVSurvey.Counts>, base: UnsafePointer<UInt8>) {
        self.results = results
        self.base = base
    }
}

extension SIMD16<UInt8> {
    /// The sum of the lanes, as an `Int`.
    fileprivate func laneTotal() -> Int {
        let low = SIMD8<UInt16>(truncatingIfNeeded: lowHalf), high = SIMD8<UInt16>(truncatingIfNeeded: highHalf)
        return Int((low &+ high).wrappedSum())
    }
}
