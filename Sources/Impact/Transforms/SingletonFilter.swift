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
}
