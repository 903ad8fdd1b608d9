import Impact

extension SampleOptions {
    /// The columns a command reads from the data file: `columns` (key and plain columns), the
    /// `variables` (outcome, covariates) and the columns `--subset` compares; `nil` (every
    /// column) when a variable is transformed (`I(log(revenue))` adds a column after the
    /// columns present) or `--subset` does not parse (its error is reported later).
    func readColumns(_ columns: [String], variables: [String]) -> Set<String>? {
        guard !variables.contains(where: { $0.contains("(") }) else { return nil }
        let subset: RowSubset?
        do { subset = try rowSubset() } catch { return nil }
        return Set(columns + variables + (subset?.columnNames ?? []))
    }
}
