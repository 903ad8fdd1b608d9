// CZlib is ZIPFoundation's module map over the system zlib (zlib1g-dev); it is visible here
// because ZIPFoundation's module needs it.
import CZlib
import Foundation

/// Decompresses one part of a ZIP archive with bounds, for the xlsx reader.
///
/// ZIPFoundation 0.9.20 finds the parts (its central directory reader), but its inflate loop
/// never ends on a deflate stream that is cut short: at the end of the file it keeps asking
/// for more input. This reader takes the bytes of the whole archive, locates the part's local
/// header (signature `PK\u{3}\u{4}` with the part's name; all of them in one pass), and inflates exactly the declared
/// compressed bytes with zlib's raw inflate (RFC 1951), refusing a stream that does not end
/// within them or that would inflate past the declared size. Stored parts are copied.
enum ZIPPartInflater {
    /// Why a part cannot be read.
    enum Failure: Error, Equatable, CustomStringConvertible {
        case localHeaderNotFound
        case outOfBounds
        case unsupportedMethod(UInt16)
        case corruptStream
        case truncatedStream
        case largerThanDeclared
        case impossibleSize

        var description: String {
            switch self {
            case .localHeaderNotFound: "its local header is missing"
            case .outOfBounds: "its data runs past the end of the file"
            case .unsupportedMethod(let method): "it uses compression method \(method) (only stored and deflate are read)"
            case .corruptStream: "its compressed data are damaged"
            case .truncatedStream: "its compressed data end too early"
            case .largerThanDeclared: "it inflates to more bytes than its header declares"
            case .impossibleSize: "its header declares a size that deflate cannot reach from its compressed bytes"
            }
        }
    }

    /// Where a part's data start: its compression method and the offset after its local
    /// header.
    struct LocalEntry: Equatable {
        let method: UInt16
        let dataStart: Int
    }

    /// The local headers of `archive` (the whole file) by part name, found in one pass over
    /// the bytes; the first header of a name wins.
    static func localEntries(in archive: [UInt8]) -> [String: LocalEntry] {
        var entries: [String: LocalEntry] = [:]
        var offset = 0
        while offset + 30 <= archive.count {
            defer { offset += 1 }
            guard archive[offset] == 0x50, archive[offset + 1] == 0x4B, archive[offset + 2] == 3,
                  archive[offset + 3] == 4 else { continue }
            let method = UInt16(archive[offset + 8]) | UInt16(archive[offset + 9]) << 8
            let nameLength = Int(archive[offset + 26]) | Int(archive[offset + 27]) << 8
            let extraLength = Int(archive[offset + 28]) | Int(archive[offset + 29]) << 8
            let nameStart = offset + 30
            guard nameStart + nameLength <= archive.count else { continue }
            let name = String(decoding: archive[nameStart..<(nameStart + nameLength)], as: UTF8.self)
            if entries[name] == nil {
                entries[name] = LocalEntry(method: method, dataStart: nameStart + nameLength + extraLength)
            }
        }
        return entries
    }

    /// The bytes of the part `entry` (from ``localEntries(in:)``), whose central directory
    /// declares `compressedSize` and `uncompressedSize`, inside `archive` (the whole file).
    static func part(_ entry: LocalEntry?, compressedSize: Int, uncompressedSize: Int,
                     in archive: [UInt8]) throws(Failure) -> [UInt8] {
        guard let entry else { throw .localHeaderNotFound }
        let start = entry.dataStart
        guard compressedSize >= 0, start <= archive.count, compressedSize <= archive.count - start else {
            throw .outOfBounds
        }
        let input = archive[start..<(start + compressedSize)]
        switch entry.method {
        case 0:
            guard compressedSize == uncompressedSize else { throw .largerThanDeclared }
            return Array(input)
        case 8:
            // Deflate expands at most about 1032:1, so a larger declared size is a lie that
            // would only make us allocate.
            guard uncompressedSize >= 0, uncompressedSize / 1032 <= compressedSize + 1 else { throw .impossibleSize }
            return try inflate(Array(input), expected: uncompressedSize)
        default:
            throw .unsupportedMethod(entry.method)
        }
    }

    /// Raw-inflates `input`, which must hold one whole deflate stream that inflates to at
    /// most `expected` bytes.
    private static func inflate(_ input: [UInt8], expected: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corruptStream
        }
        defer { inflateEnd(&stream) }
        // One spare byte detects a stream longer than declared.
        var output = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var input = input
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(clamping: inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(clamping: outBuffer.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        switch status {
        case Z_STREAM_END:
            let produced = output.count - Int(stream.avail_out)
            guard produced <= expected else { throw .largerThanDeclared }
            output.removeLast(output.count - produced)
            return output
        case Z_BUF_ERROR where stream.avail_out == 0: throw .largerThanDeclared
        case Z_BUF_ERROR, Z_OK: throw .truncatedStream
        default: throw .corruptStream
        }
    }
}
