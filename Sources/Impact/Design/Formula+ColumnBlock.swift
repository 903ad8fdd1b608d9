extension Formula {
    /// Where each design column comes from when that is known before the data are read, as
    /// a ``ColumnBlockLayout`` for ``CSVReadOptions/columnBlock``: the intercept slot first
    /// (`nil`, when the design has one: an intercept and no fixed effects), then one slot per
    /// term in ``terms`` order, the column's name for a bare variable (`x1`) and `nil` for an
    /// interaction of bare variables (`treated:post`, computed by the design).
    ///
    /// `nil` when a term holds any other factor (`C()`, `log()`, `I()`, `poly()`, `i()`),
    /// whose columns depend on the data, or for an instrumental-variables formula. A bare
    /// variable that turns out to be text makes the read skip the block, and any other
    /// mismatch makes the design copy its columns, so a layout never changes a result.
    var columnBlockLayout: ColumnBlockLayout? {
        guard instruments == nil else { return nil }
        var slots: [String?] = designHasIntercept ? [nil] : []
        for term in terms {
            var names: [String] = []
            for factor in term.factors {
                guard case .variable(let name) = factor else { return nil }
                names.append(name)
            }
            slots.append(names.count == 1 ? names[0] : nil)
        }
        return ColumnBlockLayout(slots: slots)
    }
}
