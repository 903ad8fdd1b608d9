/// The unit identifiers of a panel's rows, coded without a text label per row.
///
/// A categorical column is coded from its category codes (one label lookup per category,
/// categories with the same label sharing a unit); a numeric one from its labels as
/// ``PolicyColumns/labels(_:_:)`` writes them (`7`, not `7.0`).
///
/// Conventions: the same units, names and order as ``PolicyColumns/codes(_:rows:)`` of
/// ``PolicyColumns/labels(_:_:)``: codes `0..<count` in order of first appearance among the
/// rows given; a blank cell is no unit.
struct PanelUnitKeys {
    private let column: Column

    /// The keys of column `name` of `table`.
    init(_ table: Table, _ name: String) throws(PolicyEffectError) {
        do { column = try table.column(name) } catch { throw .table(error) }
    }

    /// Whether `row` has a unit (its cell is not blank).
    func isPresent(_ row: Int) -> Bool {
        switch column {
        case .numeric(let numbers): !numbers.isMissing[row]
        case .categorical(let categories): categories.codes[row] >= 0
        }
    }

    /// Unit codes of `rows` (each present), in order of first appearance, and the units' names.
    func codes(rows: [Int]) -> (codes: [Int], names: [String]) {
        guard case .categorical(let categories) = column else {
            guard case .numeric(let numbers) = column else { preconditionFailure("a column is numeric or categorical") }
            var labels = [String?](repeating: nil, count: numbers.values.count)
            for row in rows { labels[row] = formatGroupLabel(numbers.values[row]) }
            return PolicyColumns.codes(labels, rows: rows)
        }
        // Categories sharing a label share the first one's unit.
        var firstOfLabel = [String: Int]()
        let canonical = categories.levels.indices.map { level in
            if let first = firstOfLabel[categories.levels[level]] { return first }
            firstOfLabel[categories.levels[level]] = level
            return level
        }
        var unitOfLevel = [Int](repeating: -1, count: categories.levels.count)
        var names = [String]()
        var codes = [Int]()
        codes.reserveCapacity(rows.count)
        for row in rows {
            let level = canonical[Int(categories.codes[row])]
            if unitOfLevel[level] < 0 {
                unitOfLevel[level] = names.count
                names.append(categories.levels[level])
            }
            codes.append(unitOfLevel[level])
        }
        return (codes, names)
    }
}
