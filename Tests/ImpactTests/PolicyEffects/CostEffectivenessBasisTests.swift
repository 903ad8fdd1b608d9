import Foundation
import Testing
@testable import Impact

/// Issue 9: every figure per 万元 on one basis (per 万元 awarded, over one horizon), the
/// subsidy column's meaning declared, the slope labelled with what it used, and the
/// Callaway–Sant'Anna figure for staggered adoption.
@Suite("Cost per 万元: one basis")
struct CostEffectivenessBasisTests {
    /// Four firms, 2020–2023, policy from 2021 (3 post years). a, b treated; c, d not.
    /// y = 100 (a), 200 (b), 150 (c), 250 (d) + 5 × (year − 2020) + 12 if treated and post,
    /// except a has +1 and b −1 in 2021 (the treated post mean is unchanged): ATT = 12.
    /// a is awarded 300 万元 and b 600 万元, entered three ways.
    static func panel(_ basis: SubsidyBasis) throws -> Table {
        let firms: [(String, Double, Bool, Double)] = [("a", 100, true, 300), ("b", 200, true, 600),
                                                       ("c", 150, false, 0), ("d", 250, false, 0)]
        var names: [String] = [], years: [Double] = [], treated: [Double] = [], y: [Double] = [], subsidy: [Double] = []
        for (firm, base, isTreated, award) in firms {
            for year in 2020...2023 {
                let post = year >= 2021
                names.append(firm); years.append(Double(year)); treated.append(isTreated ? 1 : 0)
                let wobble: Double = year == 2021 ? (firm == "a" ? 1 : firm == "b" ? -1 : 0) : 0
                y.append(base + 5 * Double(year - 2020) + (isTreated && post ? 12 : 0) + wobble)
                switch basis {
                // paid 50 %, 33.3 %, 16.7 % of the award in 2021, 2022, 2023
                case .paid: subsidy.append(post ? award * Double(2024 - year) / 6 : 0)
                case .once: subsidy.append(year == 2021 ? award : 0)
                case .repeated: subsidy.append(award)
                }
            }
        }
        return try Table(columns: [
            ("firm_id", .categorical(CategoricalColumn(names))), ("year", .numeric(NumericColumn(values: years))),
            ("treated", .numeric(NumericColumn(values: treated))), ("y", .numeric(NumericColumn(values: y))),
            ("subsidy_wan", .numeric(NumericColumn(values: subsidy))),
        ])
    }

    static let did = DifferenceInDifferencesSpecification(outcome: "y", unit: "firm_id", time: "year",
                                                          treated: "treated", postPeriod: .from(period: 2021))

    @Test("the same programme entered paid, once or repeated gives the same figure")
    func threeWays() throws {
        // ATT 12 × 6 treated firm-years / (300 + 600) awarded = 0.08 万元 per 万元 over 3 years.
        for basis in SubsidyBasis.allCases {
            let specification = CostEffectivenessSpecification(differenceInDifferences: Self.did, subsidyBasis: basis)
            let comparison = try CostEffectiveness.compare(supported: nil, panel: Self.panel(basis), specification)
            let figure = try #require(comparison.estimate(.differenceInDifferences))
            #expect(abs(figure.value - 0.08) < 1e-9, "\(basis)")
            #expect(figure.denominator == 900 && figure.horizonYears == 3 && figure.subsidyBasis == basis)
            #expect(comparison.notes.first == .horizon(years: 3, fromData: true))
            #expect(!comparison.notes.contains { $0.code == "subsidy_looks_repeated" })
        }
    }

    @Test("a repeated award read as paid is understated threefold, and warned about by name")
    func repeatedUnderPaid() throws {
        let specification = CostEffectivenessSpecification(differenceInDifferences: Self.did)
        let comparison = try CostEffectiveness.compare(supported: nil, panel: Self.panel(.repeated), specification)
        // Σ over post rows: 3 × 300 + 3 × 600 = 2 700; 12 × 6 / 2 700 = 0.02667.
        #expect(abs(try #require(comparison.estimate(.differenceInDifferences)).value - 72.0 / 2700) < 1e-9)
        #expect(comparison.notes.contains(.subsidyLooksRepeated(firms: 2)))
        #expect(CostEffectivenessNote.subsidyLooksRepeated(firms: 2).wording.en.contains("--subsidy-basis repeated"))
        // Only the repeated-award note is a warning; the horizon and basis notes state conventions.
        #expect(comparison.notes.filter(\.isWarning) == [.subsidyLooksRepeated(firms: 2)])
        #expect(comparison.notes.contains(.subsidyBasis(.paid)) && comparison.notes.contains { $0.code == "horizon" })
        #expect(CostEffectivenessNote.staggeredTiming(startPeriods: [2020, 2022], alreadyTreatedWeight: nil).isWarning)
    }

    @Test("one horizon for every figure: the one-year ratio and slope × 3, or --horizon")
    func horizon() throws {
        // Supported firms: increments 30, 60, 44, 16 on subsidies 300, 600, 450, 150.
        // naive = 150 / 1 500 = 0.1 a year → 0.3 over 3 years.
        // slope = Sxy / Sxx = 10 950 / 112 500 = 0.097333 a year → 0.292 over 3 years.
        let supported = try Table(columns: [
            ("revenue_growth_wan", .numeric(NumericColumn(values: [30, 60, 44, 16]))),
            ("subsidy_wan", .numeric(NumericColumn(values: [300, 600, 450, 150]))),
        ])
        let specification = CostEffectivenessSpecification(differenceInDifferences: Self.did)
        let comparison = try CostEffectiveness.compare(supported: supported, panel: Self.panel(.paid), specification)
        #expect(abs(try #require(comparison.estimate(.naiveAttribution)).value - 0.3) < 1e-12)
        let slope = try #require(comparison.estimate(.doseResponse))
        #expect(abs(slope.value - 0.292) < 1e-9)
        #expect(comparison.estimates.allSatisfy { $0.horizonYears == 3 })
        #expect(slope.label.en == "Dose-response slope (no controls; no sector effects)")
        // --horizon 2: naive 0.2; DiD 12 × 2 years × 2 firms / 900 = 0.05333.
        var two = specification
        two.horizon = 2
        let shorter = try CostEffectiveness.compare(supported: supported, panel: Self.panel(.paid), two)
        #expect(abs(try #require(shorter.estimate(.naiveAttribution)).value - 0.2) < 1e-12)
        #expect(abs(try #require(shorter.estimate(.differenceInDifferences)).value - 48.0 / 900) < 1e-12)
        #expect(shorter.notes.first == .horizon(years: 2, fromData: false))
        let labelled = CostEffectivenessEstimate(method: .doseResponse, value: 0, observations: 1,
                                                 controls: ["employees", "firm_age"], sectorEffects: "sector")
        #expect(labelled.label.en == "Dose-response slope (controls: employees, firm_age; sector effects: sector)")
    }

    /// Staggered: a, b from 2020, c, d from 2022, e, f never (2018–2023), no noise; each
    /// treated firm awarded 100 万元 once. y = firm + 0.5 × (year − 2018) + 10 × on.
    static func staggeredPanel() throws -> Table {
        let firms: [(String, Int)] = [("a", 2020), ("b", 2020), ("c", 2022), ("d", 2022), ("e", 0), ("f", 0)]
        var names: [String] = [], years: [Double] = [], ever: [Double] = [], on: [Double] = []
        var y: [Double] = [], subsidy: [Double] = []
        for (index, (firm, start)) in firms.enumerated() {
            for year in 2018...2023 {
                let treated = start > 0 && year >= start
                names.append(firm); years.append(Double(year)); ever.append(start > 0 ? 1 : 0)
                on.append(treated ? 1 : 0)
                y.append(Double(index + 1) + 0.5 * Double(year - 2018) + (treated ? 10 : 0))
                subsidy.append(year == start ? 100 : 0)
            }
        }
        return try Table(columns: [
            ("firm_id", .categorical(CategoricalColumn(names))), ("year", .numeric(NumericColumn(values: years))),
            ("ever", .numeric(NumericColumn(values: ever))), ("on", .numeric(NumericColumn(values: on))),
            ("y", .numeric(NumericColumn(values: y))), ("subsidy_wan", .numeric(NumericColumn(values: subsidy))),
        ])
    }

    @Test("staggered adoption: --estimator cs gives the Callaway–Sant'Anna figure; TWFE warns")
    func staggered() throws {
        let did = DifferenceInDifferencesSpecification(outcome: "y", unit: "firm_id", time: "year", treated: "ever",
                                                       postPeriod: .column("on"), design: .twoWayFixedEffects)
        // Every ATT(g,t) is 10; treated firm-years 4 + 4 + 2 + 2 = 12; award 4 × 100 = 400;
        // 10 × 12 / 400 = 0.3 万元 per 万元.
        let cs = CostEffectivenessSpecification(differenceInDifferences: did, subsidyBasis: .once,
                                                estimator: .callawaySantAnna)
        let figure = try #require(try CostEffectiveness.compare(supported: nil, panel: Self.staggeredPanel(), cs)
            .estimate(.callawaySantAnna))
        #expect(abs(figure.value - 0.3) < 1e-9)
        #expect(figure.denominator == 400)
        let twfe = CostEffectivenessSpecification(differenceInDifferences: did, subsidyBasis: .once)
        let warned = try CostEffectiveness.compare(supported: nil, panel: Self.staggeredPanel(), twfe)
        #expect(warned.notes.contains { $0.code == "staggered_timing" })
        #expect(warned.notes.last?.wording.en.contains("--estimator cs") == true)
    }
}
