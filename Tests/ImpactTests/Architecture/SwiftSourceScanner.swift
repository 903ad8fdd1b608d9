import Foundation

/// A rough lexical view of a Swift source file, enough to check which types it declares
/// and which it names: comments are removed, and string literals are emptied except for
/// the code of their interpolations (`"\(Foo.bar)"` still names `Foo`).
struct SwiftSourceScanner {
    /// The source without comments and literal text.
    let code: String

    init(source: String) {
        code = Self.strip(Array(source.unicodeScalars))
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

    /// Removes `//` and `/* */` comments and the text of string literals.
    private static func strip(_ s: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var i = 0
        func starts(_ text: String, at index: Int) -> Bool {
            let scalars = Array(text.unicodeScalars)
            guard index + scalars.count <= s.count else { return false }
            return Array(s[index..<index + scalars.count]) == scalars
        }
        while i < s.count {
            if starts("//", at: i) {
                while i < s.count, s[i] != "\n" { i += 1 }
            } else if starts("/*", at: i) {
                i += 2
                while i < s.count, !starts("*/", at: i) { i += 1 }
                i += 2
            } else if s[i] == "\"" {
                let delimiter = starts("\"\"\"", at: i) ? "\"\"\"" : "\""
                i += delimiter.unicodeScalars.count
                while i < s.count, !starts(delimiter, at: i) {
                    if s[i] == "\\", i + 1 < s.count, s[i + 1] == "(" {
                        // Interpolation: keep its code.
                        var depth = 1
                        i += 2
                        let start = i
                        while i < s.count, depth > 0 {
                            if s[i] == "(" { depth += 1 } else if s[i] == ")" { depth -= 1 }
                            i += 1
                        }
                        out.append(" ")
                        out.append(contentsOf: strip(Array(s[start..<max(start, i - 1)])).unicodeScalars)
                        out.append(" ")
                    } else if s[i] == "\\" {
                        i += 2
                    } else {
                        i += 1
                    }
                }
                i += delimiter.unicodeScalars.count
                out.append(contentsOf: " \"\"".unicodeScalars)
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }
}
