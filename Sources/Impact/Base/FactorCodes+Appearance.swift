extension FactorCodes {
    /// The factor whose levels are the distinct `keys`, numbered `0, 1, …` in order of first
    /// appearance: observation i gets the code of `keys[i]`; `levelCount` is the number of
    /// distinct keys.
    public init<Key: Hashable>(name: String, firstAppearanceOf keys: some Sequence<Key>) {
        var codeOf = [Key: Int32]()
        var codes = [Int32]()
        codes.reserveCapacity(keys.underestimatedCount)
        for key in keys {
            if let code = codeOf[key] {
                codes.append(code)
            } else {
                let code = Int32(codeOf.count)
                codeOf[key] = code
                codes.append(code)
            }
        }
        self.init(name: name, codes: codes, levelCount: codeOf.count)
    }
}
