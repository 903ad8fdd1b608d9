/// Detection of singleton observations: observations alone in a level of some fixed effect.
///
/// Removal is iterative, as in fixest and pyfixest (`fixef_rm = "singleton"`): dropping a
/// singleton in one dimension can leave another observation alone in a level of a
/// different dimension, so the scan repeats until no level has exactly one observation.
public enum SingletonFilter {
    /// `true` for each observation that survives iterative singleton removal.
    public static func nonSingletonMask(_ factors: [FactorCodes]) -> [Bool] {
        guard let count = factors.first?.codes.count else { return [] }
        var keep = [Bool](repeating: true, count: count)
        var changed = true
        while changed {
            changed = false
            for factor in factors {
                var members = [Int32](repeating: 0, count: factor.levelCount)
                for i in 0..<count where keep[i] { members[Int(factor.codes[i])] &+= 1 }
                for i in 0..<count where keep[i] && members[Int(factor.codes[i])] == 1 {
                    keep[i] = false
                    changed = true
                }
            }
        }
        return keep
    }
}

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
