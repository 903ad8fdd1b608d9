import Foundation
import Testing
@testable import Impact

/// Row dropping against the counts recorded with the `twfe_unbalanced_missing` fixture
/// (expected.json, `missing_and_singletons`, computed with pandas/pyfixest 0.60.0): 1428
/// rows, 113 with a blank in y, x1 or x2, 1315 complete; 200 firms remain before singletons
/// are removed (`n_clusters_keep_singletons`). A blank `sector` drops a row only when
/// sector is in the model.
@Suite("Missing rows against the fixture's counts")
struct MissingRowsReferenceTests {
    private func table() throws -> Table {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("reference/twfe_unbalanced_missing/data.csv")
        return try CSVReader.read(path: url.path)
    }

    @Test("113 rows dropped, 1315 kept, 200 firms and 8 years as fixed-effect levels")
    func counts() throws {
        let table = try table()
        #expect(table.rowCount == 1428)
        let frame = try ModelFrame(formula: "y ~ x1 + x2 | firm_id + year", table: table, clusters: ["firm_id"])
        #expect(frame.droppedForMissing == 113)
        #expect(frame.observationCount == 1315)
        #expect(frame.fixedEffects.map(\.levelCount) == [200, 8])
        #expect(frame.clusters.map(\.levelCount) == [200])
        // Kept rows are exactly the rows with y, x1 and x2 present.
        let y = try table.numeric("y"), x1 = try table.numeric("x1"), x2 = try table.numeric("x2")
        let complete = (0..<table.rowCount).filter { y[$0] != nil && x1[$0] != nil && x2[$0] != nil }
        #expect(frame.sourceRows == complete)
    }

    @Test("a blank sector drops its row once sector is in the model (42 blank cells)")
    func sectorInModel() throws {
        let table = try table()
        let frame = try ModelFrame(formula: "y ~ x1 + x2 + C(sector)", table: table)
        let sector = try table.categorical("sector")
        let y = try table.numeric("y"), x1 = try table.numeric("x1"), x2 = try table.numeric("x2")
        let complete = (0..<table.rowCount).filter {
            y[$0] != nil && x1[$0] != nil && x2[$0] != nil && sector[$0] != nil
        }
        #expect((0..<table.rowCount).filter { sector[$0] == nil }.count == 42)
        #expect(frame.sourceRows == complete)
        #expect(frame.droppedForMissing == 1428 - complete.count)
    }
}
