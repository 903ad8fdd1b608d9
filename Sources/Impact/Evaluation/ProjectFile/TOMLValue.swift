/// A value of a TOML document (the subset ``TOMLReader`` reads), with the line it starts on.
///
/// Strings, whole numbers, decimal numbers, booleans, arrays and tables; TOML's dates and
/// multi-line strings are not part of the project file's subset.
indirect enum TOMLValue: Sendable, Equatable {
    /// A basic (`"…"`, with escapes) or literal (`'…'`) string.
    case string(String)
    /// A whole number (`2024`, `-3`, `1_000`).
    case integer(Int)
    /// A decimal number (`11559.274`, `1e3`).
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// `[a, b, …]`, possibly over several lines.
    case array([TOMLNode])
    /// A `[table]`, an element of `[[array.of.tables]]`, or an inline `{ k = v }`.
    case table(TOMLTable)

    /// The TOML name of the value's type, for messages: `string`, `integer`, `float`,
    /// `boolean`, `array`, `table`.
    var typeName: String {
        switch self {
        case .string: "string"
        case .integer: "integer"
        case .float: "float"
        case .boolean: "boolean"
        case .array: "array"
        case .table: "table"
        }
    }
}

/// A value and the 1-based line of the file where it starts.
struct TOMLNode: Sendable, Equatable {
    /// The value.
    var value: TOMLValue
    /// 1-based line number.
    var line: Int
}

/// A TOML table: its keys in the order they were written, each with its value and line.
struct TOMLTable: Sendable, Equatable {
    /// The entries, in file order (a key appears once).
    var entries: [(key: String, node: TOMLNode)] = []
    /// The line of the table's header (`[programme]`), or of the key that opened it.
    var line: Int
    /// Whether the table was opened by its own `[header]` (a second header is an error).
    var isExplicit = false

    init(line: Int) { self.line = line }

    /// The node of `key`, if present.
    subscript(key: String) -> TOMLNode? {
        entries.first { $0.key == key }?.node
    }

    /// The position of `key` among the entries.
    func index(of key: String) -> Int? {
        entries.firstIndex { $0.key == key }
    }

    static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.line == rhs.line && lhs.entries.map(\.key) == rhs.entries.map(\.key)
            && lhs.entries.map(\.node) == rhs.entries.map(\.node)
    }
}
