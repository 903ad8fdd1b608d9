import Foundation

/// Finds functions, initialisers, subscripts and computed properties whose body runs over a
/// line limit, unless a `// Long:` comment gives the reason.
///
/// A declaration's length is counted in lines from the line of its keyword (`func`, `init`,
/// `deinit`, `subscript`, or `var name:` of a property with a body) through the line of its
/// closing brace, so attributes above it do not count and a one-line function is 1 line.
/// A declaration is excused when the first line of its body (the line after the opening
/// brace) holds `// Long:`, or when a comment line directly above it (among its doc comments
/// and attributes) starts with `// Long:`.
///
/// The scan is lexical: comments and string-literal text are blanked out first by
/// ``SwiftSourceScanner`` (line breaks kept), so braces inside them are not counted. Nested functions are
/// measured on their own and also count toward the function around them.
struct FunctionLengthCheck {
    /// One declaration over the limit.
    struct Finding: Equatable, CustomStringConvertible {
        /// Path of the file, as given to ``findings(in:)``.
        let file: String
        /// 1-based line of the declaration's keyword.
        let line: Int
        /// The declaration's first line, trimmed (e.g. `static func parse(_ bytes: …`).
        let declaration: String
        /// Lines from the keyword through the closing brace.
        let length: Int

        var description: String { "\(file):\(line) (\(length) lines) \(declaration)" }
    }

    /// Longest allowed declaration, in lines.
    let limit: Int

    /// The marker that excuses a long declaration.
    static let marker = "// Long:"

    /// Every declaration over ``limit`` lines without a `// Long:` reason, in `sources`
    /// (path → text), ordered by path and line.
    func findings(in sources: [String: String]) -> [Finding] {
        sources.keys.sorted().flatMap { path in findings(inFile: path, text: sources[path]!) }
    }

    /// The declarations over the limit in one file.
    func findings(inFile path: String, text: String) -> [Finding] {
        let original = Array(text.utf8)
        let code = SwiftSourceScanner.blanked(original)
        let lineStarts = Self.lineStarts(code)
        let originalLines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return Self.bodies(in: code).compactMap { body in
            let firstLine = Self.line(of: body.keyword, lineStarts: lineStarts)
            let lastLine = Self.line(of: body.close, lineStarts: lineStarts)
            let length = lastLine - firstLine + 1
            guard length > limit else { return nil }
            let openLine = Self.line(of: body.open, lineStarts: lineStarts)
            if Self.isExcused(lines: originalLines, declarationLine: firstLine, openLine: openLine) { return nil }
            let declaration = originalLines[firstLine - 1].trimmingCharacters(in: .whitespaces)
            return Finding(file: path, line: firstLine, declaration: declaration, length: length)
        }
    }

    // MARK: - Excuses

    /// Whether `// Long:` is on the line after the opening brace, or on a comment line in the
    /// block of comments and attributes directly above the declaration (lines are 1-based).
    private static func isExcused(lines: [String], declarationLine: Int, openLine: Int) -> Bool {
        if openLine < lines.count, lines[openLine].contains(marker) { return true }
        var index = declarationLine - 2
        while index >= 0 {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix("//") || line.hasPrefix("@") else { break }
            if line.hasPrefix(marker) { return true }
            index -= 1
        }
        return false
    }

    // MARK: - Declarations and their bodies

    /// A declaration with a body: offsets of its keyword, opening and closing brace.
    struct Body: Equatable {
        let keyword: Int
        let open: Int
        let close: Int
    }

    /// Every function-like declaration with a body in `code` (comments and strings blanked).
    static func bodies(in code: [UInt8]) -> [Body] {
        let closing = matchingBraces(code)
        var result: [Body] = []
        var index = 0
        while index < code.count {
            guard isIdentifierStart(code[index]), index == 0 || !isIdentifierByte(code[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < code.count, isIdentifierByte(code[end]) { end += 1 }
            let word = String(decoding: code[index..<end], as: UTF8.self)
            let precededByDot = previousNonSpace(code, before: index).map { $0 == UInt8(ascii: ".") } ?? false
            var open: Int?
            switch word {
            case "func", "subscript", "deinit":
                open = openingBrace(code, from: end, stopAtLineEnd: false)
            case "init" where !precededByDot:
                open = openingBrace(code, from: end, stopAtLineEnd: false)
            case "var" where isPropertyWithType(code, after: end):
                open = openingBrace(code, from: end, stopAtLineEnd: true)
            default:
                break
            }
            if let open, let close = closing[open] {
                result.append(Body(keyword: index, open: open, close: close))
            }
            index = end
        }
        return result
    }

    /// Words after which a declaration without a body has ended and another begins.
    private static let declarationWords: Set<String> = [
        "func", "init", "deinit", "subscript", "var", "let", "case", "struct", "class", "enum",
        "protocol", "extension", "actor", "typealias", "associatedtype", "import",
    ]

    /// The offset of the `{` that opens the body of a declaration whose signature starts at
    /// `start`: the first `{` outside parentheses, brackets and an `=` initial value; `nil`
    /// when the declaration has no body (a protocol requirement, a stored property), i.e. a
    /// `}`, `=` or another declaration comes first (or, with `stopAtLineEnd`, a line break).
    private static func openingBrace(_ code: [UInt8], from start: Int, stopAtLineEnd: Bool) -> Int? {
        var depth = 0
        var index = start
        while index < code.count {
            let byte = code[index]
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                depth -= 1
            case UInt8(ascii: "{") where depth == 0:
                return index
            case UInt8(ascii: "}") where depth == 0:
                return nil
            case UInt8(ascii: "=") where depth == 0 && stopAtLineEnd:
                return nil
            case UInt8(ascii: "\n") where depth == 0 && stopAtLineEnd:
                return nil
            default:
                if depth == 0, isIdentifierStart(byte), !isIdentifierByte(code[index - 1]) {
                    var end = index
                    while end < code.count, isIdentifierByte(code[end]) { end += 1 }
                    if declarationWords.contains(String(decoding: code[index..<end], as: UTF8.self)) { return nil }
                    index = end
                    continue
                }
            }
            index += 1
        }
        return nil
    }

    /// Whether `var` at `end` is followed by `name:` (a typed property, which may have a
    /// body), rather than `name =` or a pattern (`for var x in`).
    private static func isPropertyWithType(_ code: [UInt8], after end: Int) -> Bool {
        var index = end
        while index < code.count, code[index] == UInt8(ascii: " ") { index += 1 }
        guard index < code.count, isIdentifierStart(code[index]) else { return false }
        while index < code.count, isIdentifierByte(code[index]) { index += 1 }
        while index < code.count, code[index] == UInt8(ascii: " ") { index += 1 }
        return index < code.count && code[index] == UInt8(ascii: ":")
    }

    /// For each `{`, the offset of its matching `}`.
    private static func matchingBraces(_ code: [UInt8]) -> [Int: Int] {
        var stack: [Int] = []
        var result: [Int: Int] = [:]
        for (index, byte) in code.enumerated() {
            if byte == UInt8(ascii: "{") {
                stack.append(index)
            } else if byte == UInt8(ascii: "}"), let open = stack.popLast() {
                result[open] = index
            }
        }
        return result
    }

    private static func previousNonSpace(_ code: [UInt8], before index: Int) -> UInt8? {
        var index = index - 1
        while index >= 0, code[index] == UInt8(ascii: " ") || code[index] == UInt8(ascii: "\n") { index -= 1 }
        return index >= 0 ? code[index] : nil
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte >= 0x80
    }

    // MARK: - Lines

    private static func lineStarts(_ code: [UInt8]) -> [Int] {
        [0] + code.indices.filter { code[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
    }

    /// 1-based line of byte `offset`.
    private static func line(of offset: Int, lineStarts: [Int]) -> Int {
        var low = 0, high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return low + 1
    }
}
