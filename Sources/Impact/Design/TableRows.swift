/// The table rows a model's observations come from, in order: every row of the table
/// (the identity, held as a count: no n-length array) or an explicit list (rows dropped).
///
/// Conventions: 0-based table rows; `self[i]` is the row of observation `i`.
///
/// Two values are equal when they name the same rows in the same order, however held: the
/// identity of `n` rows equals the explicit list `0..<n`.
struct TableRows: RandomAccessCollection, Sendable, Equatable {
    /// The rows when some were dropped; `nil` when every row is kept.
    let explicit: [Int]?
    /// Number of observations.
    let count: Int

    /// Every one of `count` rows.
    init(all count: Int) {
        explicit = nil
        self.count = count
    }

    /// The listed rows (increasing).
    init(_ rows: [Int]) {
        explicit = rows
        count = rows.count
    }

    /// `rows` when given (their count must be `count`), otherwise every one of `count` rows.
    init(_ rows: [Int]?, count: Int) {
        precondition(rows.map { $0.count == count } ?? true, "row list does not match the count")
        explicit = rows
        self.count = count
    }

    /// The rows as an array: the explicit list, or `0..<count` made on access.
    var list: [Int] { explicit ?? Array(0..<count) }

    /// Whether `lhs` and `rhs` name the same rows in the same order (the identity of `n`
    /// rows equals the list `0..<n`).
    static func == (lhs: TableRows, rhs: TableRows) -> Bool {
        guard lhs.count == rhs.count else { return false }
        switch (lhs.explicit, rhs.explicit) {
        case (nil, nil): return true
        case let (left?, right?): return left == right
        case let (rows?, nil), let (nil, rows?): return rows.enumerated().allSatisfy { $0.offset == $0.element }
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Int {
        if let explicit { return explicit[position] }
        return position
    }

    /// The table rows of the observations `kept` (positions among a frame's observations,
    /// `nil`: all of them) of a frame whose observations come from table rows `rows` (`nil`:
    /// the identity); `nil` when both are the identity.
    static func composed(_ rows: [Int]?, keeping kept: [Int]?) -> [Int]? {
        guard let kept else { return rows }
        guard let rows else { return kept }
        return kept.map { rows[$0] }
    }
}
