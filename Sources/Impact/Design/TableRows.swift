/// The table rows a model's observations come from, in order: every row of the table
/// (the identity, held as a count: no n-length array) or an explicit list (rows dropped).
///
/// Conventions: 0-based table rows; `self[i]` is the row of observation `i`.
struct TableRows: RandomAccessCollection, Sendable {
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
