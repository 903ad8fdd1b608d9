extension SupportCriterion {
    /// Reads a criterion as a user writes it: `COLUMN=VALUE` for the firms of one support
    /// line (``category(column:value:)``, e.g. `support_line=研发投入`), or a column name for
    /// a 0/1 flag (``flag(column:)``, e.g. `supported`).
    ///
    /// The text is split at its first `=`, so a value may itself contain `=`.
    ///
    /// - Throws: ``SupportCriterionError`` when the text is empty or a side of `=` is empty.
    public init(parsing text: String) throws(SupportCriterionError) {
        guard !text.isEmpty else { throw .empty }
        guard let equals = text.firstIndex(of: "=") else {
            self = .flag(column: text)
            return
        }
        let column = String(text[..<equals])
        let value = String(text[text.index(after: equals)...])
        guard !column.isEmpty, !value.isEmpty else { throw .incompleteCategory(text) }
        self = .category(column: column, value: value)
    }
}
