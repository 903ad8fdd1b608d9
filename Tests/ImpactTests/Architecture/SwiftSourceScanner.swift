import Foundation

/// A lexical view of a Swift source file, shared by the architecture checks: comments and
/// the text of string literals are blanked out (every byte replaced by a space, line breaks
/// kept, so offsets and line numbers stay those of the file), while the code of string
/// interpolations is kept (`"\(Foo.bar)"` still names `Foo`). Handles nested block
/// comments, multi-line and raw (`#"…"#`) strings, and strings inside interpolations.
struct SwiftSourceScanner {
    /// The source with comments and literal text blanked.
    let code: String

    init(source: String) {
        code = String(decoding: Self.blanked(Array(source.utf8)), as: UTF8.self)
    }

    /// Names of the types declared at the top level of the file (`struct`, `enum`,
    /// `class`, `actor`, `protocol`, `typealias`); nested types are not counted, so their
    /// short names (`Options`, `Kind`) never clash between folders.
    var topLevelTypeNames: [String] {
        let keywords: Set<String> = ["struct", "enum", "class", "actor", "protocol", "typealias"]
        let modifiers: Set<String> = ["public", "internal", "private", "fileprivate", "package",
                                      "final", "indirect", "nonisolated"]
        var names: [String] = []
        for line in code.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let first = line.first, !first.isWhitespace else { continue }
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            while let word = words.first, modifiers.contains(word) || word.hasPrefix("@") { words.removeFirst() }
            guard words.count >= 2, keywords.contains(words[0]) else { continue }
            let name = words[1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { names.append(String(name)) }
        }
        return names
    }

    /// Every capitalised identifier the code names (type names and enum-like constants).
    var capitalisedIdentifiers: Set<String> {
        var result = Set<String>()
        var current = ""
        for character in code + " " {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else {
                if let first = current.first, first.isUppercase { result.insert(current) }
                current = ""
            }
        }
        return result
    }

    // MARK: - Blanking

    /// `source` with comments and string-literal text (delimiters included) replaced by
    /// spaces, line breaks kept; the code of interpolations is kept and blanked in turn.
    static func blanked(_ source: [UInt8]) -> [UInt8] {
        var code = source
        blank(source, in: 0..<source.count, into: &code)
        return code
    }

    private static func blank(_ s: [UInt8], in range: Range<Int>, into code: inout [UInt8]) {
        var index = range.lowerBound
        while index < range.upperBound {
            let token = token(s, at: index)
            if !token.isCode {
                for offset in index..<token.end where code[offset] != UInt8(ascii: "\n") { code[offset] = UInt8(ascii: " ") }
                for inner in token.interpolations {
                    code.replaceSubrange(inner, with: s[inner])
                    blank(s, in: inner, into: &code)
                }
            }
            index = token.end
        }
    }

    /// The token at `index`: a comment, a string literal (with the ranges of its
    /// interpolations' code), or one byte of code.
    private static func token(_ s: [UInt8], at index: Int) -> (end: Int, isCode: Bool, interpolations: [Range<Int>]) {
        if starts(s, "//", at: index) {
            var end = index
            while end < s.count, s[end] != UInt8(ascii: "\n") { end += 1 }
            return (end, false, [])
        }
        if starts(s, "/*", at: index) {
            var depth = 0, end = index
            repeat {
                if starts(s, "/*", at: end) {
                    depth += 1
                    end += 2
                } else if starts(s, "*/", at: end) {
                    depth -= 1
                    end += 2
                } else {
                    end += 1
                }
            } while depth > 0 && end < s.count
            return (min(end, s.count), false, [])
        }
        var hashes = 0
        while index + hashes < s.count, s[index + hashes] == UInt8(ascii: "#") { hashes += 1 }
        if index + hashes < s.count, s[index + hashes] == UInt8(ascii: "\"") {
            let string = stringLiteral(s, from: index, hashes: hashes)
            return (string.end, false, string.interpolations)
        }
        return (index + max(hashes, 1), true, [])
    }

    /// The end of the string literal starting at `start` with `hashes` `#`s before its
    /// opening quote, and the ranges of the code inside its interpolations `\( … )`.
    private static func stringLiteral(_ s: [UInt8], from start: Int, hashes: Int) -> (end: Int, interpolations: [Range<Int>]) {
        var index = start + hashes
        let quote = starts(s, "\"\"\"", at: index) ? "\"\"\"" : "\""
        let close = Array(quote.utf8) + [UInt8](repeating: UInt8(ascii: "#"), count: hashes)
        let escape = [UInt8(ascii: "\\")] + [UInt8](repeating: UInt8(ascii: "#"), count: hashes)
        var interpolations: [Range<Int>] = []
        index += quote.utf8.count
        while index < s.count {
            if s[index...].starts(with: close) { return (index + close.count, interpolations) }
            if s[index...].starts(with: escape) {
                index += escape.count
                if index < s.count, s[index] == UInt8(ascii: "(") {
                    let end = interpolationEnd(s, from: index)
                    interpolations.append((index + 1)..<max(index + 1, end - 1))
                    index = end
                } else {
                    index += 1
                }
                continue
            }
            index += 1
        }
        return (s.count, interpolations)
    }

    /// The offset after the `)` that closes the interpolation whose `(` is at `start`;
    /// strings and comments inside it are skipped whole.
    private static func interpolationEnd(_ s: [UInt8], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < s.count {
            let byte = s[index]
            if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return index + 1 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "/") {
                let token = token(s, at: index)
                if !token.isCode {
                    index = token.end
                    continue
                }
            }
            index += 1
        }
        return s.count
    }

    private static func starts(_ s: [UInt8], _ text: String, at index: Int) -> Bool {
        s[index...].starts(with: text.utf8)
    }
}
