extension FactorCodes {
    /// The factor restricted to `rows` (in that order), with levels renumbered `0..<k` in
    /// order of first appearance so that absent levels are not counted.
    public func restricted(to rows: [Int]) -> FactorCodes {
        var map = [Int32](repeating: -1, count: levelCount)
        var next: Int32 = 0
        var codes = [Int32]()
        codes.reserveCapacity(rows.count)
        for row in rows {
            let old = Int(self.codes[row])
            if map[old] < 0 { map[old] = next; next += 1 }
            codes.append(map[old])
        }
        return FactorCodes(name: name, codes: codes, levelCount: Int(next))
    }

    /// The factor with levels renumbered `0..<k` in order of first appearance and absent
    /// levels not counted: `restricted(to: Array(codes.indices))`, but the factor itself
    /// (sharing its codes, no copy) when it is numbered that way already.
    func renumberedByAppearance() -> FactorCodes {
        var next: Int32 = 0
        let inOrder = codes.withUnsafeBufferPointer { codes in
            for code in codes {
                if code == next { next += 1 } else if code > next || code < 0 { return false }
            }
            return true
        }
        if inOrder && Int(next) == levelCount { return self }
        return restricted(to: Array(codes.indices))
    }

    /// Whether every level of this factor lies within a single level of `other`
    /// (the factor is nested in `other`), on the same observations.
    public func isNested(in other: FactorCodes) -> Bool {
        var owner = [Int32](repeating: -1, count: levelCount)
        for i in codes.indices {
            let level = Int(codes[i])
            if owner[level] < 0 { owner[level] = other.codes[i] } else if owner[level] != other.codes[i] { return false }
        }
        return true
    }
}
