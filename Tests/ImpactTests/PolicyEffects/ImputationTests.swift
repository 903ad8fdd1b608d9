import Foundation
import Testing
@testable import Impact

/// The imputation estimator on panels small enough to work by hand.
@Suite("Imputation estimator (Borusyak–Jaravel–Spiess)")
struct ImputationTests {
    /// Firms A and B never treated, C first treated in 2023 (columns with Chinese headers).
    static let threeFirms = """
    企业,年份,首次受支持年份,营业收入
    A,2021,0,1
    A,2022,0,2
    A,2023,0,4
    B,2021,,3
    B,2022,,3
    B,2023,,6
    C,2021,2023,2
    C,2022,2023,4
    C,2023,2023,10
    """

    static let specification = ImputationSpecification(id: "企业", time: "年份", cohort: "首次受支持年份", outcome: "营业收入")

    /// The estimate with the alternating projections run to 1e-14 (the default 1e-10 leaves
    /// errors near 1e-11 on these unbalanced untreated rows), so hand-worked values hold to
    /// 1e-12.
    static func estimate(_ text: String, _ specification: ImputationSpecification = specification) throws -> ImputationResult {
        try ImputationEstimator(demeaning: DemeaningOptions(tolerance: 1e-14))
            .estimate(try CSVReader.read(text: text), specification: specification)
    }

    /// One treated row: ŷ(0) = C's pre mean + (controls in 2023 − controls before)
    /// = 3 + (5 − 2.25) = 5.75, τ̂ = 10 − 5.75 = 4.25. The implied weights are −½ on C's two
    /// rows and on A, B in 2023 and ¼ on A, B in 2021–22; the two-way residuals are
    /// A (1/12, 1/12, −1/6), B (5/12, −7/12, 1/6), C (−½, ½), so the firm sums Σ v ε̂ are
    /// ⅛, −⅛ and 0, and the treated cell's own mean leaves τ̂ − τ̃ = 0: σ̂² = 2/64.
    @Test("one treated row: the DiD of the firm's pre mean, and its conservative variance by hand")
    func handWorked() throws {
        let result = try Self.estimate(Self.threeFirms)
        #expect(abs(result.overall.estimate - 4.25) < 1e-12)
        #expect(abs(result.overall.standardError - (1.0 / 32).squareRoot()) < 1e-12)
        #expect(result.eventStudy.map(\.eventTime) == [0])
        #expect(result.treatedCount == 1 && result.untreatedCount == 8 && result.unitCount == 3)
        #expect(result.notes.isEmpty)
    }

    /// D (first treated 2022) added: the event study averages C 2023 and D 2022 at h = 0
    /// and D 2023 at h = 1; the overall ATT is the mean of the three τ̂,
    /// (2 · 3.125 + 0.75)/3 = 7/3. Standard errors from the dense transcription of the
    /// paper (`dense()` in Fixtures/reference/imputation/make_reference.py): overall
    /// √(1/24), h = 0 0.20623947784607832, h = 1 0.21245914639969846.
    @Test("a second cohort: event-time and overall averages, equal weights over treated rows")
    func twoCohorts() throws {
        let result = try Self.estimate(Self.threeFirms + "\nD,2021,2022,5\nD,2022,2022,8\nD,2023,2022,9")
        #expect(abs(result.overall.estimate - 7.0 / 3) < 1e-12)
        #expect(abs(result.overall.standardError - (1.0 / 24).squareRoot()) < 1e-12)
        #expect(result.eventStudy.map(\.eventTime) == [0, 1])
        #expect(abs(result.eventStudy[0].estimate - 3.125) < 1e-12 && abs(result.eventStudy[1].estimate - 0.75) < 1e-12)
        #expect(abs(result.eventStudy[0].standardError - 0.20623947784607832) < 1e-12)
        #expect(abs(result.eventStudy[1].standardError - 0.21245914639969846) < 1e-12)
        #expect(result.cohorts == [2022, 2023])
    }

    @Test("the implied weights reproduce the estimate: Σ w y + Σ v y = Σ w τ̂ (Proposition 5)")
    func impliedWeights() throws {
        let table = try CSVReader.read(path: try PolicyFixture.url("imputation", "data.csv").path)
        let spec = ImputationSpecification(id: "firm", time: "year", cohort: "first_year", outcome: "y", covariates: ["x"])
        let sample = try ImputationSample(table: table, specification: spec)
        let stage = try ImputationFirstStage(sample, covariateNames: ["x"], options: .init())
        let w = stage.treated.map { _ in 1 / Double(stage.treated.count) }
        let v = try stage.untreatedWeights([w], sample: sample)[0]
        let linear = zip(stage.treated, w).reduce(0) { $0 + sample.outcome[$1.0] * $1.1 }
            + zip(stage.untreated, v).reduce(0) { $0 + sample.outcome[$1.0] * $1.1 }
        let direct = zip(stage.effects, w).reduce(0) { $0 + $1.0 * $1.1 }
        #expect(abs(linear - direct) < 1e-9)
        // v is orthogonal to what the first stage can fit: firm sums of v equal minus the
        // treated weight of the firm, and Σ v x = −Σ w x.
        let vx = zip(stage.untreated, v).reduce(0) { $0 + sample.covariates[0][$1.0] * $1.1 }
        let wx = zip(stage.treated, w).reduce(0) { $0 + sample.covariates[0][$1.0] * $1.1 }
        #expect(abs(vx + wx) < 1e-9)
    }

    @Test("the forest's flow has the prescribed firm and period sums")
    func forestFlow() {
        // Firms 0–2, periods 0–2; edges (firm, period): a connected graph with a cycle.
        let units: [Int32] = [0, 0, 1, 1, 2, 2], periods: [Int32] = [0, 1, 0, 2, 1, 2]
        let forest = ImputationForest(units: units, periods: periods, unitCount: 3, periodCount: 3)
        let unitSums = [1.0, -2, 4], periodSums = [0.5, 1.5, 1]
        let flow = forest.flow(unitSums: unitSums, periodSums: periodSums, edgeCount: units.count)
        for unit in 0..<3 {
            #expect(abs(units.indices.filter { units[$0] == unit }.reduce(0) { $0 + flow[$1] } - unitSums[unit]) < 1e-12)
        }
        for period in 0..<3 {
            #expect(abs(periods.indices.filter { periods[$0] == period }.reduce(0) { $0 + flow[$1] } - periodSums[period]) < 1e-12)
        }
        let (alpha, lambda) = forest.effects(fitted: units.indices.map { [1.0, 2, 3][Int(units[$0])] + [10.0, 20, 30][Int(periods[$0])] })
        for e in units.indices {
            #expect(abs(alpha[Int(units[e])] + lambda[Int(periods[e])] - ([1.0, 2, 3][Int(units[e])] + [10.0, 20, 30][Int(periods[e])])) < 1e-12)
        }
    }

    @Test("blank outcomes are left out with a note; the rest is estimated")
    func blanks() throws {
        let result = try Self.estimate(Self.threeFirms + "\nE,2021,0,\nE,2022,0,7\nE,2023,0,")
        #expect(result.notes == [.rowsWithoutValuesLeftOut(count: 2)])
        #expect(result.untreatedCount == 9 && result.unitCount == 4)
    }

    @Test("a firm first treated after the last period is untreated throughout and adds no pre-trend lead")
    func cohortAfterPanel() throws {
        let base = try Self.estimate(Self.threeFirms + "\nD,2021,0,5\nD,2022,0,6\nD,2023,0,9")
        let late = try Self.estimate(Self.threeFirms + "\nD,2021,2030,5\nD,2022,2030,6\nD,2023,2030,9")
        #expect(late == base)
        #expect(late.pretrend?.leads.map(\.eventTime) == [-2])
        #expect(late.untreatedCount == 11 && late.cohorts == [2023])
    }

    @Test("in the last period with every firm treated, the rows cannot be imputed and are noted")
    func lastPeriodAllTreated() throws {
        let text = """
        firm,year,cohort,y
        a,1,2,1
        a,2,2,3
        a,3,2,4
        b,1,3,2
        b,2,3,2
        b,3,3,5
        """
        let result = try Self.estimate(text, ImputationSpecification(id: "firm", time: "year", cohort: "cohort", outcome: "y"))
        // Period 3 has no untreated firm: a 3 and b 3 are left out; a 2 is imputed from b.
        #expect(result.notes == [.treatedRowsNotImputable(count: 2, example: "a")])
        #expect(result.treatedCount == 1)
        // ŷ_a2(0) = y_a1 + (y_b2 − y_b1) = 1 + 0 = 1, τ̂ = 2.
        #expect(abs(result.overall.estimate - 2) < 1e-12)
    }

    @Test("errors: no treated row, a covariate absorbed by the firm effects, a duplicate firm-year")
    func errors() throws {
        #expect(throws: ImputationError.noTreatedObservations) {
            try Self.estimate("企业,年份,首次受支持年份,营业收入\nA,2021,0,1\nA,2022,0,2\nB,2021,0,3\nB,2022,0,5")
        }
        let sized = Self.threeFirms.replacingOccurrences(of: "营业收入\n", with: "营业收入,规模\n")
            .split(separator: "\n").enumerated().map { $0 == 0 ? String($1) : "\($1),\($1.first == "A" ? 1 : 2)" }
            .joined(separator: "\n")
        var spec = Self.specification
        spec.covariates = ["规模"]
        #expect(throws: ImputationError.collinearCovariates(["规模"])) { try Self.estimate(sized, spec) }
        #expect(throws: ImputationError.duplicateObservation(unit: "A", period: 2021)) {
            try Self.estimate(Self.threeFirms + "\nA,2021,0,9")
        }
        spec.covariates = ["营业收入"]
        #expect(throws: ImputationError.covariateIsDesignColumn("营业收入", role: "outcome")) { try Self.estimate(Self.threeFirms, spec) }
    }
}
