import Testing
@testable import Impact

/// The interner numbers labels by first appearance; its tagged slots, growth and
/// `reserve(labels:bytes:)` must never change a code.
@Suite("Category interner")
struct CategoryInternerTests {
    private func code(_ label: String, in interner: inout CategoryInterner) -> (code: Int32, isNew: Bool) {
        let bytes = Array(label.utf8)
        return bytes.withUnsafeBufferPointer { interner.code(for: $0) }
    }

    @Test("codes by first appearance through growth and a reserve; every label found again")
    func codesSurviveGrowthAndReserve() {
        var interner = CategoryInterner()
        let labels = (0..<3000).map { "91440300MA5F\($0 * 7919 % 100_000)" } + ["", "制造业", "批发零售"]
        for (index, label) in labels.enumerated() {
            if index == 1500 { interner.reserve(labels: 9000, bytes: 200_000) }
            let (code, isNew) = code(label, in: &interner)
            #expect(isNew && code == Int32(index))
        }
        for (index, label) in labels.enumerated().reversed() {
            let (code, isNew) = code(label, in: &interner)
            #expect(!isNew && code == Int32(index))
        }
        #expect(interner.labels() == labels)
        #expect(interner.byteCount == labels.reduce(0) { $0 + $1.utf8.count })
        #expect(code("未见过的企业", in: &interner) == (Int32(labels.count), true))
    }

    /// Reads `text` sequentially and in place (two parts); the in-place read must be taken.
    private func bothReads(_ text: String) throws -> (sequential: Table, inPlace: Table?) {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var sequential = try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: CSVReadOptions(), release: nil)
            let table = try sequential.build(parallelThreshold: Int.max)
            var probe = try CSVTableBuilder(bytes: buffer, fileName: "data.csv", options: CSVReadOptions(), release: nil)
            return (table, probe.inPlaceBuild(threshold: 0))
        }
    }

    @Test("a two-part read: labels only in part two, shared by both parts, and only in part one",
          arguments: [0, 40, 80])
    func twoParts(shared: Int) throws {
        // Part one's rows use ids 0..<80, part two's ids (80 − shared)..<(160 − shared): more
        // than the table's first 64 slots in each part, so both parts' tables grow.
        var text = "企业代码,年份,营收\n"
        for row in 0..<160 {
            let id = row < 80 ? row : row - shared
            text += "企业\(id),\(2020 + row % 3),\(row).5\n"
        }
        let (sequential, inPlace) = try bothReads(text)
        let table = try #require(inPlace)
        #expect(sameCells(table, sequential))
        guard case .categorical(let ids) = try table.column("企业代码") else {
            Issue.record("企业代码 is not categorical"); return
        }
        #expect(ids.levels.count == 160 - shared)
        #expect(ids.levels.first == "企业0" && ids.levels.last == "企业\(159 - shared)")
        #expect(ids.codes[80] == Int32(80 - shared))
    }
}
