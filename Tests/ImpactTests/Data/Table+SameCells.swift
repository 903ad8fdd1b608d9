@testable import Impact

/// Equal names, units and cells: numbers bit for bit where present (missing slots hold
/// NaN, which is unequal to itself), categories by codes and levels. Shared by the reader
/// tests that compare two ways of reading the same file.
func sameCells(_ a: Table, _ b: Table) -> Bool {
    guard a.columnNames == b.columnNames, a.rowCount == b.rowCount, a.units == b.units else { return false }
    return zip(a.columns, b.columns).allSatisfy { pair in
        switch pair {
        case (.numeric(let x), .numeric(let y)):
            return x.isMissing == y.isMissing
                && x.values.indices.allSatisfy { x.isMissing[$0] || x.values[$0].bitPattern == y.values[$0].bitPattern }
        case (.categorical(let x), .categorical(let y)):
            return x.codes == y.codes && x.levels == y.levels
        default:
            return false
        }
    }
}
