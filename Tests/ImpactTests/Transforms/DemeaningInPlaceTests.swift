import Testing
@testable import Impact

@Suite("Demeaning in place")
struct DemeaningInPlaceTests {
    /// An unbalanced panel of 5 firms (Chinese names) over 2021–2024 with a gap, weighted:
    /// demeaning in place gives the same numbers, bit for bit, as demeaning into a new
    /// matrix, and leaves the columns after `count` untouched.
    @Test("in place equals a new matrix, bit for bit; later columns untouched")
    func inPlaceMatchesCopy() {
        let firms = ["华信", "华信", "华信", "东方", "东方", "东方", "东方", "远景", "远景", "海川", "海川", "海川", "启明", "启明"]
        let years = [2021, 2022, 2024, 2021, 2022, 2023, 2024, 2023, 2024, 2021, 2022, 2023, 2022, 2024]
        let firmLevels = Array(Set(firms)).sorted()
        let firm = FactorCodes(name: "firm", codes: firms.map { Int32(firmLevels.firstIndex(of: $0)!) },
                               levelCount: firmLevels.count)
        let year = FactorCodes(name: "year", codes: years.map { Int32($0 - 2021) }, levelCount: 4)
        let x: [Double] = [1.5, 2, 3.25, 4, 0.5, 7, 1, 2, 9, 3, 3.5, 6, 2, 8]
        let y = x.enumerated().map { $1 * 0.7 + Double($0 % 3) }
        let marker = (0..<14).map { Double($0) + 0.125 }
        let weights = (0..<14).map { 1 + Double($0 % 4) / 2 }
        let copied = Demeaning.demean(Matrix(columns: [x, y]), by: [firm, year], weights: weights)
        var matrix = Matrix(columns: [x, y, marker])
        let report = Demeaning.demeanInPlace(&matrix, count: 2, by: [firm, year], weights: weights)
        #expect(report == copied.report)
        #expect(report.converged)
        for i in 0..<14 {
            #expect(matrix[i, 0] == copied.demeaned[i, 0])
            #expect(matrix[i, 1] == copied.demeaned[i, 1])
            #expect(matrix[i, 2] == marker[i])
        }
    }

    /// One dimension by hand: x = (1, 4, 2, 2) in groups {0, 1} and {2, 3} has group means
    /// 2.5 and 2, so the within values are (−1.5, 1.5, 0, 0).
    @Test("one dimension in place: group means removed (worked by hand)")
    func oneDimensionByHand() {
        var matrix = Matrix(columns: [[1, 4, 2, 2]])
        let factor = FactorCodes(name: "g", codes: [0, 0, 1, 1], levelCount: 2)
        let report = Demeaning.demeanInPlace(&matrix, by: [factor])
        #expect(report.iterations == 0 && report.converged)
        #expect(matrix.storage == [-1.5, 1.5, 0, 0])
    }
}
