/// Column access shared by the policy-effect estimators: numbers, whole numbers and unit
/// keys read row by row, with errors that name the column and row.
enum PolicyColumns {
    /// The numeric column `name`.
    static func numeric(_ table: Table, _ name: String) throws(PolicyEffectError) -> NumericColumn {
        do { return try table.numeric(name) } catch { throw .table(error) }
    }

    /// A label for every row of column `name` (numbers written without a trailing `.0`,
    /// text as is); `nil` where the cell is blank. Used for unit identifiers.
    static func labels(_ table: Table, _ name: String) throws(PolicyEffectError) -> [String?] {
        let column: Column
        do { column = try table.column(name) } catch { throw .table(error) }
        switch column {
        case .numeric(let numbers):
            return numbers.values.indices.map { numbers.isMissing[$0] ? nil : formatGroupLabel(numbers.values[$0]) }
        case .categorical(let categories):
            return categories.codes.map { $0 < 0 ? nil : categories.levels[Int($0)] }
        }
    }

    /// Codes `0..<count` for the labels at `rows`, in order of first appearance.
    static func codes(_ labels: [String?], rows: [Int]) -> (codes: [Int], names: [String]) {
        var index = [String: Int]()
        var names = [String]()
        var codes = [Int]()
        codes.reserveCapacity(rows.count)
        for row in rows {
            let label = labels[row] ?? ""
            if let code = index[label] { codes.append(code) } else {
                index[label] = names.count
                codes.append(names.count)
                names.append(label)
            }
        }
        return (codes, names)
    }

    /// The value of a 0/1 column at `row`, or `notBinary`.
    static func binary(_ column: NumericColumn, _ name: String, row: Int) throws(PolicyEffectError) -> Bool {
        let value = column.values[row]
        guard !column.isMissing[row], value == 0 || value == 1 else {
            throw .notBinary(column: name, row: row, value: value)
        }
        return value == 1
    }

    /// The whole number at `row`, `nil` when blank, or `nonIntegerValue`.
    static func integer(_ column: NumericColumn, _ name: String, row: Int) throws(PolicyEffectError) -> Int? {
        guard !column.isMissing[row] else { return nil }
        let value = column.values[row]
        guard value.isFinite, value.rounded() == value, abs(value) < 1e9 else {
            throw .nonIntegerValue(column: name, row: row, value: value)
        }
        return Int(value)
    }
}
