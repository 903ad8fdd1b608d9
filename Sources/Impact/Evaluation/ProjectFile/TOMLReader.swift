/// Reads the subset of TOML 1.0 that the project file (`impact.toml`) uses, keeping the
/// line of every key so that errors can say `impact.toml:12: …`.
///
/// The subset: `# comments`; `[table]` and `[a.b]` headers; `[[array.of.tables]]`;
/// `key = value` with bare (`revenue`), quoted (`"营业收入(万元)"`, `'…'`) and dotted
/// (`a.b = 1`) keys; basic strings with the escapes `\" \\ \n \t \r \uXXXX \UXXXXXXXX`,
/// literal strings, whole and decimal numbers (`_` separators, exponents), booleans,
/// arrays (over several lines, trailing comma, comments inside) and one-line inline
/// tables. Not read (each a clear error): multi-line strings, dates and times, `inf`/`nan`.
///
/// Why a reader of our own rather than LebJe/TOMLKit 0.6.0 (the TOML package the machine
/// carries): TOMLKit wraps the C++ library toml++, whose one 17,000-line header adds minutes
/// of C++ compilation to every clean build; it exposes a position only for a parse error,
/// not for the keys of a parsed document, so "unknown key on line 12" and "wrong type on
/// line 12" could not be said; and its manifest requires a test package (Checkit) that is
/// not available offline. The project file needs a small, stable subset; about 250 lines
/// read it with a line for every key.
struct TOMLReader {
    private let file: String
    private let characters: [Character]
    private var position = 0
    private var line = 1
    private var root = TOMLTable(line: 1)
    private var current: [String] = []
    /// How deep the value being read is nested in arrays and inline tables.
    private var depth = 0
    /// The deepest nesting of arrays and inline tables read (a project file needs two; the
    /// limit keeps a hostile file from exhausting the stack).
    static let maximumDepth = 32

    /// Parses `text` (the contents of `file`, named in errors).
    static func parse(_ text: String, file: String) throws(ProjectFileError) -> TOMLTable {
        var reader = TOMLReader(file: file, characters: Array(text))
        try reader.parseDocument()
        return reader.root
    }

    private init(file: String, characters: [Character]) {
        self.file = file
        self.characters = characters.first == "\u{FEFF}" ? Array(characters.dropFirst()) : characters
    }

    // MARK: Document

    private mutating func parseDocument() throws(ProjectFileError) {
        while true {
            skipBlank()
            guard let character = peek else { return }
            if character.isNewline {
                advanceLine()
            } else if character == "#" {
                skipComment()
            } else if character == "[" {
                try parseHeader()
            } else {
                try parseKeyValue()
            }
        }
    }

    private mutating func parseHeader() throws(ProjectFileError) {
        let headerLine = line
        position += 1
        let isArray = peek == "["
        if isArray { position += 1 }
        skipBlank()
        let path = try parseKey()
        skipBlank()
        guard expect("]"), !isArray || expect("]") else {
            throw syntax(isArray ? "expected ']]' to close the table header" : "expected ']' to close the table header")
        }
        try endOfLine()
        let last = path[path.count - 1]
        try modify(&root, path.dropLast()[...], line: headerLine) { (table: inout TOMLTable) throws(ProjectFileError) in
            if isArray {
                try Self.appendElement(to: &table, key: last, line: headerLine, file: file)
            } else {
                try Self.openTable(in: &table, key: last, line: headerLine, file: file)
            }
        }
        current = path
    }

    private static func appendElement(to table: inout TOMLTable, key: String, line: Int,
                                      file: String) throws(ProjectFileError) {
        var element = TOMLTable(line: line)
        element.isExplicit = true
        guard let index = table.index(of: key) else {
            table.entries.append((key, TOMLNode(value: .array([TOMLNode(value: .table(element), line: line)]), line: line)))
            return
        }
        guard case .array(var items) = table.entries[index].node.value,
              items.allSatisfy({ if case .table = $0.value { true } else { false } }) else {
            throw .duplicateKey(file: file, line: line, key: key)
        }
        items.append(TOMLNode(value: .table(element), line: line))
        table.entries[index].node.value = .array(items)
    }

    private static func openTable(in table: inout TOMLTable, key: String, line: Int,
                                  file: String) throws(ProjectFileError) {
        guard let index = table.index(of: key) else {
            var opened = TOMLTable(line: line)
            opened.isExplicit = true
            table.entries.append((key, TOMLNode(value: .table(opened), line: line)))
            return
        }
        guard case .table(var existing) = table.entries[index].node.value, !existing.isExplicit else {
            throw .duplicateKey(file: file, line: line, key: key)
        }
        existing.isExplicit = true
        table.entries[index].node.value = .table(existing)
    }

    private mutating func parseKeyValue() throws(ProjectFileError) {
        let keyLine = line
        let key = try parseKey()
        skipBlank()
        guard expect("=") else { throw syntax("expected '=' after the key '\(key.joined(separator: "."))'") }
        skipBlank()
        let value = try parseValue()
        try endOfLine()
        let last = key[key.count - 1]
        try modify(&root, (current + key.dropLast())[...], line: keyLine) { (table: inout TOMLTable) throws(ProjectFileError) in
            guard table.index(of: last) == nil else { throw .duplicateKey(file: file, line: keyLine, key: last) }
            table.entries.append((last, TOMLNode(value: value, line: keyLine)))
        }
    }

    /// Runs `body` on the table at `path` below `table`, creating implicit tables on the way
    /// and entering the last element of an array of tables.
    private func modify(_ table: inout TOMLTable, _ path: ArraySlice<String>, line: Int,
                        _ body: (inout TOMLTable) throws(ProjectFileError) -> Void) throws(ProjectFileError) {
        guard let first = path.first else { return try body(&table) }
        guard let index = table.index(of: first) else {
            var created = TOMLTable(line: line)
            try modify(&created, path.dropFirst(), line: line, body)
            table.entries.append((first, TOMLNode(value: .table(created), line: line)))
            return
        }
        switch table.entries[index].node.value {
        case .table(var nested):
            try modify(&nested, path.dropFirst(), line: line, body)
            table.entries[index].node.value = .table(nested)
        case .array(var items) where items.last.map({ if case .table = $0.value { true } else { false } }) == true:
            guard case .table(var nested) = items[items.count - 1].value else { return }
            try modify(&nested, path.dropFirst(), line: line, body)
            items[items.count - 1].value = .table(nested)
            table.entries[index].node.value = .array(items)
        default:
            throw .wrongType(file: file, line: line, key: first, expected: "table",
                             found: table.entries[index].node.value.typeName)
        }
    }

    // MARK: Keys and values

    /// A bare, quoted or dotted key, as its parts.
    private mutating func parseKey() throws(ProjectFileError) -> [String] {
        var parts: [String] = []
        repeat {
            skipBlank()
            guard let character = peek else { throw syntax("expected a key") }
            if character == "\"" || character == "'" {
                parts.append(try parseString())
            } else {
                let start = position
                while let next = peek, next.isASCII, next.isLetter || next.isNumber || next == "_" || next == "-" {
                    position += 1
                }
                guard position > start else {
                    throw syntax("expected a key (letters, digits, '_' or '-', or a name in quotes such as \"营业收入\")")
                }
                parts.append(String(characters[start..<position]))
            }
            skipBlank()
        } while expect(".")
        return parts
    }

    private mutating func parseValue() throws(ProjectFileError) -> TOMLValue {
        guard let character = peek else { throw syntax("expected a value") }
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw syntax("at most \(Self.maximumDepth) levels of nested arrays and inline tables")
        }
        switch character {
        case "\"", "'": return .string(try parseString())
        case "[": return try parseArray()
        case "{": return try parseInlineTable()
        default: return try parseScalar()
        }
    }

    private mutating func parseArray() throws(ProjectFileError) -> TOMLValue {
        position += 1
        var items: [TOMLNode] = []
        while true {
            skipWhitespaceAndComments()
            if expect("]") { return .array(items) }
            let itemLine = line
            items.append(TOMLNode(value: try parseValue(), line: itemLine))
            skipWhitespaceAndComments()
            if expect(",") { continue }
            guard expect("]") else { throw syntax("expected ',' or ']' in the array") }
            return .array(items)
        }
    }

    private mutating func parseInlineTable() throws(ProjectFileError) -> TOMLValue {
        let tableLine = line
        position += 1
        var table = TOMLTable(line: tableLine)
        table.isExplicit = true
        skipBlank()
        if expect("}") { return .table(table) }
        while true {
            let key = try parseKey()
            guard key.count == 1, expect("=") else { throw syntax("expected 'key = value' in the inline table") }
            skipBlank()
            guard table.index(of: key[0]) == nil else { throw .duplicateKey(file: file, line: line, key: key[0]) }
            table.entries.append((key[0], TOMLNode(value: try parseValue(), line: line)))
            skipBlank()
            if expect("}") { return .table(table) }
            guard expect(",") else { throw syntax("expected ',' or '}' in the inline table (inline tables fit on one line)") }
            skipBlank()
        }
    }

    private mutating func parseScalar() throws(ProjectFileError) -> TOMLValue {
        let start = position
        while let next = peek, next.isASCII, next.isLetter || next.isNumber || "+-._:".contains(next) {
            position += 1
        }
        let token = String(characters[start..<position])
        switch token {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "": throw syntax("expected a value: a \"string\", a number, true, false, [an array] or { a table }")
        default: break
        }
        if token.contains(":") || token.filter({ $0 == "-" }).count >= 2 && !token.lowercased().contains("e") {
            throw syntax("dates are not read in a project file; write '\(token)' in quotes as a string")
        }
        let digits = token.replacingOccurrences(of: "_", with: "")
        if let whole = Int(digits) { return .integer(whole) }
        if let decimal = Double(digits), decimal.isFinite, digits.first != ".", digits.last != "." {
            return .float(decimal)
        }
        throw syntax("'\(token)' is not a value; text must be in quotes (\"\(token)\")")
    }

    /// A basic or literal one-line string, at an opening quote.
    private mutating func parseString() throws(ProjectFileError) -> String {
        let quote = characters[position]
        if position + 2 < characters.count, characters[position + 1] == quote, characters[position + 2] == quote {
            throw syntax("multi-line strings (\(quote)\(quote)\(quote)) are not read in a project file; write the text on one line")
        }
        position += 1
        var text = ""
        while let character = peek {
            position += 1
            if character == quote { return text }
            if character.isNewline { break }
            if character == "\\", quote == "\"" {
                text.append(try parseEscape())
            } else {
                text.append(character)
            }
        }
        throw syntax("the string is not closed on its line (expected \(quote))")
    }

    private mutating func parseEscape() throws(ProjectFileError) -> Character {
        guard let code = peek else { throw syntax("expected an escape after '\\'") }
        position += 1
        switch code {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "u", "U":
            let count = code == "u" ? 4 : 8
            guard position + count <= characters.count,
                  let value = UInt32(String(characters[position..<position + count]), radix: 16),
                  let scalar = Unicode.Scalar(value) else {
                throw syntax("expected \(count) hexadecimal digits after '\\\(code)'")
            }
            position += count
            return Character(scalar)
        default:
            throw syntax("unknown escape '\\\(code)' (write '\\\\' for a backslash)")
        }
    }

    // MARK: Characters

    private var peek: Character? { position < characters.count ? characters[position] : nil }

    private mutating func expect(_ character: Character) -> Bool {
        guard peek == character else { return false }
        position += 1
        return true
    }

    private mutating func skipBlank() {
        while let character = peek, character == " " || character == "\t" { position += 1 }
    }

    private mutating func skipComment() {
        while let character = peek, !character.isNewline { position += 1 }
    }

    private mutating func advanceLine() {
        position += 1
        line += 1
    }

    private mutating func skipWhitespaceAndComments() {
        while let character = peek {
            if character == " " || character == "\t" { position += 1 } else if character.isNewline { advanceLine() } else if character == "#" { skipComment() } else { return }
        }
    }

    /// After a value or header: blanks, an optional comment, then a line end or the end.
    private mutating func endOfLine() throws(ProjectFileError) {
        skipBlank()
        if peek == "#" { skipComment() }
        guard let character = peek else { return }
        guard character.isNewline else { throw syntax("expected the end of the line after the value (one 'key = value' per line)") }
        advanceLine()
    }

    private func syntax(_ expected: String) -> ProjectFileError {
        .syntax(file: file, line: line, expected: expected)
    }
}
