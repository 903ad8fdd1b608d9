import Foundation
import Testing
@testable import Impact

/// The design builder decides from whole-column scans that no row can be dropped (no missing
/// cell, every value finite); these tests pin that shortcut to the row-by-row rules.
@Suite("ModelFrame: kept rows without a per-row pass")
struct KeptRowsFastPathTests {
    /// Eight complete firm-year rows; `edit` changes one column before the table is made.
    private func table(_ edit: (inout [String: Column]) -> Void = { _ in }) throws -> Table {
        var columns: [String: Column] = [
            "产出": .numeric(NumericColumn(values: [3.5, 2, 4.25, 1, 5, 6.5, 2.75, 8])),
            "x": .numeric(NumericColumn(values: [1, 2, 3, 4, 5, 6, 7, 9])),
            "firm": .categorical(CategoricalColumn(["甲", "甲", "乙", "乙", "丙", "丙", "丁", "丁"])),
            "year": .numeric(NumericColumn(values: [2020, 2021, 2020, 2021, 2020, 2021, 2020, 2021])),
            "w": .numeric(NumericColumn(values: [1, 2, 1, 2, 1, 2, 1, 2])),
            "unused": .numeric(NumericColumn([1, nil, .infinity, 4, 5, 6, 7, 8])),
        ]
        edit(&columns)
        return try Table(columns: ["产出", "x", "firm", "year", "w", "unused"].map { ($0, columns[$0]!) })
    }

    private let formula = "产出 ~ x | firm + year"

    @Test("a complete table keeps every row as the identity (no row list), whatever unused columns hold")
    func everyRowKept() throws {
        let frame = try ModelFrame(formula: formula, table: try table(), weights: "w", clusters: ["firm"])
        #expect(frame.observationCount == 8)
        #expect(frame.explicitSourceRows == nil)
        #expect(frame.droppedForMissing == 0 && frame.notes.isEmpty)
        #expect(frame.fixedEffects.map(\.codes) == [[0, 0, 1, 1, 2, 2, 3, 3], [0, 1, 0, 1, 0, 1, 0, 1]])
    }

    @Test("one missing cell in any role drops exactly its row", arguments: ["产出", "x", "firm", "year", "w"])
    func oneMissingCell(role: String) throws {
        let data = try table { columns in
            switch columns[role]! {
            case .numeric(let numeric):
                var values: [Double?] = numeric.values.map { $0 }
                values[5] = nil
                columns[role] = .numeric(NumericColumn(values))
            case .categorical(let categorical):
                var labels: [String?] = (0..<categorical.codes.count).map { categorical[$0] }
                labels[5] = nil
                columns[role] = .categorical(CategoricalColumn(labels))
            }
        }
        let frame = try ModelFrame(formula: formula, table: data, weights: "w", clusters: ["firm"])
        #expect(frame.sourceRows == [0, 1, 2, 3, 4, 6, 7])
        #expect(frame.droppedForMissing == 1)
        #expect(frame.notes.isEmpty)   // missing values are counted, not noted by reason
    }

    @Test("infinite values and a NaN stored as a value drop their rows with the infinite note",
          arguments: [Double.infinity, -Double.infinity, Double.nan])
    func nonFinite(value: Double) throws {
        let data = try table { columns in
            var values: [Double] = [1, 2, 3, 4, 5, 6, 7, 9]
            values[7] = value
            columns["x"] = .numeric(NumericColumn(values: values))
        }
        let frame = try ModelFrame(formula: formula, table: data)
        #expect(frame.sourceRows == [0, 1, 2, 3, 4, 5, 6])
        #expect(frame.notes == [.rowsDropped(reason: .infinite, count: 1)])
    }

    @Test("whole-column scans: finite extremes pass; a non-finite value anywhere is found")
    func columnScans() {
        let extremes = [Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude, -0.0,
                        Double.leastNonzeroMagnitude, 0]
        #expect(ColumnScan.allFinite(extremes + Array(repeating: 1.5, count: 37)))
        #expect(ColumnScan.allFinite([]))
        for position in [0, 1, 16, 40] {
            for bad in [Double.infinity, -Double.infinity, Double.nan, -Double.nan] {
                var values = [Double](repeating: 2, count: 41)
                values[position] = bad
                #expect(!ColumnScan.allFinite(values))
            }
        }
        var flags = [Bool](repeating: false, count: 1000)
        #expect(!ColumnScan.hasMissing(.numeric(NumericColumn(uncheckedValues: .init(repeating: 1, count: 1000),
                                                             isMissing: flags))))
        flags[999] = true
        var values = [Double](repeating: 1, count: 1000)
        values[999] = .nan
        #expect(ColumnScan.hasMissing(.numeric(NumericColumn(uncheckedValues: values, isMissing: flags))))
        #expect(!ColumnScan.hasMissing(.categorical(CategoricalColumn(["a", "b", "a"]))))
        #expect(ColumnScan.hasMissing(.categorical(CategoricalColumn(["a", "b", nil]))))
    }

    @Test("fixed-effect codes: a categorical column numbered out of appearance order is renumbered")
    func renumbered() throws {
        let data = try table { columns in
            // Levels listed as 丙, 甲, 乙, 丁 but met in rows as 甲, 乙, 丙, 丁.
            columns["firm"] = .categorical(CategoricalColumn(codes: [1, 1, 2, 2, 0, 0, 3, 3],
                                                             levels: ["丙", "甲", "乙", "丁"]))
        }
        let frame = try ModelFrame(formula: formula, table: data, clusters: ["firm"])
        #expect(frame.fixedEffects[0] == FactorCodes(name: "firm", codes: [0, 0, 1, 1, 2, 2, 3, 3], levelCount: 4))
        #expect(frame.clusters[0] == frame.fixedEffects[0])
    }

    @Test("fixed-effect codes from numbers: small integers, ±0, fractions and wide ranges agree on every path")
    func numericCodes() throws {
        let cases: [([Double], [Int32])] = [
            ([21, 20, -0.0, 0, 21, 20, 7, 7], [0, 1, 2, 2, 0, 1, 3, 3]),              // lookup table
            ([0.5, 1.5, 0.5, 2, 2, 1.5, 0.5, 9], [0, 1, 0, 2, 2, 1, 0, 3]),           // fractions: hashed
            ([0, 1e9, 0, 1e9, 5, 5, 0, 1e9], [0, 1, 0, 1, 2, 2, 0, 1]),               // wide span: hashed
        ]
        for (values, codes) in cases {
            let data = try table { $0["year"] = .numeric(NumericColumn(values: values)) }
            let frame = try ModelFrame(formula: formula, table: data)
            #expect(frame.fixedEffects[1].codes == codes)
            // With row 2 dropped (a missing response) the codes are those of the kept rows.
            let dropped = try table { columns in
                columns["year"] = .numeric(NumericColumn(values: values))
                columns["产出"] = .numeric(NumericColumn([3.5, 2, nil, 1, 5, 6.5, 2.75, 8]))
            }
            let subset = try ModelFrame(formula: formula, table: dropped)
            let kept = [0, 1, 3, 4, 5, 6, 7].map { codes[$0] }
            let renumbered = FactorCodes(name: "year", firstAppearanceOf: kept)
            #expect(subset.fixedEffects[1].codes == renumbered.codes)
        }
    }
}
