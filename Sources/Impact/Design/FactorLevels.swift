/// The levels of a grouping variable over the observations used, with each observation's
/// level: the common ground of dummies (`C()`, `i()`), fixed effects and clusters.
///
/// Two orders are available: ``sorted(_:rows:)`` sorts levels (numbers numerically, text
/// by Unicode code points, as patsy, formulaic and R's `factor()` do) for dummy coding,
/// where the first level is the default reference; ``firstAppearance(_:rows:name:)``
/// numbers levels as they are met, which is all fixed effects and clusters need.
struct FactorLevels {
    /// Level of each observation, `0..<labels.count`.
    let codes: [Int32]
    /// Printed label of each level (numbers without a trailing `.0` when integral).
    let labels: [String]
    /// The numeric value of each level when the column is numeric, else `nil`.
    let values: [Double]?

    /// Levels of `column` over the table rows `rows` (which hold no missing values), in
    /// sorted order.
    static func sorted(_ column: Column, rows: some RandomAccessCollection<Int>) -> FactorLevels {
        let seen = firstAppearanceCodes(column, rows: rows)
        switch column {
        case .categorical(let categorical):
            let labels = seen.sourceLevels.map { categorical.levels[Int($0)] }
            return reordered(codes: seen.codes, labels: labels, values: nil) { labels[$0] < labels[$1] }
        case .numeric:
            let values = seen.values
            return reordered(codes: seen.codes, labels: values.map(formatGroupLabel), values: values) {
                values[$0] < values[$1]
            }
        }
    }

    /// Codes of `column` over `rows`, numbered in order of first appearance, as a factor
    /// for an estimator.
    static func firstAppearance(_ column: Column, rows: some RandomAccessCollection<Int>,
                                name: String) -> FactorCodes {
        let seen = firstAppearanceCodes(column, rows: rows)
        return FactorCodes(name: name, codes: seen.codes, levelCount: seen.levelCount)
    }

    /// The factor whose levels are the observed combinations of `factors` (all of the
    /// same length), numbered in order of first appearance.
    static func combination(_ factors: [FactorCodes], name: String) -> FactorCodes {
        guard var combined = factors.first else { preconditionFailure("no factors to combine") }
        for next in factors.dropFirst() {
            let width = Int64(next.levelCount)
            combined = FactorCodes(name: name, firstAppearanceOf: zip(combined.codes, next.codes).lazy.map {
                Int64($0) * width + Int64($1)
            })
        }
        return FactorCodes(name: name, codes: combined.codes, levelCount: combined.levelCount)
    }

    // MARK: - Internals

    private struct Seen {
        var codes: [Int32] = []
        var levelCount = 0
        /// For a categorical column: the column's code of each new level.
        var sourceLevels: [Int32] = []
        /// For a numeric column: the value of each new level.
        var values: [Double] = []
    }

    private static func firstAppearanceCodes(_ column: Column, rows: some RandomAccessCollection<Int>) -> Seen {
        // Reserved only on the paths that fill it (the fast paths return their own codes).
        var seen = Seen()
        switch column {
        case .categorical(let categorical):
            if let same = codesInAppearanceOrder(categorical, rows: rows) { return same }
            seen.codes.reserveCapacity(rows.count)
            var map = [Int32](repeating: -1, count: categorical.levels.count)
            categorical.codes.withUnsafeBufferPointer { source in
                for row in rows {
                    let original = Int(source[row])
                    var code = map[original]
                    if code < 0 {
                        code = Int32(seen.sourceLevels.count)
                        map[original] = code
                        seen.sourceLevels.append(Int32(original))
                    }
                    seen.codes.append(code)
                }
            }
            seen.levelCount = seen.sourceLevels.count
        case .numeric(let numeric):
            if let small = smallIntegerCodes(numeric, rows: rows) { return small }
            seen.codes.reserveCapacity(rows.count)
            var index: [UInt64: Int32] = [:]
            numeric.withUnsafeValues { source in
                for row in rows {
                    let value = source[row] == 0 ? 0 : source[row]   // -0.0 and 0.0 are one level
                    if let code = index[value.bitPattern] {
                        seen.codes.append(code)
                    } else {
                        let code = Int32(seen.values.count)
                        index[value.bitPattern] = code
                        seen.values.append(value)
                        seen.codes.append(code)
                    }
                }
            }
            seen.levelCount = seen.values.count
        }
        return seen
    }

    /// The column's own codes (shared, not copied) when `rows` is every row and the codes
    /// already number the levels in order of first appearance without gaps or missing
    /// values, as the CSV reader makes them; `nil` otherwise.
    private static func codesInAppearanceOrder(_ categorical: CategoricalColumn,
                                               rows: some RandomAccessCollection<Int>) -> Seen? {
        guard rows.count == categorical.codes.count else { return nil }
        var next: Int32 = 0
        let inOrder = categorical.codes.withUnsafeBufferPointer { codes in
            for code in codes {
                if code == next { next += 1 } else if code > next || code < 0 { return false }
            }
            return true
        }
        guard inOrder else { return nil }
        var seen = Seen()
        seen.codes = categorical.codes
        seen.levelCount = Int(next)
        seen.sourceLevels = Array(0..<next)
        return seen
    }

    /// Fast path for integer-valued columns with a small range (years, ids, event
    /// times): a lookup table indexed by `value − minimum` instead of a hash table.
    /// `nil` when a value is not an integer or the range exceeds `4·rows + 1024`.
    private static func smallIntegerCodes(_ numeric: NumericColumn, rows: some RandomAccessCollection<Int>) -> Seen? {
        guard !rows.isEmpty else { return nil }
        return numeric.withUnsafeValues { source -> Seen? in
            // Every row (the usual case): a plain range, so the loops index the values directly.
            if let table = rows as? TableRows, table.explicit == nil, table.count <= source.count {
                return smallIntegerCodes(source, rows: 0..<table.count)
            }
            return smallIntegerCodes(source, rows: rows)
        }
    }

    private static func smallIntegerCodes(_ source: UnsafeBufferPointer<Double>,
                                          rows: some RandomAccessCollection<Int>) -> Seen? {
        var low = Double.infinity, high = -Double.infinity
        for row in rows {
            let value = source[row]
            // An integer below 10¹⁵ in magnitude (NaN and infinities fail the first test);
            // the conversion truncates, so it gives back `value` exactly when it is integral.
            guard abs(value) < 1e15, Double(Int64(value)) == value else { return nil }
            low = min(low, value)
            high = max(high, value)
        }
        let span = high - low
        guard span <= Double(4 * rows.count + 1024) else { return nil }
        var table = [Int32](repeating: -1, count: Int(span) + 1)
        var values: [Double] = []
        let codes = [Int32](unsafeUninitializedCapacity: rows.count) { codes, initialized in
            table.withUnsafeMutableBufferPointer { table in
                var position = 0
                for row in rows {
                    let slot = Int(source[row] - low)
                    var code = table[slot]
                    if code < 0 {
                        code = Int32(values.count)
                        table[slot] = code
                        values.append(source[row] == 0 ? 0 : source[row])
                    }
                    codes[position] = code
                    position += 1
                }
            }
            initialized = rows.count
        }
        var seen = Seen()
        seen.codes = codes
        seen.values = values
        seen.levelCount = values.count
        return seen
    }

    private static func reordered(codes: [Int32], labels: [String], values: [Double]?,
                                  by areInIncreasingOrder: (Int, Int) -> Bool) -> FactorLevels {
        let order = labels.indices.sorted(by: areInIncreasingOrder)
        var rank = [Int32](repeating: 0, count: labels.count)
        for (position, level) in order.enumerated() { rank[level] = Int32(position) }
        return FactorLevels(codes: codes.map { rank[Int($0)] },
                            labels: order.map { labels[$0] },
                            values: values.map { values in order.map { values[$0] } })
    }

    /// The index of the level matching `reference`: its label, or, for numeric columns,
    /// its value (so `-1`, `-1.0` and `"-1"` all find the level -1).
    func index(of reference: String) -> Int? {
        if let exact = labels.firstIndex(of: reference) { return exact }
        if let values, let number = Double(reference) { return values.firstIndex(of: number) }
        return nil
    }
}
