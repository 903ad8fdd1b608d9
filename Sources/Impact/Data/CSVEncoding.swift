#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The character encoding of a CSV file.
///
/// Excel on Chinese Windows saves "CSV (逗号分隔)" in GB18030 (GBK), while "CSV UTF-8" is a
/// separate choice; both kinds of file reach an evaluation office. The default,
/// ``automatic``, reads a file as UTF-8 when it is valid UTF-8 (or starts with a UTF-8
/// byte-order mark) and otherwise as GB18030 when it decodes as such; a file that is neither
/// gives the UTF-8 error with its line and column.
public enum CSVEncoding: String, Sendable, CaseIterable, Equatable {
    /// UTF-8 if valid, otherwise GB18030 (the default).
    case automatic
    /// UTF-8 only (with or without a byte-order mark).
    case utf8
    /// GB18030, which includes GBK and GB2312; converted to UTF-8 with the C library's
    /// `iconv` before parsing.
    case gb18030
}

extension CSVEncoding {
    /// Whether `bytes` are entirely valid UTF-8. ASCII stretches are skipped eight bytes at a
    /// time; each run of non-ASCII bytes is checked by the standard library's validator
    /// (a multi-byte sequence never contains an ASCII byte, so runs can be checked alone).
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var p = 0
        while p < count {
            if p + 8 <= count {
                let word = UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    p += 8
                    continue
                }
            }
            if base[p] < 0x80 {
                p += 1
                continue
            }
            var end = p
            while end < count, base[end] >= 0x80 { end += 1 }
            if String(validating: UnsafeBufferPointer(start: base + p, count: end - p), as: UTF8.self) == nil {
                return false
            }
            p = end
        }
        return true
    }

    /// `bytes` converted from GB18030 to UTF-8, or the offset of the first byte that is not
    /// valid GB18030.
    static func utf8FromGB18030(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<[UInt8], GB18030Failure> {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return .success([]) }
        let converter = iconv_open("UTF-8", "GB18030")
        guard let converter, converter != iconv_t(bitPattern: -1) else {
            return .failure(GB18030Failure(offset: 0, converterMissing: true))
        }
        defer { iconv_close(converter) }
        let capacity = bytes.count * 3 / 2 + 16
        var output = [UInt8](repeating: 0, count: capacity)
        var failure: GB18030Failure?
        let written = output.withUnsafeMutableBufferPointer { out -> Int in
            var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base).assumingMemoryBound(to: CChar.self)
            var inputLeft = bytes.count
            var outputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress!).assumingMemoryBound(to: CChar.self)
            var outputLeft = out.count
            let result = iconv(converter, &input, &inputLeft, &outputPointer, &outputLeft)
            if result == -1 || inputLeft > 0 {
                failure = GB18030Failure(offset: bytes.count - inputLeft, converterMissing: false)
            }
            return out.count - outputLeft
        }
        if let failure { return .failure(failure) }
        output.removeSubrange(written...)
        return .success(output)
    }

    /// Where GB18030 decoding stopped.
    struct GB18030Failure: Error {
        /// Byte offset of the first undecodable byte.
        let offset: Int
        /// Whether the C library has no GB18030 converter at all.
        let converterMissing: Bool
    }
}

extension CSVEncoding {
    /// The UTF-8 bytes to parse when `bytes` must be converted first, or `nil` when they can
    /// be parsed as they are (see ``CSVEncoding`` for the rules).
    func transcode(_ bytes: UnsafeBufferPointer<UInt8>, fileName: String) throws(CSVError) -> [UInt8]? {
        switch self {
        case .utf8:
            return nil
        case .automatic:
            let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            if hasBOM || Self.isValidUTF8(bytes) { return nil }
            if case .success(let converted) = Self.utf8FromGB18030(bytes) { return converted }
            return nil
        case .gb18030:
            switch Self.utf8FromGB18030(bytes) {
            case .success(let converted):
                return converted
            case .failure(let failure):
                if failure.converterMissing {
                    throw .cannotRead(file: fileName, reason: "the C library offers no GB18030 converter")
                }
                throw .invalidEncoding(CSVLocation(file: fileName, line: Self.line(atOffset: failure.offset, in: bytes)),
                                       encoding: .gb18030)
            }
        }
    }

    /// 1-based line of byte `offset` (line ends `\n`, `\r\n` or `\r`).
    static func line(atOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var p = 0
        while p < offset, p < bytes.count {
            if bytes[p] == 0x0A || (bytes[p] == 0x0D && !(p + 1 < bytes.count && bytes[p + 1] == 0x0A)) {
                line += 1
            }
            p += 1
        }
        return line
    }
}
