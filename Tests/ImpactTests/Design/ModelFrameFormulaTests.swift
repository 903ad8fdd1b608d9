import Foundation
import Testing
@testable import Impact

/// Design matrices built by hand from a six-row table.
@Suite("ModelFrame from a formula")
struct ModelFrameFormulaTests {
    /// Row 5 misses `y`, row 6 misses `sector`.
    private let table = try! Table(columns: [
        ("y", .numeric(NumericColumn([1, 2, 3, 4, nil, 6]))),
        ("x1", .numeric(NumericColumn(values: [0.5, 1, 1.5, 2, 2.5, 3]))),
        ("x2", .numeric(NumericColumn(values: [1, 0, 1, 0, 1, 0]))),
        ("sector", .categorical(CategoricalColumn(["b", "a", "c", "a", "b", nil]))),
        ("firm", .categorical(CategoricalColumn(["F1", "F1", "F2", "F2", "F3", "F3"]))),
        ("year", .numeric(NumericColumn(values: [2020, 2021, 2020, 2021, 2020, 2021]))),
        ("rel", .numeric(NumericColumn([-2, -1, 0, 1, nil, -1]))),
        ("w", .numeric(NumericColumn(values: [1, 2, 1, 2, 0, 2]))),
        ("z", .numeric(NumericColumn(values: [1, -1, M_E, 0, 1, 1]))),
    ])

    private func columns(_ frame: ModelFrame) -> [String: [Double]] {
        Dictionary(uniqueKeysWithValues: frame.regressorNames.enumerated().map {
            ($1, frame.regressors.column($0))
        })
    }

    @Test("dummies leave out the first sorted level; rows with missing values are dropped and counted")
    func categoricalMainEffect() throws {
        let frame = try ModelFrame(formula: "y ~ x1 + C(sector)", table: table)
        #expect(frame.regressorNames == ["Intercept", "x1", "C(sector)[T.b]", "C(sector)[T.c]"])
        #expect(frame.hasIntercept)
        #expect(frame.sourceRows == [0, 1, 2, 3])
        #expect(frame.droppedForMissing == 2)
        #expect(frame.response == [1, 2, 3, 4])
        let design = columns(frame)
        #expect(design["Intercept"] == [1, 1, 1, 1])
        #expect(design["x1"] == [0.5, 1, 1.5, 2])
        #expect(design["C(sector)[T.b]"] == [1, 0, 0, 0])
        #expect(design["C(sector)[T.c]"] == [0, 0, 1, 0])
    }

    @Test("a chosen reference level, a bare text column, and full coding without intercept")
    func categoricalCodings() throws {
        let chosen = try ModelFrame(formula: "y ~ C(sector, ref=\"b\")", table: table)
        #expect(chosen.regressorNames == ["Intercept", "C(sector, Treatment(\"b\"))[T.a]",
                                          "C(sector, Treatment(\"b\"))[T.c]"])
        #expect(columns(chosen)["C(sector, Treatment(\"b\"))[T.a]"] == [0, 1, 0, 1])
        let bare = try ModelFrame(formula: "y ~ sector", table: table)
        #expect(bare.regressorNames == ["Intercept", "sector[T.b]", "sector[T.c]"])
        let full = try ModelFrame(formula: "y ~ 0 + C(sector)", table: table)
        #expect(full.regressorNames == ["C(sector)[a]", "C(sector)[b]", "C(sector)[c]"])
        #expect(!full.hasIntercept)
        #expect(columns(full)["C(sector)[a]"] == [0, 1, 0, 1])
        let years = try ModelFrame(formula: "y ~ C(year)", table: table)
        #expect(years.regressorNames == ["Intercept", "C(year)[T.2021]"])
        #expect(columns(years)["C(year)[T.2021]"] == [0, 1, 0, 1, 1])
    }

    @Test("interactions: numeric×numeric, numeric×categorical with and without the main effect")
    func interactions() throws {
        let crossed = try ModelFrame(formula: "y ~ x1*x2", table: table)
        #expect(crossed.regressorNames == ["Intercept", "x1", "x2", "x1:x2"])
        #expect(columns(crossed)["x1:x2"] == [0.5, 0, 1.5, 0, 0])
        let reduced = try ModelFrame(formula: "y ~ x1 + x1:C(sector)", table: table)
        #expect(reduced.regressorNames == ["Intercept", "x1", "x1:C(sector)[T.b]", "x1:C(sector)[T.c]"])
        #expect(columns(reduced)["x1:C(sector)[T.c]"] == [0, 0, 1.5, 0])
        let full = try ModelFrame(formula: "y ~ x1:C(sector)", table: table)
        #expect(full.regressorNames == ["Intercept", "x1:C(sector)[a]", "x1:C(sector)[b]", "x1:C(sector)[c]"])
        #expect(columns(full)["x1:C(sector)[a]"] == [0, 1, 0, 2])
        let twoCategorical = try ModelFrame(formula: "y ~ C(sector)*C(year)", table: table)
        #expect(twoCategorical.regressorNames == [
            "Intercept", "C(sector)[T.b]", "C(sector)[T.c]", "C(year)[T.2021]",
            "C(sector)[T.b]:C(year)[T.2021]", "C(sector)[T.c]:C(year)[T.2021]",
        ])
        // Rows kept: 0 (b, 2020), 1 (a, 2021), 2 (c, 2020), 3 (a, 2021).
        #expect(columns(twoCategorical)["C(sector)[T.b]:C(year)[T.2021]"] == [0, 0, 0, 0])
    }

    @Test("fixed effects absorb the intercept and become renumbered factor codes")
    func fixedEffects() throws {
        let frame = try ModelFrame(formula: "y ~ x1 | firm + year", table: table, clusters: ["firm"])
        #expect(frame.regressorNames == ["x1"])
        #expect(!frame.hasIntercept)
        #expect(frame.sourceRows == [0, 1, 2, 3, 5])
        #expect(frame.fixedEffects == [
            FactorCodes(name: "firm", codes: [0, 0, 1, 1, 2], levelCount: 3),
            FactorCodes(name: "year", codes: [0, 1, 0, 1, 1], levelCount: 2),
        ])
        #expect(frame.clusters == [FactorCodes(name: "firm", codes: [0, 0, 1, 1, 2], levelCount: 3)])
        let combined = try ModelFrame(formula: "y ~ x1 | firm^year", table: table)
        #expect(combined.fixedEffects == [FactorCodes(name: "firm^year", codes: [0, 1, 2, 3, 4], levelCount: 5)])
        // With fixed effects, C() keeps treatment coding (the reference is absorbed).
        let dummies = try ModelFrame(formula: "y ~ C(sector) | firm", table: table)
        #expect(dummies.regressorNames == ["C(sector)[T.b]", "C(sector)[T.c]"])
    }

    @Test("a missing cluster value drops the row; sector blank drops only when sector is used")
    func clusterMissing() throws {
        let frame = try ModelFrame(formula: "y ~ x1", table: table, clusters: ["sector"])
        #expect(frame.sourceRows == [0, 1, 2, 3])
        #expect(frame.clusters.first?.levelCount == 3)
        #expect(try ModelFrame(formula: "y ~ x1", table: table).droppedForMissing == 1)
        let combined = try ModelFrame(formula: "y ~ x1", table: table, clusters: ["firm^x2"])
        // Kept rows 0, 1, 2, 3, 5: (F1,1) (F1,0) (F2,1) (F2,0) (F3,0).
        #expect(combined.clusters == [FactorCodes(name: "firm^x2", codes: [0, 1, 2, 3, 4], levelCount: 5)])
    }

    @Test("i() makes one indicator per level except the references, named like pyfixest")
    func eventTime() throws {
        let frame = try ModelFrame(formula: "y ~ i(rel, ref=-1) | firm", table: table)
        #expect(frame.regressorNames == ["rel::-2", "rel::0", "rel::1"])
        #expect(frame.sourceRows == [0, 1, 2, 3, 5])
        #expect(columns(frame)["rel::-2"] == [1, 0, 0, 0, 0])
        #expect(columns(frame)["rel::1"] == [0, 0, 0, 1, 0])
        let interacted = try ModelFrame(formula: "y ~ i(rel, x1, ref=-1) | firm", table: table)
        #expect(interacted.regressorNames == ["rel::-2:x1", "rel::0:x1", "rel::1:x1"])
        #expect(columns(interacted)["rel::1:x1"] == [0, 0, 0, 2, 0])
        let two = try ModelFrame(formula: "y ~ i(rel, ref=c(-1, 1)) | firm", table: table)
        #expect(two.regressorNames == ["rel::-2", "rel::0"])
        #expect(throws: FormulaError.unknownLevel("-5", column: "rel", nearest: "-2",
                                                  at: FormulaLocation(formula: "y ~ i(rel, ref=-5)", position: 6, length: 3))) {
            try ModelFrame(formula: "y ~ i(rel, ref=-5)", table: table)
        }
    }

    @Test("log() drops zero and negative values with a note")
    func logarithm() throws {
        let frame = try ModelFrame(formula: "log(x1) ~ log(z)", table: table)
        // z ≤ 0 in rows 2 and 4 (1-based); nothing else is missing in x1 or z.
        #expect(frame.sourceRows == [0, 2, 4, 5])
        #expect(frame.responseName == "log(x1)")
        #expect(frame.regressorNames == ["Intercept", "log(z)"])
        let logZ = columns(frame)["log(z)"]!
        #expect(zip(logZ, [0, 1, 0, 0]).allSatisfy { abs($0 - $1) < 1e-15 })
        #expect(abs(frame.response[1] - log(1.5)) < 1e-15)
        #expect(frame.droppedForMissing == 2)
        #expect(frame.notes == [.rowsDropped(reason: .logOfNonPositive, count: 2)])
        #expect(frame.notes.map(\.code) == ["rows_dropped_log_of_non_positive"])
        #expect(frame.notes.map(\.wording.en) == ["2 rows dropped because log() of a zero or negative value is undefined."])
    }

    @Test("weights must be positive; missing-y rows are dropped before the check")
    func weights() throws {
        // w is 0 only in row 5, where y is missing.
        let frame = try ModelFrame(formula: "y ~ x1", table: table, weights: "w")
        #expect(frame.weights == [1, 2, 1, 2, 2])
        #expect(throws: FormulaError.nonPositiveWeight(column: "z", row: 2, value: -1)) {
            try ModelFrame(formula: "y ~ x1", table: table, weights: "z")
        }
    }

    @Test("unknown columns name the nearest column and point into the formula")
    func unknownColumn() {
        let formula = "y ~ x1 + x3"
        #expect(throws: FormulaError.unknownColumn(
            "x3", nearest: "x1", at: FormulaLocation(formula: formula, position: 9, length: 2))) {
            try ModelFrame(formula: formula, table: table)
        }
        #expect(throws: FormulaError.unknownColumn("weight", nearest: nil, at: nil)) {
            try ModelFrame(formula: "y ~ x1", table: table, weights: "weight")
        }
        #expect(throws: FormulaError.unknownColumn("frim", nearest: "firm", at: nil)) {
            try ModelFrame(formula: "y ~ x1", table: table, clusters: ["frim"])
        }
    }

    @Test("text where numbers are needed, unknown levels, and an empty sample are errors")
    func dataErrors() throws {
        #expect(throws: FormulaError.notNumeric(
            "sector", role: "the response", at: FormulaLocation(formula: "sector ~ x1", position: 0, length: 6))) {
            try ModelFrame(formula: "sector ~ x1", table: table)
        }
        #expect(throws: FormulaError.self) { try ModelFrame(formula: "y ~ log(firm)", table: table) }
        #expect(throws: FormulaError.unknownLevel(
            "energy", column: "sector", nearest: nil,
            at: FormulaLocation(formula: "y ~ C(sector, ref='energy')", position: 6, length: 6))) {
            try ModelFrame(formula: "y ~ C(sector, ref='energy')", table: table)
        }
        let empty = try Table(columns: [
            ("y", .numeric(NumericColumn([nil, 1]))), ("x", .numeric(NumericColumn([1, nil]))),
        ])
        #expect(throws: FormulaError.noObservations(rows: 2, formula: "y ~ x")) {
            try ModelFrame(formula: "y ~ x", table: empty)
        }
    }
}
