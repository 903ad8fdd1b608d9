extension DesignBuilder {
    /// The table's column block as the design's storage, or `nil` when the design cannot
    /// take it over.
    ///
    /// The block is taken when every row is kept (its slots are then the design's rows),
    /// its layout is the design's columns in order (each named slot the design column of
    /// that variable, a `nil` slot for the intercept or a computed column) and nothing else
    /// refers to it (the table was handed over, `consume`). The computed slots are then
    /// filled in place (the intercept's with ones, an interaction's with its product), so
    /// the design costs no copy of the columns read into the block. Otherwise the design is
    /// copied column by column, as for any table.
    func adoptedStorage(_ specs: inout [[Piece]], block: inout ColumnBlock?, count n: Int,
                        withIntercept: Bool) -> [Double]? {
        guard let layout = block?.layout, block?.rows == n else { return nil }
        let offset = withIntercept ? 1 : 0
        guard layout.slots.count == specs.count + offset, !withIntercept || layout.slots[0] == nil else { return nil }
        for (index, pieces) in specs.enumerated() where layout.slots[index + offset] != nil {
            guard pieces.count == 1, case .slot(let slot) = pieces[0], slot == index + offset else { return nil }
        }
        guard isKnownUniquelyReferenced(&block) else { return nil }
        var storage = block.unsafelyUnwrapped.takeStorage()
        block = nil
        storage.withUnsafeMutableBufferPointer { all in
            let base = all.baseAddress.unsafelyUnwrapped
            if withIntercept { (base).update(repeating: 1, count: n) }
            for (index, pieces) in specs.enumerated() where layout.slots[index + offset] == nil {
                let column = UnsafeMutableBufferPointer(start: base + (index + offset) * n, count: n)
                column.update(repeating: 1)
                Self.multiply(column, by: pieces, slots: UnsafePointer(base))
            }
        }
        specs = []
        return storage
    }
}
