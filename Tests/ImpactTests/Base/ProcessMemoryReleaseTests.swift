import Testing
@testable import Impact

/// `Array.releaseUnusedCapacity()` gives the pages beyond the elements back without
/// touching the elements.
@Suite("Releasing an array's unused capacity")
struct ProcessMemoryReleaseTests {
    @Test("a trimmed array keeps its values and no resident page beyond them",
          .enabled(if: ResidentPages.isAvailable, "needs Linux (mincore)"))
    func trimmed() throws {
        var values = (0..<1_000_000).map { Double($0) * 0.5 }   // 8 MB, every page touched
        values.removeLast(600_000)
        let before = try #require(ResidentPages.beyondElements(of: values))
        #expect(before.pages > 1_000 && before.resident == before.pages, "\(before)")
        values.releaseUnusedCapacity()
        let after = try #require(ResidentPages.beyondElements(of: values))
        #expect(after.pages == before.pages && after.resident == 0, "\(after)")
        #expect(values.count == 400_000 && values == (0..<400_000).map { Double($0) * 0.5 })
        // Appending after the release reads fresh pages: the new values are the ones written.
        values.append(contentsOf: [1.5, 2.5])
        #expect(values.suffix(3) == [199_999.5, 1.5, 2.5])
    }

    @Test("an array without room beyond its elements is unchanged")
    func full() {
        var values = [1.0, 2.0, 3.0]
        values.releaseUnusedCapacity()
        #expect(values == [1, 2, 3])
        var empty: [Double] = []
        empty.releaseUnusedCapacity()
        #expect(empty.isEmpty)
    }
}
