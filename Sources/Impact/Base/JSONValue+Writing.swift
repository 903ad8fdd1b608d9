import Foundation

extension JSONValue {
    /// The document as UTF-8 bytes, ending with a newline.
    ///
    /// Layout (fixed, so equal values give equal bytes): two spaces per level; an array or
    /// object whose elements are all scalars (or empty containers) is written on one line
    /// (`{"term": "x1", "estimate": 1.2}`, `[1, 2]`), anything deeper one element per line.
    /// Keys keep their order. Numbers: integers and integral doubles below 10¹⁵ in
    /// magnitude without a decimal point, other doubles as the shortest decimal that reads
    /// back as the same `Double` (Swift's `description`), non-finite ones as `null`.
    /// Strings: RFC 8259 escapes for quote, backslash and control characters (and U+2028,
    /// U+2029); all other characters, Chinese included, as UTF-8.
    public func encoded() -> Data {
        var text = ""
        write(into: &text, indent: 0)
        text += "\n"
        return Data(text.utf8)
    }

    private var isScalar: Bool {
        switch self {
        case .array(let items): items.isEmpty
        case .object(let members): members.isEmpty
        default: true
        }
    }

    private func write(into text: inout String, indent: Int) {
        switch self {
        case .null: text += "null"
        case let .bool(flag): text += flag ? "true" : "false"
        case let .integer(value): text += String(value)
        case let .unsignedInteger(value): text += String(value)
        case let .number(value): text += Self.numberText(value)
        case let .string(value): text += Self.quoted(value)
        case let .array(items):
            writeContainer(items.map { (nil, $0) }, open: "[", close: "]", into: &text, indent: indent)
        case let .object(members):
            writeContainer(members.map { ($0.key, $0.value) }, open: "{", close: "}", into: &text, indent: indent)
        }
    }

    private func writeContainer(_ elements: [(String?, JSONValue)], open: String, close: String,
                                into text: inout String, indent: Int) {
        guard !elements.isEmpty else { text += open + close; return }
        let inline = elements.allSatisfy { $0.1.isScalar }
        let pad = String(repeating: "  ", count: indent + 1)
        text += open
        for (index, (key, value)) in elements.enumerated() {
            if index > 0 { text += inline ? ", " : "," }
            if !inline { text += "\n" + pad }
            if let key { text += Self.quoted(key) + ": " }
            value.write(into: &text, indent: indent + 1)
        }
        if !inline { text += "\n" + String(repeating: "  ", count: indent) }
        text += close
    }

    /// A number as JSON writes it: integral values below 10¹⁵ in magnitude without a
    /// decimal point, others the shortest round-tripping decimal; `null` when not finite.
    public static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }

    /// `text` as a JSON string literal (RFC 8259 escapes).
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
