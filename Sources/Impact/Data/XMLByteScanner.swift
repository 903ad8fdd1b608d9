#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A forward-only scanner over the bytes of a small XML vocabulary (the parts of an Office
/// Open XML workbook that ``XLSXWorkbook`` reads), without building a tree or a string per
/// element.
///
/// It knows tags (`<name attr="v">`, `</name>`, `<name/>`), skips comments, processing
/// instructions and declarations, ignores namespace prefixes (`x:c` is `c`), and decodes the
/// five predefined entities, numeric character references and OOXML's `_xHHHH_` escapes in
/// text. It does not validate: a workbook that is not well formed reads as far as it makes
/// sense, and the reader reports what it could not find.
///
/// Cost: one pass; `memchr` finds each `<`.
struct XMLByteScanner {
    /// One start or end tag.
    struct Tag {
        /// The local name (after any `prefix:`), as a range of the scanner's bytes.
        var name: Range<Int>
        /// The bytes between the name and the closing `>` (attributes), as a range.
        var attributes: Range<Int>
        /// `</name>`.
        var isEnd: Bool
        /// `<name/>`.
        var isEmpty: Bool
    }

    let bytes: UnsafeBufferPointer<UInt8>
    /// Offset of the next byte to read.
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next start or end tag, skipping text, comments and declarations; `nil` at the end.
    mutating func nextTag() -> Tag? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        while position < count {
            guard let found = memchr(base + position, 0x3C, count - position) else {
                position = count
                return nil
            }
            var p = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) + 1
            guard p < count else { position = count; return nil }
            let first = base[p]
            if first == UInt8(ascii: "!") || first == UInt8(ascii: "?") {
                position = skipDeclaration(from: p)
                continue
            }
            let isEnd = first == UInt8(ascii: "/")
            if isEnd { p += 1 }
            var nameStart = p
            while p < count, !Self.endsName(base[p]) {
                if base[p] == UInt8(ascii: ":") { nameStart = p + 1 }
                p += 1
            }
            let name = nameStart..<p
            let attributesStart = p
            var quote: UInt8 = 0
            while p < count {
                let byte = base[p]
                if quote != 0 {
                    if byte == quote { quote = 0 }
                } else if byte == 0x22 || byte == 0x27 {
                    quote = byte
                } else if byte == UInt8(ascii: ">") {
                    break
                }
                p += 1
            }
            let isEmpty = p > attributesStart && base[p - 1] == UInt8(ascii: "/")
            position = min(p + 1, count)
            return Tag(name: name, attributes: attributesStart..<(isEmpty ? p - 1 : p), isEnd: isEnd, isEmpty: isEmpty)
        }
        return nil
    }

    /// Whether `tag`'s local name is `name` (ASCII).
    func tag(_ tag: Tag, is name: StaticString) -> Bool {
        let length = name.utf8CodeUnitCount
        guard tag.name.count == length else { return false }
        let pointer = name.utf8Start
        for index in 0..<length where bytes[tag.name.lowerBound + index] != pointer[index] { return false }
        return true
    }

    /// The raw (undecoded) value range of attribute `name` of `tag` (local name, any prefix).
    func attribute(_ name: StaticString, of tag: Tag) -> Range<Int>? {
        let length = name.utf8CodeUnitCount
        let pointer = name.utf8Start
        var p = tag.attributes.lowerBound
        let end = tag.attributes.upperBound
        while p < end {
            while p < end, Self.isSpace(bytes[p]) { p += 1 }
            var nameStart = p
            while p < end, bytes[p] != UInt8(ascii: "="), !Self.isSpace(bytes[p]) {
                if bytes[p] == UInt8(ascii: ":") { nameStart = p + 1 }
                p += 1
            }
            let attributeName = nameStart..<p
            while p < end, bytes[p] != 0x22, bytes[p] != 0x27 { p += 1 }
            guard p < end else { return nil }
            let quote = bytes[p]
            let valueStart = p + 1
            p = valueStart
            while p < end, bytes[p] != quote { p += 1 }
            let value = valueStart..<min(p, end)
            p += 1
            if attributeName.count == length,
               (0..<length).allSatisfy({ bytes[attributeName.lowerBound + $0] == pointer[$0] }) {
                return value
            }
        }
        return nil
    }

    /// The decoded text of attribute `name`, if present.
    func attributeText(_ name: StaticString, of tag: Tag) -> String? {
        attribute(name, of: tag).map { String(decoding: decoded($0), as: UTF8.self) }
    }

    /// The raw text from the current position to the next `<` (the content of a simple
    /// element such as `<v>12.5</v>`); moves to that `<`.
    mutating func text() -> Range<Int> {
        guard let base = bytes.baseAddress else { return 0..<0 }
        let start = position
        if let found = memchr(base + position, 0x3C, bytes.count - position) {
            position = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        } else {
            position = bytes.count
        }
        return start..<position
    }

    /// Skips past the end tag matching an element whose start tag was just read (nested
    /// elements of the same name are counted).
    mutating func skipElement(named name: StaticString) {
        var depth = 1
        while depth > 0, let tag = nextTag() {
            guard self.tag(tag, is: name) else { continue }
            if tag.isEnd { depth -= 1 } else if !tag.isEmpty { depth += 1 }
        }
    }

    /// The bytes of `range` with entities (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`, `&#N;`,
    /// `&#xH;`) and OOXML escapes (`_x000D_`) decoded.
    func decoded(_ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        appendDecoded(range, to: &out)
        return out
    }

    /// Appends the decoded bytes of `range` to `out` (see ``decoded(_:)``).
    func appendDecoded(_ range: Range<Int>, to out: inout [UInt8]) {
        var p = range.lowerBound
        let end = range.upperBound
        while p < end {
            let byte = bytes[p]
            if byte == UInt8(ascii: "&"), let (scalar, next) = entity(at: p, end: end) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                p = next
            } else if byte == UInt8(ascii: "_"), let (scalar, next) = ooxmlEscape(at: p, end: end) {
                out.append(contentsOf: Array(String(Character(scalar)).utf8))
                p = next
            } else {
                out.append(byte)
                p += 1
            }
        }
    }

    /// The entity at `p` (`&…;`) and the offset after it.
    private func entity(at p: Int, end: Int) -> (Unicode.Scalar, Int)? {
        var q = p + 1
        while q < end, q - p < 12, bytes[q] != UInt8(ascii: ";") { q += 1 }
        guard q < end, bytes[q] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(p + 1)..<q]), as: UTF8.self)
        let scalar: Unicode.Scalar?
        switch name {
        case "amp": scalar = "&"
        case "lt": scalar = "<"
        case "gt": scalar = ">"
        case "quot": scalar = "\""
        case "apos": scalar = "'"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                scalar = nil
            }
        }
        return scalar.map { ($0, q + 1) }
    }

    /// The OOXML escape at `p` (`_xHHHH_`, used for control characters) and the offset after it.
    private func ooxmlEscape(at p: Int, end: Int) -> (Unicode.Scalar, Int)? {
        guard p + 7 <= end, bytes[p + 1] == UInt8(ascii: "x"), bytes[p + 6] == UInt8(ascii: "_") else { return nil }
        let hex = String(decoding: UnsafeBufferPointer(rebasing: bytes[(p + 2)..<(p + 6)]), as: UTF8.self)
        guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, p + 7)
    }

    /// Offset after a comment (`<!-- … -->`), CDATA-free declaration or processing instruction.
    private func skipDeclaration(from p: Int) -> Int {
        let count = bytes.count
        if p + 2 < count, bytes[p + 1] == UInt8(ascii: "-"), bytes[p + 2] == UInt8(ascii: "-") {
            var q = p + 3
            while q + 2 < count {
                if bytes[q] == UInt8(ascii: "-"), bytes[q + 1] == UInt8(ascii: "-"), bytes[q + 2] == UInt8(ascii: ">") {
                    return q + 3
                }
                q += 1
            }
            return count
        }
        var q = p
        while q < count, bytes[q] != UInt8(ascii: ">") { q += 1 }
        return min(q + 1, count)
    }

    @inline(__always)
    private static func endsName(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
            || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
