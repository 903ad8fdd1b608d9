extension ReportTable {
    /// Whether column `index` reads as a column of numbers: at least one cell is numeric and
    /// numeric cells outnumber cells with text (missing cells do not count). Renderers
    /// right-align the header of such a column (and, in Markdown, the whole column); in the
    /// terminal and HTML outputs each numeric cell is right-aligned and each text cell
    /// left-aligned, so a 总分/评价等级 label in a score column stays readable.
    public func isNumericColumn(_ index: Int) -> Bool {
        var numbers = 0, texts = 0
        for row in rows {
            let cell = row[index]
            if cell.isMissing { continue }
            if cell.isNumeric { numbers += 1 } else { texts += 1 }
        }
        return numbers > 0 && numbers > texts
    }
}
