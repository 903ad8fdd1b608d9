extension ReportTable {
    /// Whether column `index` holds numbers: every cell that shows a value is numeric and
    /// at least one is. Text renderers right-align such columns (header included).
    public func isNumericColumn(_ index: Int) -> Bool {
        var sawNumber = false
        for row in rows {
            let cell = row[index]
            if cell.isMissing { continue }
            guard cell.isNumeric else { return false }
            sawNumber = true
        }
        return sawNumber
    }
}
