import Foundation
import Testing
import Impact

/// Typed regression notes: stable codes, sentences in both languages, JSON as code + English.
@Suite("Regression notes")
struct RegressionNoteTests {
    static let everyCase: [(RegressionNote, String)] = [
        (.rowsDropped(reason: .missing, count: 3), "rows_dropped_missing"),
        (.rowsDropped(reason: .logOfNonPositive, count: 2), "rows_dropped_log_of_non_positive"),
        (.rowsDropped(reason: .infinite, count: 1), "rows_dropped_infinite"),
        (.singletonsRemoved(count: 1), "singletons_removed"),
        (.fixedEffectsAbsorbed(names: ["firm"], absorption: .exact), "fixed_effects_absorbed"),
        (.fixedEffectsAbsorbed(names: ["firm", "year"],
                               absorption: .converged(iterations: 3, tolerance: 1e-10, maxIterations: 10000)),
         "fixed_effects_absorbed"),
        (.fixedEffectsAbsorbed(names: ["firm", "year"], absorption: .notConverged(tolerance: 1e-15, maxIterations: 1)),
         "fixed_effects_not_converged"),
        (.collinearDropped(terms: ["x3"], withFixedEffects: false), "collinear_dropped"),
        (.fewClusters(variable: "sector", count: 5, threshold: 30), "few_clusters"),
        (.covarianceRepaired, "covariance_repaired"),
    ]

    @Test("every note has its stable snake_case code and a sentence in both languages")
    func codes() {
        for (note, code) in Self.everyCase {
            #expect(note.code == code)
            #expect(!note.wording.zh.isEmpty && !note.wording.en.isEmpty && note.wording.zh != note.wording.en)
        }
    }

    @Test("the sentences are today's, singular and plural included")
    func wording() {
        #expect(RegressionNote.rowsDropped(reason: .missing, count: 1).wording.en
                == "Dropped 1 row with a missing value in a model variable.")
        #expect(RegressionNote.rowsDropped(reason: .infinite, count: 1).wording.en == "1 row dropped because of infinite values.")
        #expect(RegressionNote.rowsDropped(reason: .logOfNonPositive, count: 1).wording.en
                == "1 row dropped because log() of a zero or negative value is undefined.")
        #expect(RegressionNote.singletonsRemoved(count: 5).wording.zh == "剔除单例观测 5 个（在某一固定效应水平中只有一个观测）。")
        #expect(RegressionNote.fixedEffectsAbsorbed(names: ["firm", "year"],
                                                    absorption: .notConverged(tolerance: 1e-15, maxIterations: 1)).wording.en
                == "Absorbing the fixed effects firm, year did not converge within 1 iteration (tolerance 1e-15); the estimates may be inaccurate.")
        #expect(RegressionNote.collinearDropped(terms: ["x3", "x4"], withFixedEffects: true).wording.en
                == "Dropped x3, x4: collinear with earlier regressors or the fixed effects.")
        #expect(RegressionNote.collinearDropped(terms: ["x3"], withFixedEffects: false).wording.zh
                == "因共线性剔除 x3（与前面的回归元或截距共线）。")
    }

    @Test("JSON: code then the English message")
    func json() {
        let note = RegressionNote.fewClusters(variable: "sector", count: 5, threshold: 30)
        #expect(String(decoding: note.jsonValue.encoded(), as: UTF8.self)
                == #"{"code": "few_clusters", "message": "Only 5 clusters in sector: cluster-robust standard errors are unreliable with fewer than about 30 clusters."}"# + "\n")
    }

    @Test("a fit's notes come in the order things happened")
    func fitOrder() throws {
        let table = try Table(columns: [
            ("y", .numeric(NumericColumn(values: [1, 3, 2, 5, 4, .infinity, 7]))),
            ("x", .numeric(NumericColumn(values: [0, 1, 2, 3, 1, 2, 5]))),
            ("z", .numeric(NumericColumn(values: [0, 2, 4, 6, 2, 4, 10]))),
            ("g", .categorical(CategoricalColumn(["a", "a", "b", "b", "c", "c", "d"]))),
        ])
        let fit = try LinearRegression.fit(try ModelFrame(formula: "y ~ x + z | g", table: table))
        // One row has an infinite y and none a missing value: one note, under one code.
        #expect(fit.notes == [.rowsDropped(reason: .infinite, count: 1),
                              .singletonsRemoved(count: 2),
                              .fixedEffectsAbsorbed(names: ["g"], absorption: .exact),
                              .collinearDropped(terms: ["z"], withFixedEffects: true)])
    }
}
