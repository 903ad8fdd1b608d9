import Foundation
import Testing
@testable import Impact

/// Loads the reference fixtures copied from /work/shared/fixtures (peer: csdid 0.4.3 and
/// statsmodels 0.15.0; the exact calls are in each `expected.json` under `call`).
enum PolicyFixture {
    static func url(_ name: String, _ file: String) throws -> URL {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures/reference/\(name)/\(file)")
    }

    /// The expected.json of a case as nested dictionaries.
    static func expected(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: url(name, "expected.json"))
        return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The data.csv of a case, read by ``CSVReader``.
    static func table(_ name: String) throws -> Table {
        try CSVReader.read(path: url(name, "data.csv").path)
    }
}

/// |actual − expected| within relative `relative`, or absolute `absolute` when |expected|
/// is below 1e-4 (the fixtures' recommended rule).
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-6, absolute: Double = 1e-10) -> Bool {
    if abs(expected) < 1e-4 { return abs(actual - expected) <= absolute }
    return abs(actual - expected) <= relative * abs(expected)
}

@Suite("Callaway–Sant'Anna against csdid (event_study_staggered)")
struct StaggeredFixtureTests {
    /// The fit is shared by the tests of this suite (loaded once).
    static let fitted: Result<StaggeredResult, any Error> = Result {
        let table = try PolicyFixture.table("event_study_staggered")
        let panel = try StaggeredPanel(table: table, id: "firm_id", time: "year", cohort: "cohort", outcome: "y")
        return try CallawaySantAnna().fit(panel)
    }

    let result: StaggeredResult
    let expected: [String: Any]

    init() throws {
        result = try Self.fitted.get()
        let models = try #require(try PolicyFixture.expected("event_study_staggered")["models"] as? [String: Any])
        expected = try #require(models["csdid_callaway_santanna"] as? [String: Any])
    }

    @Test("ATT(g,t) and analytic standard errors agree to 1e-6")
    func groupTimeEffects() throws {
        let cells = try #require(expected["att_gt"] as? [[String: Any]])
        #expect(cells.count == result.effects.count)
        for cell in cells {
            let g = try #require(cell["g"] as? Int), t = try #require(cell["t"] as? Int)
            let effect = try #require(result.effects.first { $0.group == g && $0.period == t })
            let att = try #require(cell["att"] as? Double), se = try #require(cell["se"] as? Double)
            #expect(isClose(effect.att, att), "ATT(\(g),\(t)) = \(effect.att), csdid \(att)")
            #expect(isClose(effect.standardError, se), "SE(\(g),\(t)) = \(effect.standardError), csdid \(se)")
        }
    }

    @Test("simple aggregation with its standard error")
    func simple() throws {
        let simple = try #require(expected["simple"] as? [String: Any])
        let aggregate = result.aggregate(.simple)
        #expect(isClose(aggregate.att, try #require(simple["att"] as? Double)))
        #expect(isClose(aggregate.standardError, try #require(simple["se"] as? Double)))
    }

    @Test("dynamic aggregation by event time, and its overall")
    func dynamic() throws {
        let dynamic = try #require(expected["dynamic"] as? [String: Any])
        let aggregate = result.aggregate(.dynamic)
        let eventTimes = try #require(dynamic["event_time"] as? [Int])
        let atts = try #require(dynamic["att"] as? [Double]), ses = try #require(dynamic["se"] as? [Double])
        #expect(aggregate.components.map(\.key) == eventTimes)
        for (k, component) in aggregate.components.enumerated() {
            #expect(isClose(component.att, atts[k]), "e = \(component.key)")
            #expect(isClose(component.standardError, ses[k]), "e = \(component.key)")
        }
        #expect(isClose(aggregate.att, try #require(dynamic["overall_att"] as? Double)))
        #expect(isClose(aggregate.standardError, try #require(dynamic["overall_se"] as? Double)))
    }

    @Test("group aggregation by cohort, and its overall")
    func group() throws {
        let group = try #require(expected["group"] as? [String: Any])
        let aggregate = result.aggregate(.group)
        let atts = try #require(group["att"] as? [Double]), ses = try #require(group["se"] as? [Double])
        #expect(aggregate.components.map(\.key) == (try #require(group["group"] as? [Int])))
        for (k, component) in aggregate.components.enumerated() {
            #expect(isClose(component.att, atts[k]))
            #expect(isClose(component.standardError, ses[k]))
        }
        #expect(isClose(aggregate.att, try #require(group["overall_att"] as? Double)))
        #expect(isClose(aggregate.standardError, try #require(group["overall_se"] as? Double)))
    }

    @Test("calendar components are cohort-size-weighted means of the csdid cells")
    func calendar() throws {
        // Expected values: csdid's ATT(g,t) combined by the calendar formula with cohort
        // sizes counted from the data; where a single cohort is treated (2018, 2019) the
        // component is that cell, so its standard error is csdid's cell SE.
        let cells = try #require(expected["att_gt"] as? [[String: Any]])
        let aggregate = result.aggregate(.calendar)
        #expect(aggregate.components.map(\.key) == Array(2018...2024))
        for component in aggregate.components {
            let t = component.key
            let post = cells.filter { ($0["t"] as? Int) == t && ($0["g"] as! Int) <= t }
            let sizes = post.map { Double(result.cohortSize($0["g"] as! Int)) }
            let att = zip(post, sizes).reduce(0) { $0 + ($1.0["att"] as! Double) * $1.1 } / sizes.reduce(0, +)
            #expect(isClose(component.att, att), "t = \(t)")
            if post.count == 1 {
                #expect(isClose(component.standardError, post[0]["se"] as! Double))
            }
        }
        let mean = aggregate.components.map(\.att).reduce(0, +) / Double(aggregate.components.count)
        #expect(isClose(aggregate.att, mean))
    }

    @Test("the multiplier bootstrap is deterministic for a seed and close to the analytic errors")
    func bootstrap() throws {
        let configuration = StaggeredMultiplierBootstrap(replications: 500, seed: 7)
        let probe = Matrix(columns: [result.influence.column(2)])
        #expect(try configuration.statistics(of: probe, clusters: nil) == configuration.statistics(of: probe, clusters: nil))
        #expect(try configuration.statistics(of: probe, clusters: nil)
                != StaggeredMultiplierBootstrap(replications: 500, seed: 8).statistics(of: probe, clusters: nil))
        let boot = try result.withMultiplierBootstrap(configuration)
        // With 500 replications the IQR-based scale has a relative sampling error of about
        // 1.17/sqrt(500) ≈ 5%: each ratio within 25%, their mean over 27 cells within 5%.
        var ratios: [Double] = []
        for (cell, analytic) in zip(boot.effects, result.effects) {
            ratios.append(cell.standardError / analytic.standardError)
            #expect(abs(ratios.last! - 1) < 0.25)
            #expect(cell.att == analytic.att)
        }
        #expect(abs(ratios.reduce(0, +) / Double(ratios.count) - 1) < 0.05)
        for kind in StaggeredAggregation.allCases {
            let ratio = boot.aggregate(kind).standardError / result.aggregate(kind).standardError
            #expect(abs(ratio - 1) < 0.25, "\(kind)")
        }
        #expect(boot.bootstrap == configuration && result.bootstrap == nil)
        // Uniform band over 27 cells: wider than pointwise (1.96) and, by the Bonferroni
        // bound, narrower than Φ⁻¹(1 − 0.05/54) ≈ 3.2 plus sampling slack.
        let critical = try #require(boot.uniformCriticalValue())
        #expect(critical > 2.2 && critical < 3.5)
        #expect(result.uniformCriticalValue() == nil)
        let dynamicBand = try #require(boot.aggregate(.dynamic).uniformCriticalValue)
        #expect(dynamicBand > 2.0 && dynamicBand < 3.5)
        #expect(boot.aggregate(.simple).uniformCriticalValue == nil)
        // Over a single column the band is the pointwise one: |Z|'s 95% point, 1.96
        // (sampling sd with 500 draws ≈ 0.08).
        let single = try #require(StaggeredBootstrapStatistics(
            statistics: try configuration.statistics(of: probe, clusters: nil), clusterCount: result.unitCount,
            cells: 0..<1, aggregations: [:]).uniformCriticalValue(0..<1, level: 0.95))
        #expect(abs(single - 1.959963984540054) < 0.3)
    }

    @Test("Rademacher multipliers give similar standard errors")
    func rademacherBootstrap() throws {
        let boot = try result.withMultiplierBootstrap(.init(replications: 500, seed: 11, weights: .rademacher))
        let ratio = boot.aggregate(.simple).standardError / result.aggregate(.simple).standardError
        #expect(abs(ratio - 1) < 0.25)
    }
}
