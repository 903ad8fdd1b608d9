extension PolicyColumns {
    /// Whole-number keys for the unit labels of column `name`, without forming a string per
    /// row: two rows get the same key exactly when ``labels(_:_:)`` gives them the same
    /// label; `-1` where the cell is blank (a `nil` label). Keys lie in `0..<count`, in no
    /// particular order.
    ///
    /// A categorical column's codes are used as they are (its levels are distinct); a
    /// numeric column's values are keyed by value (`-0` and `0` alike, as their labels are;
    /// every NaN one key, as its label `nan` is).
    static func unitKeys(_ table: Table, _ name: String) throws(PolicyEffectError) -> (keys: [Int32], count: Int) {
        let column: Column
        do { column = try table.column(name) } catch { throw .table(error) }
        switch column {
        case .categorical(let categories):
            // Levels are distinct (``CategoricalColumn``), so the codes are the keys.
            return (categories.codes, categories.levels.count)
        case .numeric(let numbers):
            var index = [Double: Int32](), sawNaN = false
            index.reserveCapacity(min(numbers.values.count, 1 << 16))
            var keys = [Int32](repeating: -1, count: numbers.values.count)
            for row in numbers.values.indices where !numbers.isMissing[row] {
                let value = numbers.values[row]
                if value.isNaN {
                    keys[row] = -2   // keyed after the numbers
                    sawNaN = true
                } else if let key = index[value] {
                    keys[row] = key
                } else {
                    let key = Int32(index.count)
                    index[value] = key
                    keys[row] = key
                }
            }
            guard sawNaN else { return (keys, index.count) }
            let nanKey = Int32(index.count)
            for row in keys.indices where keys[row] == -2 { keys[row] = nanKey }
            return (keys, index.count + 1)
        }
    }
}
