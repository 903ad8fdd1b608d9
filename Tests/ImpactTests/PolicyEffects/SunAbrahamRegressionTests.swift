import Foundation
import Testing
@testable import Impact

/// `SunAbrahamRegression` (stacked cohort-block QR factors, structured scores) against the
/// direct fit: the dense n × cells frame of cohort × event-time indicators through
/// `LinearRegression.fit`, demeaned to 1e-14.
@Suite("Sun–Abraham regression without the n × cells design")
struct SunAbrahamRegressionTests {
    /// One observation of a generated panel.
    struct Row {
        let firm: String
        let year: Int
        let cohort: Int   // 0 = never treated
        let sector: String
        let y: Double
    }

    /// `firms` firms over 2014–2021; cohorts cycle through `cohorts` (0 = never treated),
    /// except firm 0's when `firstCohort` is given; y = firm + year + (1 + 0.3·e)·1{treated}
    /// + N(0, 1); rows for which `drop(firm, year, cohort)` holds are left out.
    static func panel(firms: Int, cohorts: [Int], seed: UInt64, firstCohort: Int? = nil,
                      drop: (Int, Int, Int) -> Bool = { _, _, _ in false }) -> [Row] {
        var generator = SplitMix64(seed: seed)
        let sectors = ["软件业", "制造业", "批发零售", "能源"]
        var yearEffects = [Int: Double]()
        for year in 2014...2021 { yearEffects[year] = PolicyTestData.normal(&generator) }
        var rows = [Row]()
        for firm in 0..<firms {
            let cohort = firm == 0 ? firstCohort ?? cohorts[0] : cohorts[firm % cohorts.count]
            let firmEffect = PolicyTestData.normal(&generator)
            for year in 2014...2021 {
                let noise = PolicyTestData.normal(&generator)
                if drop(firm, year, cohort) { continue }
                let effect = cohort > 0 && year >= cohort ? 1 + 0.3 * Double(year - cohort) : 0
                rows.append(Row(firm: "企业\(firm)", year: year, cohort: cohort, sector: sectors[firm % 4],
                                y: firmEffect + yearEffects[year]! + effect + noise))
            }
        }
        return rows
    }

    static func table(_ rows: [Row]) throws -> Table {
        try Table(columns: [
            ("firm_id", .categorical(CategoricalColumn(rows.map { Optional($0.firm) }))),
            ("year", .numeric(NumericColumn(values: rows.map { Double($0.year) }))),
            ("cohort", .numeric(NumericColumn(values: rows.map { Double($0.cohort) }))),
            ("sector", .categorical(CategoricalColumn(rows.map { Optional($0.sector) }))),
            ("y", .numeric(NumericColumn(values: rows.map(\.y)))),
        ])
    }

    /// The direct fit: one dense 0/1 column per (event time, cohort) cell, sorted by event
    /// time then cohort, never-treated rows all 0, reference −1 left out.
    static func directFit(_ rows: [Row]) throws -> RegressionFit {
        var cells = Set<[Int]>()
        for row in rows where row.cohort > 0 && row.year - row.cohort != -1 { cells.insert([row.year - row.cohort, row.cohort]) }
        let ordered = cells.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }
        let index = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        let n = rows.count
        var storage = [Double](repeating: 0, count: n * ordered.count)
        for (i, row) in rows.enumerated() where row.cohort > 0 {
            if let j = index[[row.year - row.cohort, row.cohort]] { storage[i + j * n] = 1 }
        }
        func factor(_ name: String, _ labels: [String]) -> FactorCodes {
            var codes = [String: Int32]()
            let values = labels.map { label in
                if let code = codes[label] { return code }
                codes[label] = Int32(codes.count)
                return Int32(codes.count - 1)
            }
            return FactorCodes(name: name, codes: values, levelCount: codes.count)
        }
        let frame = ModelFrame(responseName: "y", response: rows.map(\.y),
                               regressors: Matrix(rows: n, columns: ordered.count, storage: storage),
                               regressorNames: ordered.map { "cohort::\($0[1]):event_time::\($0[0])" }, hasIntercept: false,
                               fixedEffects: [factor("firm_id", rows.map(\.firm)), factor("year", rows.map { String($0.year) })],
                               clusters: [factor("sector", rows.map(\.sector))], sourceRows: Array(0..<n))
        return try LinearRegression.fit(frame, options: RegressionOptions(demeaning: DemeaningOptions(tolerance: 1e-14)))
    }

    /// Every number of the two results agrees to `tolerance` (relative to each quantity's scale).
    static func expectSame(_ a: RegressionResult, _ b: RegressionResult, tolerance: Double, _ label: String) {
        #expect(a.coefficients.map(\.term) == b.coefficients.map(\.term), "\(label): terms")
        #expect(a.droppedTerms == b.droppedTerms, "\(label): dropped")
        #expect(a.observationCount == b.observationCount, "\(label): nobs")
        #expect(a.fit.singletonsRemoved == b.fit.singletonsRemoved, "\(label): singletons")
        #expect(a.clusterCounts == b.clusterCounts && a.residualDegreesOfFreedom == b.residualDegreesOfFreedom, "\(label): counts")
        #expect(a.correction == b.correction, "\(label): correction")
        expectClose(a.coefficients.map(\.estimate), b.coefficients.map(\.estimate), relative: tolerance, "\(label): estimates")
        expectClose(a.coefficients.map(\.standardError), b.coefficients.map(\.standardError), relative: tolerance, "\(label): se")
        let scale = a.covariance.diagonal.max() ?? 1
        let gap = zip(a.covariance.storage, b.covariance.storage).map { abs($0 - $1) }.max() ?? 0
        #expect(gap <= tolerance * scale, "\(label): covariance differs by \(gap) (scale \(scale))")
        let residualGap = zip(a.fit.residuals, b.fit.residuals).map { abs($0 - $1) }.max() ?? 0
        #expect(residualGap < tolerance * 10, "\(label): residuals differ by \(residualGap)")
        expectClose([a.r2, a.adjustedR2, a.withinR2 ?? .nan], [b.r2, b.adjustedR2, b.withinR2 ?? .nan],
                    relative: tolerance, "\(label): R²")
    }

    /// The Sun–Abraham regression and the direct one under every variance the event study takes.
    static func compare(_ rows: [Row], tolerance: Double) throws {
        let specification = EventStudySpecification(outcome: "y", unit: "firm_id", time: "year", cohort: "cohort")
        let data = try table(rows)
        let structured = try SunAbraham.estimate(data, specification).regression
        let direct = try directFit(rows)
        expectSame(structured, try direct.result(variance: specification.variance), tolerance: tolerance, "CR1 by firm")
        // Asked for in the specification (clusters beyond the fixed effects enter the fit) …
        let variances: [VarianceEstimator] = [.iid, .hc0, .hc1, .cluster(["sector"]), .cluster(["firm_id", "year"]),
                                              .cluster(["sector", "year"])]
        for vcov in variances {
            var asked = specification
            asked.vcov = vcov
            expectSame(try SunAbraham.estimate(data, asked).regression, try direct.result(vcov: vcov),
                       tolerance: tolerance, vcov.label)
        }
        // … or re-estimated from the default result.
        for vcov: VarianceEstimator in [.iid, .hc1, .cluster(["firm_id", "year"])] {
            expectSame(try structured.reestimated(vcov: vcov), try direct.result(vcov: vcov),
                       tolerance: tolerance, "re-estimated \(vcov.label)")
        }
    }

    @Test("balanced panel, three cohorts and never-treated firms: the direct fit to 1e-10 under every variance")
    func balanced() throws {
        let rows = Self.panel(firms: 36, cohorts: [2016, 2018, 2019, 0, 0], seed: 14)
        try Self.compare(rows, tolerance: 1e-10)
        // The fixed effects are absorbed exactly, without iterations, and the note says so.
        let specification = EventStudySpecification(outcome: "y", unit: "firm_id", time: "year", cohort: "cohort")
        for regression in [try SunAbraham.estimate(try Self.table(rows), specification).regression,
                           try EventStudy.estimate(try Self.table(rows), specification).regression] {
            #expect(regression.notes.contains(.fixedEffectsAbsorbed(names: ["firm_id", "year"], absorption: .exactWithinAndSolved)))
        }
    }

    @Test("unbalanced panel: a cohort without its reference year, a singleton firm, an emptied cell; same drops and numbers to 1e-10")
    func unbalanced() throws {
        // Cohort 2019 never shows 2018 (its reference year), so its cells add up to the firm
        // effects and the last one in order is collinear; firm 0 (cohort 2021) has one row,
        // a singleton, so the cell (2021, e = 0) is empty after it is removed; rows drop at random.
        var generator = SplitMix64(seed: 7)
        var gaps = Set<[Int]>()
        for firm in 0..<42 { for year in 2014...2021 where generator.nextUnit() < 0.12 { gaps.insert([firm, year]) } }
        let rows = Self.panel(firms: 42, cohorts: [2016, 2019, 0, 2017, 0, 2020], seed: 21, firstCohort: 2021) { firm, year, cohort in
            if firm == 0 { return year != 2021 }
            if cohort == 2019 && year == 2018 { return true }
            return gaps.contains([firm, year])
        }
        let specification = EventStudySpecification(outcome: "y", unit: "firm_id", time: "year", cohort: "cohort")
        let result = try SunAbraham.estimate(try Self.table(rows), specification)
        #expect(result.regression.fit.singletonsRemoved == 1)
        #expect(result.regression.droppedTerms.contains("cohort::2021:event_time::0"))
        #expect(result.regression.droppedTerms.contains { $0.hasPrefix("cohort::2019:") })
        #expect(result.regression.notes.contains { note in
            if case .singletonsRemoved(count: 1) = note { true } else { false }
        })
        try Self.compare(rows, tolerance: 1e-10)
    }

    @Test("hc2 and hc3 are refused with fixed effects, as for the direct fit")
    func leverageVariances() throws {
        let rows = Self.panel(firms: 20, cohorts: [2017, 0], seed: 3)
        let specification = EventStudySpecification(outcome: "y", unit: "firm_id", time: "year", cohort: "cohort")
        let result = try SunAbraham.estimate(try Self.table(rows), specification)
        #expect(throws: EstimationError.self) { try result.regression.reestimated(vcov: .hc3) }
    }
}
