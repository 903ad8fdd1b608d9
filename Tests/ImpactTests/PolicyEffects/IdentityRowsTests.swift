import Foundation
import Testing
@testable import Impact

/// When every table row is used, the event study's fit and the logit keep their source rows
/// as the identity (`nil`: no n-length 0..<n array), as `ModelFrame` and `LinearRegression`
/// do; when rows are dropped, the list names them.
@Suite("Identity source rows in the event study and the logit")
struct IdentityRowsTests {
    /// Four firms × four years, cohorts 2021 (a, b) and never treated (c, d); `blank` empties
    /// the outcome of one row (c, 2020), inside the table, so the kept rows are not a prefix.
    private static func panel(blank: Bool) throws -> Table {
        var firms: [String?] = [], years: [Double] = [], cohorts: [Double?] = [], outcomes: [Double?] = []
        let cohortOf = ["a": 2021.0, "b": 2021, "c": nil, "d": nil] as [String: Double?]
        for (index, firm) in ["a", "b", "c", "d"].enumerated() {
            for year in 2019...2022 {
                firms.append(firm)
                years.append(Double(year))
                cohorts.append(cohortOf[firm]!)
                let treated = (cohortOf[firm]! ?? 9999) <= Double(year)
                outcomes.append(blank && firm == "c" && year == 2020
                                ? nil : 10 + Double(index) + 0.5 * Double(year - 2019) + (treated ? 2 : 0) + Double((index * 7 + year) % 3) * 0.1)
            }
        }
        return try Table(columns: [("企业", .categorical(CategoricalColumn(firms))), ("年份", .numeric(NumericColumn(values: years))),
                                   ("首次支持年", .numeric(NumericColumn(cohorts))), ("营收", .numeric(NumericColumn(outcomes)))])
    }

    @Test("event study: identity rows when every row is used, the kept rows otherwise")
    func eventStudy() throws {
        let specification = EventStudySpecification(outcome: "营收", unit: "企业", time: "年份", cohort: "首次支持年")
        let full = try EventStudy.estimate(try Self.panel(blank: false), specification).regression.fit
        #expect(full.explicitSourceRows == nil)
        #expect(full.sourceRows == Array(0..<16) && full.observationCount == 16)
        let dropped = try EventStudy.estimate(try Self.panel(blank: true), specification).regression.fit
        #expect(dropped.explicitSourceRows == Array(0..<9) + Array(10..<16))
        #expect(dropped.observationCount == 15)
    }

    @Test("logit: identity rows when every row is used, the kept rows otherwise")
    func logit() throws {
        let text = "treated,x\n0,1.0\n0,2.0\n1,1.5\n1,3.0\n0,2.5\n1,2.0\n0,0.5\n1,3.5\n"
        let full = try LogitRegression().fit(formula: "treated ~ x", table: CSVReader.read(text: text))
        #expect(full.explicitSourceRows == nil && full.sourceRows == Array(0..<8))
        let missing = try LogitRegression().fit(formula: "treated ~ x", table: CSVReader.read(text: text.replacingOccurrences(of: "1,1.5", with: "1,")))
        #expect(missing.explicitSourceRows == [0, 1, 3, 4, 5, 6, 7] && missing.sourceRows == [0, 1, 3, 4, 5, 6, 7])
    }

    @Test("logit: the identity and the explicit list 0..<n give equal results; other rows do not")
    func logitEquality() throws {
        let x = Matrix(columns: [[1, 1, 1, 1, 1, 1, 1, 1], [1.0, 2.0, 1.5, 3.0, 2.5, 2.0, 0.5, 3.5]])
        let y: [Double] = [0, 0, 1, 1, 0, 1, 0, 1]
        let identity = try LogitRegression().fit(outcome: y, design: x, names: ["Intercept", "x"])
        let listed = try LogitRegression().fit(outcome: y, design: x, names: ["Intercept", "x"], sourceRows: Array(0..<8))
        #expect(identity.explicitSourceRows == nil && listed.explicitSourceRows == Array(0..<8))
        #expect(identity == listed && listed == identity)
        let shifted = try LogitRegression().fit(outcome: y, design: x, names: ["Intercept", "x"], sourceRows: Array(1...8))
        #expect(identity != shifted && shifted != identity)
    }

    @Test("propensity sample: identity rows when every row is used, the kept rows otherwise")
    func propensity() throws {
        let text = "支持,营收,x\n0,5,1.0\n0,6,2.0\n1,9,1.5\n1,8,3.0\n0,7,2.5\n1,9,2.0\n0,4,0.5\n1,10,3.5\n"
        let full = try PropensitySample(table: CSVReader.read(text: text), treatment: "支持", outcome: "营收", covariates: ["x"])
        #expect(full.rows.explicit == nil && full.sourceRows == Array(0..<8))
        #expect(full.logit?.explicitSourceRows == nil)
        let viaFormula = try PropensitySample(table: CSVReader.read(text: text), formula: "支持 ~ x", outcome: "营收")
        #expect(viaFormula.rows.explicit == nil && viaFormula == full)
        let given = try PropensitySample(treated: full.treated, outcome: full.outcome, covariates: full.covariates,
                                         covariateNames: ["x"], propensity: full.propensity)
        #expect(given.rows.explicit == nil && given.sourceRows == Array(0..<8))
        let missing = try PropensitySample(table: CSVReader.read(text: text.replacingOccurrences(of: "1,9,1.5", with: "1,,1.5")),
                                           treatment: "支持", outcome: "营收", covariates: ["x"])
        #expect(missing.rows.explicit == [0, 1, 3, 4, 5, 6, 7] && missing.sourceRows == [0, 1, 3, 4, 5, 6, 7])
    }
}
