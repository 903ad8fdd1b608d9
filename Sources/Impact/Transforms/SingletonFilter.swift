/// Detection of singleton observations: observations alone in a level of some fixed effect.
///
/// Removal is iterative, as in fixest and pyfixest (`fixef_rm = "singleton"`): dropping a
/// singleton in one dimension can leave another observation alone in a level of a
/// different dimension, so the scan repeats until no level has exactly one observation.
public enum SingletonFilter {
    /// `true` for each observation that survives iterative singleton removal.
    ///
    /// Cost: one counting pass over each factor's codes; when no level of any factor has
    /// exactly one observation (the usual panel), that is all. Otherwise the mask is
    /// built and the scan repeats as above.
    public static func nonSingletonMask(_ factors: [FactorCodes]) -> [Bool] {
        guard let count = factors.first?.codes.count else { return [] }
        return nonSingletonMaskIfAny(factors) ?? [Bool](repeating: true, count: count)
    }

    /// ``nonSingletonMask(_:)`` when some observation is a singleton, `nil` when none is
    /// (then no mask is made): the one check a fit needs, a counting pass per factor up to
    /// the first with a singleton.
    public static func nonSingletonMaskIfAny(_ factors: [FactorCodes]) -> [Bool]? {
        guard let count = factors.first?.codes.count, factors.contains(where: hasSingleton) else { return nil }
        var keep = [Bool](repeating: true, count: count)
        var changed = true
        keep.withUnsafeMutableBufferPointer { keep in
            while changed {
                changed = false
                for factor in factors {
                    var members = [Int32](repeating: 0, count: factor.levelCount)
                    members.withUnsafeMutableBufferPointer { members in
                        factor.codes.withUnsafeBufferPointer { codes in
                            for i in 0..<count where keep[i] { members[Int(codes[i])] &+= 1 }
                            for i in 0..<count where keep[i] && members[Int(codes[i])] == 1 {
                                keep[i] = false
                                changed = true
                            }
                        }
                    }
                }
            }
        }
        return keep
    }

    /// Whether some level of `factor` has exactly one observation.
    static func hasSingleton(_ factor: FactorCodes) -> Bool {
        var members = [Int32](repeating: 0, count: factor.levelCount)
        return members.withUnsafeMutableBufferPointer { members in
            factor.codes.withUnsafeBufferPointer { codes in
                for code in codes { members[Int(code)] &+= 1 }
            }
            return members.contains(1)
        }
    }
}
