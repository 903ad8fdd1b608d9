/// Where an unquoted CSV field ends: the first delimiter, `\n` or `\r` at or after its start.
/// The one search the sequential scanner (``CSVScanner``) and the in-place read
/// (`InPlacePart`) share.
enum CSVFieldEnd {
    /// The offset of the delimiter or line end at or after `start`, or `end` when there is
    /// none before it. Eight bytes at a time while eight remain (SWAR: a byte equal to the
    /// delimiter, `\n` or `\r` becomes zero after the XOR, and the lowest zero byte is
    /// exact), then byte by byte.
    @inline(__always)
    static func unquoted(_ base: UnsafePointer<UInt8>, from start: Int, end: Int, delimiter: UInt8) -> Int {
        var p = start
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let delimiters = ones &* UInt64(delimiter)
        let lineFeeds = ones &* 0x0A, returns = ones &* 0x0D
        while p + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
            let a = word ^ delimiters, b = word ^ lineFeeds, c = word ^ returns
            let found = ((a &- ones) & ~a | (b &- ones) & ~b | (c &- ones) & ~c) & highs
            if found != 0 { return p + found.trailingZeroBitCount / 8 }
            p += 8
        }
        while p < end {
            let byte = base[p]
            if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
            p += 1
        }
        return p
    }
}
