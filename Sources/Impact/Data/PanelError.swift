/// Errors in setting up panel keys (entity, time) or transforming along them.
public enum PanelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One (entity, time) key that occurs in more than one row.
    public struct DuplicateKey: Sendable, Equatable {
        /// Entity label (e.g. `F00001`).
        public let entity: String
        /// Time value (e.g. `2019`).
        public let time: Int
        /// 1-based data rows holding this key (row 1 is the first row after the header).
        public let rows: [Int]

        /// Creates a duplicate-key record.
        public init(entity: String, time: Int, rows: [Int]) {
            self.entity = entity
            self.time = time
            self.rows = rows
        }
    }

    /// A column named in the panel set-up or a transform does not exist or has the wrong type.
    case table(TableError)
    /// Rows with a missing entity or time; `rows` are the first few (1-based data rows),
    /// `count` how many in all.
    case missingKey(column: String, rows: [Int], count: Int)
    /// A time value that is not a whole number (time must be integer periods such as years).
    case nonIntegerTime(column: String, row: Int, value: String)
    /// (entity, time) pairs that occur more than once: the first few, and how many in all.
    case duplicateKeys(entity: String, time: String, first: [DuplicateKey], count: Int)
    /// A transform was given a table other than the one the index was built on.
    case rowCountMismatch(expected: Int, found: Int)
    /// A lag of zero periods was asked for.
    case zeroLag

    /// The message as one sentence naming the columns and rows involved.
    public var description: String {
        switch self {
        case .table(let error):
            return error.description.prefix(1).uppercased() + error.description.dropFirst() + "."
        case .missingKey(let column, let rows, let count):
            let listed = rows.map(String.init).joined(separator: ", ")
            return "Panel key column '\(column)' is missing in \(count) row\(count == 1 ? "" : "s") "
                + "(data row\(rows.count == 1 ? "" : "s") \(listed)\(count > rows.count ? ", …" : "")); "
                + "every row needs an entity and a time."
        case .nonIntegerTime(let column, let row, let value):
            return "Time column '\(column)' holds \(value) in data row \(row); expected whole "
                + "numbers such as years."
        case .duplicateKeys(let entity, let time, let first, let count):
            let listed = first.map { key in
                "\(key.entity) at \(key.time) in rows \(key.rows.map(String.init).joined(separator: ", "))"
            }.joined(separator: "; ")
            return "Panel keys (\(entity), \(time)) are not unique: \(count) duplicated "
                + "key\(count == 1 ? "" : "s"), for example \(listed); expected one row per "
                + "\(entity) and \(time)."
        case .rowCountMismatch(let expected, let found):
            return "The table has \(found) rows but the panel index was built on \(expected); "
                + "expected the same table."
        case .zeroLag:
            return "A lag of 0 periods was requested; expected a positive lag or a negative lead."
        }
    }
}
