extension FactorCodes {
    /// The factor whose levels are the distinct `keys`, numbered `0, 1, …` in order of first
    /// appearance: observation i gets the code of `keys[i]`; `levelCount` is the number of
    /// distinct keys. The numbering is ``firstAppearanceCodes(of:)``'s.
    public init<Key: Hashable>(name: String, firstAppearanceOf keys: some Sequence<Key>) {
        // Only the count of levels is kept: no list of level keys is collected.
        let numbered = Self.numbering(keys.lazy.map { Optional($0) }) { _ in }
        self.init(name: name, codes: numbered.codes, levelCount: numbered.levelCount)
    }

    /// The first-appearance numbering of `keys` with missing ones: each distinct non-`nil`
    /// key gets the next code `0, 1, …` the first time it appears and keeps it; a `nil` key
    /// gets `-1` and no level. `levels[c]` is the key of code `c`, so `levels` lists the
    /// distinct keys in order of first appearance (as ``CategoricalColumn/levels``).
    ///
    /// The numbering of keys of any hashable type: ``init(name:firstAppearanceOf:)`` (no
    /// missing keys, and no level list) and `CategoricalColumn.init(_:)` (missing labels)
    /// both number by the same loop. A model's fixed effects
    /// are numbered from the table's columns by `FactorLevels` (Design), whose fast paths
    /// read codes and small integers directly.
    public static func firstAppearanceCodes<Key: Hashable>(of keys: some Sequence<Key?>) -> (codes: [Int32], levels: [Key]) {
        var levels = [Key]()
        let codes = numbering(keys) { levels.append($0) }.codes
        return (codes, levels)
    }

    /// The first-appearance codes of `keys` (`-1` for `nil`) and the number of levels,
    /// calling `newLevel` with each distinct key the first time it appears.
    private static func numbering<Key: Hashable>(_ keys: some Sequence<Key?>,
                                                 newLevel: (Key) -> Void) -> (codes: [Int32], levelCount: Int) {
        var codeOf = [Key: Int32]()
        var codes = [Int32]()
        codes.reserveCapacity(keys.underestimatedCount)
        for key in keys {
            guard let key else { codes.append(-1); continue }
            if let code = codeOf[key] {
                codes.append(code)
            } else {
                let code = Int32(codeOf.count)
                codeOf[key] = code
                newLevel(key)
                codes.append(code)
            }
        }
        return (codes, codeOf.count)
    }
}
