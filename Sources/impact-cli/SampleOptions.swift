import ArgumentParser
import Impact

/// `--subset`: the rows an estimating command estimates on, shared by every such command.
struct SampleOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Estimate on the rows where this holds, e.g. \"state == 'KY' & year >= 2015\".",
        discussion: "Comparisons == != < <= > >=, & | ! and parentheses, column in ('a', 'b'); text in quotes, "
            + "names with spaces in backticks. Rows missing a compared value are left out. JSON adds "
            + "\"subset\": {\"expression\", \"rows_kept\", \"rows_total\"}.",
        valueName: "condition"))
    var subset: String?

    func validate() throws {
        do { _ = try rowSubset() } catch { throw ValidationError("--subset: \(error)") }
    }

    /// The parsed `--subset`, or `nil`.
    func rowSubset() throws(RowSubsetError) -> RowSubset? { try subset.map { text throws(RowSubsetError) in try RowSubset(text) } }

    /// `table` restricted to the subset, with what it kept (`nil` without `--subset`).
    func restrict(_ table: Table) throws -> (table: Table, summary: SubsetSummary?) {
        guard let subset = try rowSubset() else { return (table, nil) }
        let (kept, summary) = try subset.apply(to: table)
        return (kept, summary)
    }

    /// `table` with `variable` as a column: a column, or a transformed variable such as
    /// `I(log(revenue))` added to it (rows where it is undefined become missing, with a
    /// warning counting them); and the column's name.
    func variable(_ table: Table, _ variable: String) throws -> (Table, String) {
        let (added, name, undefined) = try table.addingVariable(variable)
        let count = undefined.values.reduce(0, +)
        if count > 0 { printWarning("\(name): \(count) rows where it is undefined (\(undefined.keys.map(\.rawValue).sorted().joined(separator: ", "))) are left out.") }
        return (added, name)
    }

    /// `result` with the subset's counts, for `OutputOptions.write`.
    func report<R: Reportable>(_ result: R, _ summary: SubsetSummary?) -> SubsetReport<R> {
        SubsetReport(result, subset: summary)
    }
}
