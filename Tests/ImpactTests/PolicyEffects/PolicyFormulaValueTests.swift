import Foundation
import Testing
@testable import Impact

/// Formulas built as values: column names with spaces, `-` and Chinese characters work end
/// to end in `did`, `event-study` and `cost-effect`, with the same numbers as plain names.
@Suite("Policy-effect formulas built as values")
struct PolicyFormulaValueTests {
    static let fixtures = CLIRunner.repositoryRoot.appendingPathComponent("Tests/ImpactTests/Fixtures/reference")

    /// The fixture's CSV with its header replaced by `header`.
    static func renamed(_ fixture: String, header: String) throws -> (plain: Table, renamed: Table, path: String) {
        let url = fixtures.appendingPathComponent(fixture).appendingPathComponent("data.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let body = text[text.firstIndex(of: "\n")!...]
        let renamedText = header + body
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("impact-formula-\(fixture)-\(UUID().uuidString).csv").path
        try renamedText.write(toFile: path, atomically: true, encoding: .utf8)
        return (try CSVReader.read(text: text), try CSVReader.read(text: renamedText), path)
    }

    @Test("the built formula quotes names that need backticks and parses back to the same terms")
    func builtFormula() throws {
        let formula = Formula(response: .variable("营业 收入"),
                              terms: [FormulaTerm([.variable("treated"), .variable("post-2020")]), FormulaTerm([.variable("x")])],
                              fixedEffects: [FixedEffect(columns: ["firm id"]), FixedEffect(columns: ["year"])])
        #expect(formula.description == "`营业 收入` ~ x + treated:`post-2020` | `firm id` + year")
        let parsed = try Formula(formula.description)
        #expect(parsed.terms == formula.terms && parsed.fixedEffects == formula.fixedEffects)
        #expect(parsed.response == formula.response && parsed.hasIntercept == formula.hasIntercept)
        #expect(formula.columnNames == ["营业 收入", "x", "treated", "post-2020", "firm id", "year"])
        #expect(formula.location(of: "post-2020")?.position == 22)  // at its opening backtick
        let noIntercept = Formula(response: .logarithm("y"), terms: [FormulaTerm([.categorical("a b", reference: "x")])],
                                  intercept: false)
        #expect(noIntercept.description == "log(y) ~ 0 + C(`a b`, ref=\"x\")")
        #expect(try Formula(noIntercept.description).terms == noIntercept.terms)
    }

    @Test("did with spaces, '-' and Chinese in every column name equals the plain-name estimate")
    func differenceInDifferences() throws {
        let data = try Self.renamed("did_2x2", header: "firm id,年 份,treated group,post-2020,treat_post,subsidy_wan,revenue_wan,营业 收入")
        defer { try? FileManager.default.removeItem(atPath: data.path) }
        for design in DifferenceInDifferencesDesign.allCases {
            let plain = try DifferenceInDifferences.estimate(data.plain, DifferenceInDifferencesSpecification(
                outcome: "y", unit: "firm_id", time: "year", treated: "treated", post: "post", design: design))
            let renamed = try DifferenceInDifferences.estimate(data.renamed, DifferenceInDifferencesSpecification(
                outcome: "营业 收入", unit: "firm id", time: "年 份", treated: "treated group", post: "post-2020",
                design: design))
            #expect(renamed.att.term == "treated group:post-2020")
            #expect(renamed.att.estimate == plain.att.estimate && renamed.att.standardError == plain.att.standardError)
        }
        let run = try CLIRunner.run(["did", "--data", data.path, "--id", "firm id", "--time", "年 份",
                                     "--treated", "treated group", "--post", "post-2020", "--outcome", "营业 收入",
                                     "--fe", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any])
        #expect(abs(((json["att"] as? NSNumber)?.doubleValue ?? 0) - 0.0878867847280157) < 1e-9)
    }

    @Test("event-study and the cost-effect dose response with such names equal the plain-name estimates")
    func eventStudyAndDoseResponse() throws {
        let events = try Self.renamed("event_study_staggered", header: "firm id,年 份,first-treated,rel_year,营业 收入")
        defer { try? FileManager.default.removeItem(atPath: events.path) }
        let plain = try EventStudy.estimate(events.plain, EventStudySpecification(outcome: "y", unit: "firm_id",
                                                                                  time: "year", cohort: "cohort"))
        let renamed = try EventStudy.estimate(events.renamed, EventStudySpecification(
            outcome: "营业 收入", unit: "firm id", time: "年 份", cohort: "first-treated"))
        #expect(renamed.eventTimes == plain.eventTimes)
        let run = try CLIRunner.run(["event-study", "--data", events.path, "--id", "firm id", "--time", "年 份",
                                     "--cohort", "first-treated", "--outcome", "营业 收入", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")

        let doses = try Self.renamed("dose_response_subsidy",
                                     header: "firm_id,行业 sector,subsidy-万元,growth-万元 total,rd_growth_wan,employees,firm age,log_assets")
        defer { try? FileManager.default.removeItem(atPath: doses.path) }
        let slope = try CostEffectiveness.doseResponse(doses.plain, increment: "revenue_growth_wan", subsidy: "subsidy_wan",
                                                       controls: ["firm_age"], sector: "sector")
        let renamedSlope = try CostEffectiveness.doseResponse(doses.renamed, increment: "growth-万元 total", subsidy: "subsidy-万元",
                                                              controls: ["firm age"], sector: "行业 sector")
        // Equal figures; only the names in the label differ.
        #expect(renamedSlope.value == slope.value && renamedSlope.standardError == slope.standardError
                && renamedSlope.confidenceLow == slope.confidenceLow && renamedSlope.confidenceHigh == slope.confidenceHigh
                && renamedSlope.pValue == slope.pValue && renamedSlope.observations == slope.observations)
        #expect(renamedSlope.controls == ["firm age"] && renamedSlope.sectorEffects == "行业 sector")
    }
}
