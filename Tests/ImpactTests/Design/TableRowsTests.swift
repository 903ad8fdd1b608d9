import Testing
@testable import Impact

/// `TableRows` answers the rows of a frame, a fit or a sample: the identity is held as a count,
/// listed on access, and equals the explicit list `0..<n`.
@Suite("Table rows")
struct TableRowsTests {
    @Test("the identity lists 0..<n and equals the explicit list 0..<n")
    func identity() {
        let all = TableRows(nil, count: 4)
        #expect(all.explicit == nil && all.list == [0, 1, 2, 3] && Array(all) == [0, 1, 2, 3])
        #expect(all == TableRows([0, 1, 2, 3]) && TableRows([0, 1, 2, 3]) == all)
        #expect(all == TableRows(all: 4))
    }

    @Test("different rows or counts differ")
    func differences() {
        let all = TableRows(all: 4)
        #expect(all != TableRows([0, 1, 3, 4]) && TableRows([0, 1, 3, 4]) != all)
        #expect(all != TableRows(all: 3) && all != TableRows([0, 1, 2]))
        #expect(TableRows([2, 5]) == TableRows([2, 5], count: 2) && TableRows([2, 5]) != TableRows([2, 6]))
        #expect(TableRows([2, 5]).list == [2, 5])
    }
}
