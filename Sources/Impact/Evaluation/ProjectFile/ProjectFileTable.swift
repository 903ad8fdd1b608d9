/// One table of a project file read field by field: it checks that every key is known
/// (``ProjectFileError/unknownKey(file:line:key:table:suggestion:)`` with the nearest known
/// key) and reads each value with its type (``ProjectFileError/wrongType(file:line:key:expected:found:)``).
struct ProjectFileTable {
    /// The file, for errors.
    let file: String
    /// The table's dotted name (`columns`, `programme.funds.total`; empty at the top).
    let name: String
    /// The table.
    let table: TOMLTable

    /// `table` named `name`, whose keys must all be in `known`.
    init(_ table: TOMLTable, name: String, file: String, known: [String]) throws(ProjectFileError) {
        self.file = file
        self.name = name
        self.table = table
        for (key, node) in table.entries where !known.contains(key) {
            throw .unknownKey(file: file, line: node.line, key: key, table: name,
                              suggestion: nearestName(to: key, among: known))
        }
    }

    /// The line of `key`, or the table's own line.
    func line(_ key: String) -> Int { table[key]?.line ?? table.line }

    private func mismatch(_ key: String, _ expected: String, _ node: TOMLNode) -> ProjectFileError {
        .wrongType(file: file, line: node.line, key: qualified(key), expected: expected, found: node.value.typeName)
    }

    /// `name.key`, as errors name a key.
    func qualified(_ key: String) -> String { name.isEmpty ? key : "\(name).\(key)" }

    /// A string value.
    func string(_ key: String) throws(ProjectFileError) -> String? {
        guard let node = table[key] else { return nil }
        guard case .string(let text) = node.value else { throw mismatch(key, "string", node) }
        return text
    }

    /// A whole number.
    func integer(_ key: String) throws(ProjectFileError) -> Int? {
        guard let node = table[key] else { return nil }
        guard case .integer(let value) = node.value else { throw mismatch(key, "integer", node) }
        return value
    }

    /// A number, whole or decimal.
    func number(_ key: String) throws(ProjectFileError) -> Double? {
        guard let node = table[key] else { return nil }
        switch node.value {
        case .integer(let value): return Double(value)
        case .float(let value): return value
        default: throw mismatch(key, "number", node)
        }
    }

    /// `true` or `false`.
    func boolean(_ key: String) throws(ProjectFileError) -> Bool? {
        guard let node = table[key] else { return nil }
        guard case .boolean(let value) = node.value else { throw mismatch(key, "boolean", node) }
        return value
    }

    /// An array of strings (a single string counts as an array of one).
    func strings(_ key: String) throws(ProjectFileError) -> [String]? {
        guard let node = table[key] else { return nil }
        if case .string(let text) = node.value { return [text] }
        guard case .array(let items) = node.value else { throw mismatch(key, "array of strings", node) }
        var texts: [String] = []
        for item in items {
            guard case .string(let text) = item.value else {
                throw .wrongType(file: file, line: item.line, key: qualified(key), expected: "string",
                                 found: item.value.typeName)
            }
            texts.append(text)
        }
        return texts
    }

    /// The sub-table `key`, whose keys must be in `known`.
    func table(_ key: String, known: [String]) throws(ProjectFileError) -> ProjectFileTable? {
        guard let node = table[key] else { return nil }
        guard case .table(let nested) = node.value else { throw mismatch(key, "table", node) }
        return try ProjectFileTable(nested, name: qualified(key), file: file, known: known)
    }

    /// The sub-table `key` with keys of the user's choosing (column names to units, …).
    func freeTable(_ key: String) throws(ProjectFileError) -> TOMLTable? {
        guard let node = table[key] else { return nil }
        guard case .table(let nested) = node.value else { throw mismatch(key, "table", node) }
        return nested
    }

    /// The array of tables `key` (`[[programme.objectives]]`), each with keys in `known`.
    func tables(_ key: String, known: [String]) throws(ProjectFileError) -> [ProjectFileTable] {
        guard let node = table[key] else { return [] }
        guard case .array(let items) = node.value else { throw mismatch(key, "array of tables", node) }
        var tables: [ProjectFileTable] = []
        for item in items {
            guard case .table(let nested) = item.value else {
                throw .wrongType(file: file, line: item.line, key: qualified(key), expected: "table",
                                 found: item.value.typeName)
            }
            tables.append(try ProjectFileTable(nested, name: qualified(key), file: file, known: known))
        }
        return tables
    }

    /// An error saying the value of `key` is not allowed, with `reason`.
    func invalid(_ key: String, _ reason: String) -> ProjectFileError {
        .invalidValue(file: file, line: line(key), key: qualified(key), reason: reason)
    }
}
