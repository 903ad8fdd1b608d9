import Foundation
import Testing
import Impact

/// The variance choice's default, written once in `VarianceChoice`: clustered by the first
/// fixed effect with fixed effects (fixest), iid without; cluster columns read by the frame.
@Suite("Variance choice")
struct VarianceChoiceTests {
    static func table() throws -> Table {
        try Table(columns: [
            ("y", .numeric(NumericColumn(values: [1, 3, 2, 5, 4, 6, 3, 8]))),
            ("x", .numeric(NumericColumn(values: [0, 1, 2, 3, 1, 2, 0, 4]))),
            ("firm", .categorical(CategoricalColumn(["a", "a", "b", "b", "c", "c", "d", "d"]))),
            ("year", .numeric(NumericColumn(values: [1, 2, 1, 2, 1, 2, 1, 2]))),
            ("region", .categorical(CategoricalColumn(["n", "n", "n", "n", "s", "s", "s", "s"]))),
        ])
    }

    @Test("default: cluster by the first fixed effect with fixed effects, iid without")
    func defaultEstimator() throws {
        #expect(VarianceChoice.defaultEstimator(fixedEffects: ["firm", "year"]) == .cluster(["firm"]))
        #expect(VarianceChoice.defaultEstimator(fixedEffects: []) == .iid)
        #expect(VarianceChoice.modelDefault.estimator(for: try Formula("y ~ x | firm^year + year")) == .cluster(["firm^year"]))
        #expect(VarianceChoice.modelDefault.convention == .fixest)
        #expect(VarianceChoice(.hc1).estimator(for: try Formula("y ~ x | firm")) == .hc1)
    }

    @Test("the library's entry points follow the default")
    func libraryDefault() throws {
        let table = try Self.table()
        let fixed = try LinearRegression.estimate(try ModelFrame(formula: "y ~ x | firm + year", table: table))
        #expect(fixed.estimator == .cluster(["firm"]))
        #expect(fixed.clusterCounts == [4])
        let plain = try LinearRegression.fit(try ModelFrame(formula: "y ~ x", table: table)).result()
        #expect(plain.estimator == .iid)
    }

    @Test("the frame reads the cluster columns the choice names; a^b reads a and b")
    func clusterColumns() throws {
        let table = try Self.table()
        let choice = VarianceChoice(.cluster(["region"]))
        #expect(choice.clusterColumns(for: try Formula("y ~ x")) == ["region"])
        #expect(VarianceChoice(.cluster(["region^year"])).clusterColumns(for: try Formula("y ~ x")) == ["region", "year"])
        #expect(VarianceChoice.modelDefault.clusterColumns(for: try Formula("y ~ x | firm + year")) == ["firm"])
        #expect(VarianceChoice(.hc1).clusterVariables(for: try Formula("y ~ x | firm")).isEmpty)
        let frame = try ModelFrame(formula: try Formula("y ~ x"), table: table, variance: choice)
        #expect(frame.clusters.map(\.name) == ["region"])
        let result = try LinearRegression.estimate(frame, variance: choice)
        #expect(result.estimator == .cluster(["region"]) && result.clusterCount == 2)
        let byDefault = try ModelFrame(formula: try Formula("y ~ x | firm"), table: table, variance: .modelDefault)
        #expect(byDefault.clusters.map(\.name) == ["firm"])
        #expect(try ModelFrame(formula: try Formula("y ~ x"), table: table, variance: VarianceChoice(.hc1)).clusters.isEmpty)
    }

    @Test("the small-sample convention travels with the choice and survives reestimation")
    func convention() throws {
        let fit = try LinearRegression.fit(try ModelFrame(formula: "y ~ x | firm", table: try Self.table()))
        let fixest = try fit.result(variance: VarianceChoice(.cluster(["firm"])))
        let linearmodels = try fit.result(variance: VarianceChoice(.cluster(["firm"]), convention: .linearmodels))
        #expect(fixest.correction != linearmodels.correction)
        let again = try linearmodels.reestimated(vcov: .cluster(["firm"]))
        #expect(again.convention == .linearmodels && again.correction == linearmodels.correction)
        #expect(linearmodels.variance == VarianceChoice(.cluster(["firm"]), convention: .linearmodels))
    }
}
