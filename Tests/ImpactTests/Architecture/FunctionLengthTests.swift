import Foundation
import Testing

/// Keeps functions of one idea: no function, initialiser, subscript or computed property in
/// `Sources/Impact` or `Sources/impact-cli` runs over 60 lines unless a `// Long:` comment at
/// its head says why.
@Suite("Architecture: function length")
struct FunctionLengthTests {
    static let check = FunctionLengthCheck(limit: 60)

    @Test("no declaration over 60 lines without a `// Long:` reason", arguments: ["Sources/Impact", "Sources/impact-cli"])
    func noLongFunctions(folder: String) throws {
        let sources = try LayerCheckTests.sources(under: folder)
        #expect(!sources.isEmpty, "no Swift files under \(folder)")
        let findings = Self.check.findings(in: sources)
        if !findings.isEmpty {
            Issue.record(Comment(rawValue: "\(findings.count) declarations over \(Self.check.limit) lines in "
                + "\(folder) (split them, or give the reason on a `// Long:` line at their head):\n"
                + findings.map(\.description).joined(separator: "\n")))
        }
    }

    /// A body of `lines` lines in total (declaration and closing brace included).
    static func function(named name: String, lines: Int, firstBodyLine: String = "let a = 0") -> String {
        let filler = (0..<(lines - 3)).map { "        _ = \($0)" }
        return (["    func \(name)() {", "        \(firstBodyLine)"] + filler + ["    }"]).joined(separator: "\n")
    }

    @Test("the check finds a long function, init and computed property, and measures them")
    func checkCanFail() {
        let longInit = Self.function(named: "x", lines: 62).replacingOccurrences(of: "func x()", with: "init(y: Int)")
        let longProperty = Self.function(named: "x", lines: 70).replacingOccurrences(of: "func x()", with: "var x: Int")
        let source = """
            struct S {
            \(Self.function(named: "long", lines: 61))
            \(Self.function(named: "short", lines: 60))
            \(longInit)
            \(longProperty)
            }
            """
        let findings = Self.check.findings(inFile: "S.swift", text: source)
        #expect(findings == [
            .init(file: "S.swift", line: 2, declaration: "func long() {", length: 61),
            .init(file: "S.swift", line: 123, declaration: "init(y: Int) {", length: 62),
            .init(file: "S.swift", line: 185, declaration: "var x: Int {", length: 70),
        ])
    }

    @Test("a `// Long:` reason at the head, above or on the body's first line, excuses a long function")
    func reasonExcuses() {
        let inside = Self.function(named: "a", lines: 80, firstBodyLine: "// Long: hot loop, one pass.")
        let above = "    // Long: hot loop, one pass.\n    @inline(__always)\n" + Self.function(named: "b", lines: 80)
        let elsewhere = Self.function(named: "c", lines: 80, firstBodyLine: "let z = 1")
            .replacingOccurrences(of: "_ = 5\n", with: "_ = 5 // Long: too late\n")
        let findings = Self.check.findings(inFile: "S.swift", text: "enum E {\n\(inside)\n\(above)\n\(elsewhere)\n}")
        #expect(findings.map(\.declaration) == ["func c() {"])
    }

    @Test("braces in comments and strings, protocol requirements and stored properties are not bodies")
    func lexicalCases() {
        let source = """
            protocol P {
                func required() -> Int
                var name: String { get }
            }
            struct T {
                var stored: Int = 0
                let text = "{ not a brace \\("}" + "{")"
                /* { */ // {
                func f() -> String { "\\(stored) }" }
                init() { self.init(x: 1) }
                init(x: Int) {}
                var computed: Int { stored }
            }
            """
        let code = SwiftSourceScanner.blanked(Array(source.utf8))
        #expect(code.count == source.utf8.count)
        #expect(code.filter { $0 == UInt8(ascii: "\n") }.count == source.filter { $0 == "\n" }.count)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let starts = FunctionLengthCheck.bodies(in: code).map { body in
            String(decoding: code[body.keyword..<body.open], as: UTF8.self)
                .trimmingCharacters(in: .whitespaces)
        }
        #expect(starts == ["var name: String", "func f() -> String", "init()", "init(x: Int)", "var computed: Int"])
        #expect(lines.count == 13)
    }
}
