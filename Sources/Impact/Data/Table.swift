/// A columnar data table: named columns of equal length, in file order.
///
/// Tables are values: transforms return new tables and never modify the one they were given.
public struct Table: Sendable, Equatable {
    /// Column names in order.
    public let columnNames: [String]
    /// Columns in the order of ``columnNames``.
    public let columns: [Column]
    /// Number of rows (0 for a table without columns).
    public let rowCount: Int
    /// Money unit of each numeric column that declared one (in its CSV header, e.g.
    /// `营收(万元)`, or in the reading options); values of such a column are in that unit.
    public let units: [String: MoneyUnit]
    /// Columns read as categories although nearly all their cells are numbers (see
    /// ``TextInNumbers``), by name; recorded by the readers so that using such a column as a
    /// number can name the stray cells. Not part of the table's value (`==` ignores it), and
    /// not carried over by transforms that build new tables.
    public private(set) var textInNumbers: [String: TextInNumbers] = [:]

    /// Tables are equal when their names, columns and units are (``textInNumbers`` records
    /// where cells came from and is not compared).
    public static func == (lhs: Table, rhs: Table) -> Bool {
        lhs.columnNames == rhs.columnNames && lhs.rowCount == rhs.rowCount && lhs.units == rhs.units
            && lhs.columns == rhs.columns
    }

    /// This table with `record` as its ``textInNumbers``.
    func with(textInNumbers record: [String: TextInNumbers]) -> Table {
        var copy = self
        copy.textInNumbers = record
        return copy
    }

    /// This table with every recorded cell location passed through `move`.
    func withCellLocations(_ move: (CSVLocation) -> CSVLocation) -> Table {
        with(textInNumbers: textInNumbers.mapValues { $0.relocated(move) })
    }

    /// Creates a table; all columns must have the same length and names must be unique.
    public init(columns named: [(name: String, column: Column)]) throws(TableError) {
        try self.init(columns: named, units: [:])
    }

    /// Creates a table whose columns listed in `units` hold amounts in those money units.
    /// Every key of `units` must be one of the column names.
    public init(columns named: [(name: String, column: Column)],
                units: [String: MoneyUnit]) throws(TableError) {
        var seen = Set<String>()
        for (name, _) in named where !seen.insert(name).inserted {
            throw .duplicateColumn(name)
        }
        let count = named.first?.column.count ?? 0
        for (name, column) in named where column.count != count {
            throw .lengthMismatch(column: name, expected: count, found: column.count)
        }
        for name in units.keys where !seen.contains(name) {
            throw .unknownColumn(name, nearest: nearestName(to: name, among: named.map(\.name)))
        }
        columnNames = named.map(\.name)
        columns = named.map(\.column)
        rowCount = count
        self.units = units
    }

    /// The money unit declared for column `name`, if any.
    public func unit(of name: String) -> MoneyUnit? { units[resolvedName(name)] }

    /// The column name that `name` refers to: `name` itself when the table has it, else the
    /// name of the full header cell `name` as the reader split it (`营业收入(万元)` refers to
    /// the column `营业收入` read with the unit 万元), so a column can be named the way the
    /// office's header writes it. A name that matches neither is returned unchanged.
    public func resolvedName(_ name: String) -> String {
        if columnNames.contains(name) { return name }
        let (base, unit) = CSVReader.splitHeader(name)
        guard let unit, columnNames.contains(base), units[base] == nil || units[base] == unit else { return name }
        return base
    }

    /// The position of the column `name` refers to (see ``resolvedName(_:)``), if any.
    public func columnIndex(named name: String) -> Int? {
        columnNames.firstIndex(of: resolvedName(name))
    }

    /// The column called `name` (or written as its full header, ``resolvedName(_:)``); throws
    /// ``TableError/unknownColumn(_:nearest:)`` naming the closest existing column when there
    /// is none.
    public func column(_ name: String) throws(TableError) -> Column {
        guard let index = columnIndex(named: name) else {
            throw .unknownColumn(name, nearest: nearestName(to: name, among: columnNames))
        }
        return columns[index]
    }

    /// The numeric column called `name`; throws if it is missing or categorical.
    public func numeric(_ name: String) throws(TableError) -> NumericColumn {
        switch try column(name) {
        case .numeric(let column): return column
        case .categorical: throw .notNumeric(name)
        }
    }

    /// The column called `name` as categories; a numeric column is converted by its printed
    /// values (so years or 0/1 flags can serve as groups).
    public func categorical(_ name: String) throws(TableError) -> CategoricalColumn {
        switch try column(name) {
        case .categorical(let column): return column
        case .numeric(let column):
            return CategoricalColumn(column.values.indices.map { row in
                column[row].map(formatGroupLabel)
            })
        }
    }

    /// Whether a column called `name` exists.
    public func hasColumn(_ name: String) -> Bool { columnIndex(named: name) != nil }
}

/// Prints a number used as a group label: integers without a decimal point.
func formatGroupLabel(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return String(value)
}

/// The name in `candidates` with the smallest edit distance to `name`, if any is close
/// (distance at most half the name's length, at least 2).
func nearestName(to name: String, among candidates: [String]) -> String? {
    let limit = max(2, name.count / 2)
    let scored = candidates.map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= limit else { return nil }
    return best.0
}

/// Levenshtein distance between two strings, by characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// Errors in building or querying a ``Table``.
public enum TableError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Two columns share a name.
    case duplicateColumn(String)
    /// A column's length differs from the first column's.
    case lengthMismatch(column: String, expected: Int, found: Int)
    /// No column has this name; `nearest` is the closest existing name, if any.
    case unknownColumn(String, nearest: String?)
    /// The column holds categories where numbers were needed.
    case notNumeric(String)
    /// The column is not a yes/no column (``FlagVocabulary``); `values` are some values that
    /// are not flags.
    case notAFlag(String, values: [String])

    /// The message as a whole sentence saying what went wrong and where.
    public var description: String {
        switch self {
        case .duplicateColumn(let name):
            "column '\(name)' appears twice"
        case .lengthMismatch(let column, let expected, let found):
            "column '\(column)' has \(found) rows, expected \(expected)"
        case .unknownColumn(let name, let nearest):
            "no column named '\(name)'" + (nearest.map { "; did you mean '\($0)'?" } ?? "")
        case .notNumeric(let name):
            "column '\(name)' holds text, expected numbers"
        case .notAFlag(let name, let values):
            "column '\(name)' holds " + values.map { "'\($0)'" }.joined(separator: ", ")
                + ", expected yes/no values (是/否, 有/无, Y/N, Yes/No, TRUE/FALSE or 1/0); "
                + "name the value that means yes as COLUMN=VALUE"
        }
    }
}
