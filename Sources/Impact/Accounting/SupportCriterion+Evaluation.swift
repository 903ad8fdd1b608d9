extension SupportCriterion {
    /// Whether each row of `table` meets the criterion.
    ///
    /// A flag must be 0, 1 or missing (missing counts as 0); a subsidy above zero counts as
    /// supported; a category must equal the criterion's value exactly, and match at least one
    /// row (otherwise ``AccountingError/noFirmMatches(column:value:occurring:)``, naming the
    /// values that occur).
    func supportedRows(in table: Table) throws(AccountingError) -> [Bool] {
        do {
            switch self {
            case .flag(let name):
                let column = try table.numeric(name)
                var result = [Bool](repeating: false, count: table.rowCount)
                for row in 0..<table.rowCount {
                    guard let value = column[row] else { continue }
                    guard value == 0 || value == 1 else {
                        throw AccountingError.invalidFlag(column: name, row: row, value: value)
                    }
                    result[row] = value == 1
                }
                return result
            case .subsidy(let name):
                let column = try table.numeric(name)
                return (0..<table.rowCount).map { (column[$0] ?? 0) > 0 }
            case .category(let name, let value):
                let column = try table.categorical(name)
                let rows = (0..<table.rowCount).map { column[$0] == value }
                guard rows.contains(true) else {
                    let occurring = Set((0..<table.rowCount).compactMap { column[$0] }).sorted()
                    throw AccountingError.noFirmMatches(column: name, value: value, occurring: Array(occurring.prefix(20)))
                }
                return rows
            }
        } catch let error as TableError {
            throw .table(error)
        } catch let error as AccountingError {
            throw error
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
    }
}
