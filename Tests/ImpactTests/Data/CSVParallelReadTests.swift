import Testing
@testable import Impact

/// The two-halves read of `CSVTableBuilder` must give exactly the sequential read's table,
/// and must decline (so the sequential read runs) whenever the halves cannot be joined.
@Suite("CSV reader: parallel halves")
struct CSVParallelReadTests {
    /// The table from the sequential pass and the one from the parallel pass (nil when declined).
    private func bothReads(_ text: String) throws -> (sequential: Table, parallel: Table?) {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            let options = CSVReadOptions()
            var sequential = try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: options, release: nil)
            let table = try sequential.build(parallelThreshold: Int.max)
            let parallel = try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: options, release: nil)
            return (table, parallel.parallelBuild(threshold: 0))
        }
    }

    @Test("numbers, labels first met in the second half, and missing cells join exactly")
    func joinsHalves() throws {
        var text = "firm,year,x,flag\n"
        for row in 0..<200 {
            let firm = row < 100 ? "F\(row % 7)" : "G\(row % 5)"     // G… labels only after the middle
            let x = row % 13 == 0 ? "NA" : "\(Double(row) * 0.25 - 3)"
            let flag = row % 11 == 0 ? "" : (row % 2 == 0 ? "yes" : "no")
            text += "\(firm),\(2000 + row % 10),\(x),\(flag)\n"
        }
        let (sequential, parallel) = try bothReads(text)
        let joined = try #require(parallel)
        #expect(sameCells(joined, sequential))
        guard case .categorical(let firms) = try joined.column("firm") else {
            Issue.record("firm is not categorical"); return
        }
        #expect(firms.levels == (0..<7).map { "F\($0)" } + (0..<5).map { "G\($0)" })
        #expect(try joined.numeric("x").missingCount == 16)   // rows 0, 13, …, 195
    }

    @Test("a column numeric in one half and text in the other is declined")
    func declinesTypeChange() throws {
        var text = "id,x\n"
        for row in 0..<100 { text += "\(row),\(row < 80 ? "\(row)" : "n\(row)")\n" }
        let (sequential, parallel) = try bothReads(text)
        #expect(parallel == nil)
        guard case .categorical(let ids) = try sequential.column("x") else {
            Issue.record("x is not categorical"); return
        }
        #expect(ids.levels.first == "0" && ids.levels.last == "n99")
    }

    @Test("a quoted line break at the middle is declined")
    func declinesSplitQuote() throws {
        var text = "id,note\n"
        for row in 0..<40 { text += "\(row),plain\n" }
        text += "40,\"first line\n"
        for _ in 0..<30 { text += "more text inside the quotes\n" }
        text += "last\"\n"
        for row in 41..<60 { text += "\(row),plain\n" }
        let (sequential, parallel) = try bothReads(text)
        #expect(parallel == nil)
        #expect(sequential.rowCount == 60)
    }

    @Test("an error in the second half is declined, so the sequential read reports it")
    func declinesErrors() throws {
        var text = "id,x\n"
        for row in 0..<100 { text += row == 90 ? "90\n" : "\(row),\(row)\n" }
        let bytes = Array(text.utf8)
        let parallel = try bytes.withUnsafeBufferPointer { buffer in
            try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: CSVReadOptions(), release: nil)
                .parallelBuild(threshold: 0)
        }
        #expect(parallel == nil)
        #expect(throws: CSVError.self) { try CSVReader.read(text: text, fileName: "data.csv") }
    }
}
