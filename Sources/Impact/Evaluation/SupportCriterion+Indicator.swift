extension SupportCriterion {
    /// The name of the built 0/1 column for a criterion that is not a flag column:
    /// `COLUMN=VALUE` as written (`是否获得支持=是`), `COLUMN>0` for a subsidy.
    public var indicatorName: String {
        switch self {
        case .flag(let column): column
        case .subsidy(let column): "\(column)>0"
        case .category(let column, let value): "\(column)=\(value)"
        }
    }

    /// `table` with a 0/1 column marking the rows that meet the criterion, and that column's
    /// name: a flag column is used as it is; `COLUMN=VALUE` becomes 1 where the cell equals
    /// `VALUE` and 0 elsewhere, a blank cell included (a firm without a support line is not in
    /// the line); a subsidy column becomes 1 where the amount is above zero, missing where blank. The estimators (`did --treated 是否获得支持=是`) take the
    /// built column as their treatment indicator; formulas quote its name, so any text works.
    public func indicator(in table: Table) throws(PolicyEffectError) -> (table: Table, column: String) {
        guard !table.hasColumn(indicatorName) else { return (table, indicatorName) }
        let values: [Double?]
        do {
            switch self {
            case .flag(let column):
                return (table, column)
            case .subsidy(let column):
                let amounts = try table.numeric(column)
                values = (0..<table.rowCount).map { amounts[$0].map { $0 > 0 ? 1 : 0 } }
            case .category(let column, let value):
                let cells = try PolicyColumns.labels(table, column)
                values = cells.map { $0 == value ? 1 : 0 }
            }
            return (try table.appending(.numeric(NumericColumn(values)), named: indicatorName), indicatorName)
        } catch let error as TableError {
            throw .table(error)
        } catch let error as PolicyEffectError {
            throw error
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
    }
}
