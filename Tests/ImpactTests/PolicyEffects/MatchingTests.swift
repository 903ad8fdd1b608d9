import Foundation
import Testing
@testable import Impact

@Suite("Nearest-neighbour matching worked by hand")
struct MatchingTests {
    @Test("six units, k = 1, no trimming: matches, ATT and Abadie–Imbens SE")
    func sixUnitExample() throws {
        let effect = try PropensityMatching(trimsToCommonSupport: false).estimate(try sixUnits())
        // T1 (0.30) → C2 (0.35): 10 − 9 = 1;  T2 (0.50) → C3 (0.60): 14 − 11 = 3;
        // T3 (0.72) → C3: 20 − 11 = 9.  ATT = 13/3.
        #expect(abs(effect.att - 13.0 / 3) < 1e-12)
        #expect(effect.weights == [1, 1, 1, 0, 1, 2])
        #expect(effect.treatedCount == 3 && effect.controlCount == 2 && effect.unmatchedTreated == 0)
        // Σ (τᵢ − ATT)² = (100 + 16 + 196)/9 = 312/9. C3 used twice: K² − Q = 4 − 2 = 2;
        // σ̂²(C3) from its 2 nearest other controls C2, C1: 2/3·(11 − 7.5)² = 49/6.
        // V·N₁² = 312/9 + 2·49/6 = 51, so SE = sqrt(51)/3.
        #expect(abs(effect.standardError - 51.0.squareRoot() / 3) < 1e-12)
        // Balance after matching: control mean of x = (1·4 + 2·6)/3.
        #expect(abs(effect.balance.rows[0].adjustedControlMean - 16.0 / 3) < 1e-12)
        #expect(effect.method == .nearestNeighborMatching)
    }

    @Test("common support trimming then matching")
    func trimmed() throws {
        #expect(PropensityMatching().trimsToCommonSupport && PropensityMatching().neighbors == 1)
        #expect(PropensityMatching().caliper == nil)
        // T3 and C1 are off the support [0.30, 0.60]: ATT = mean(1, 3).
        let effect = try PropensityMatching().estimate(try sixUnits())
        #expect(abs(effect.att - 2) < 1e-12)
        #expect(effect.support.trimmedTreated == 1 && effect.support.trimmedControls == 1)
    }

    @Test("a caliper leaves distant treated units unmatched")
    func caliper() throws {
        // T3 is 0.12 from its nearest control, beyond 0.11.
        let effect = try PropensityMatching(caliper: 0.11, trimsToCommonSupport: false).estimate(try sixUnits())
        #expect(effect.unmatchedTreated == 1)
        #expect(abs(effect.att - 2) < 1e-12)
        #expect(throws: PropensityError.noMatchesWithinCaliper(caliper: 0.01)) {
            try PropensityMatching(caliper: 0.01, trimsToCommonSupport: false).estimate(try sixUnits())
        }
        #expect(throws: PropensityError.invalidCaliper(0)) {
            try PropensityMatching(caliper: 0).estimate(try sixUnits())
        }
        #expect(throws: PropensityError.invalidNeighborCount(0)) {
            try PropensityMatching(neighbors: 0).estimate(try sixUnits())
        }
    }

    @Test("ties at the k-th distance are all kept and share the weight")
    func ties() throws {
        // Treated at 0.5; controls at 0.25 (y 2) and 0.75 (y 6) are exactly 0.25 away.
        let sample = try PropensitySample(treated: [true, false, false], outcome: [10, 2, 6],
                                          covariates: Matrix(columns: [[0, 0, 0]]), covariateNames: ["x"],
                                          propensity: [0.5, 0.25, 0.75])
        let effect = try PropensityMatching(trimsToCommonSupport: false).estimate(sample)
        #expect(effect.weights == [1, 0.5, 0.5])
        #expect(abs(effect.att - 6) < 1e-12)  // 10 − (2 + 6)/2
    }

    @Test("k = 2 uses the two nearest controls")
    func twoNeighbors() throws {
        // T1 (0.30): C2 (0.05), C1 (0.10) → 10 − 7.5;  T2 (0.50): C3, C2 → 14 − 10;
        // T3 (0.72): C3, C2 → 20 − 10.  ATT = (2.5 + 4 + 10)/3 = 5.5.
        let effect = try PropensityMatching(neighbors: 2, trimsToCommonSupport: false).estimate(try sixUnits())
        #expect(abs(effect.att - 5.5) < 1e-12)
        #expect(effect.weights == [1, 1, 1, 0.5, 1.5, 1])
    }
}

@Suite("Propensity estimators recover a known effect (Monte Carlo)")
struct PropensityMonteCarloTests {
    /// y = 1 + x1 − 0.5·x2 + 2·D + ε with P(D = 1) = Λ(−0.3 + 0.8·x1 − 0.5·x2): the
    /// naive comparison is confounded, the true ATT is 2.
    static func draw(_ generator: inout SplitMix64, units: Int) throws -> PropensitySample {
        func normal() -> Double {
            let u = 1 - generator.nextUnit(), v = generator.nextUnit()
            return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
        var d: [Double?] = [], y: [Double?] = [], x1: [Double?] = [], x2: [Double?] = []
        for _ in 0..<units {
            let a = normal(), b = normal()
            let treated = generator.nextUnit() < 1 / (1 + exp(-(-0.3 + 0.8 * a - 0.5 * b))) ? 1.0 : 0.0
            d.append(treated); x1.append(a); x2.append(b)
            y.append(1 + a - 0.5 * b + 2 * treated + normal())
        }
        let table = try Table(columns: [("d", .numeric(NumericColumn(d))), ("y", .numeric(NumericColumn(y))),
                                        ("x1", .numeric(NumericColumn(x1))), ("x2", .numeric(NumericColumn(x2)))])
        return try PropensitySample(table: table, treatment: "d", outcome: "y", covariates: ["x1", "x2"])
    }

    @Test("IPW and matching: unbiased, 95% intervals cover at about the nominal rate, balance improves")
    func recoversEffect() throws {
        var generator = SplitMix64(seed: 2024)
        let replications = 40
        var ipw: [Double] = [], matching: [Double] = [], naive: [Double] = []
        var ipwCovered = 0, matchingCovered = 0
        for _ in 0..<replications {
            let sample = try Self.draw(&generator, units: 400)
            let weighted = try PropensityWeighting().estimate(sample)
            let matched = try PropensityMatching().estimate(sample)
            ipw.append(weighted.att); matching.append(matched.att); naive.append(weighted.naiveDifference)
            let a = weighted.confidenceInterval(), b = matched.confidenceInterval()
            if a.low <= 2 && 2 <= a.high { ipwCovered += 1 }
            if b.low <= 2 && 2 <= b.high { matchingCovered += 1 }
            #expect(weighted.balance.largestAdjustedDifference < weighted.balance.rows.map { abs($0.standardizedDifference) }.max()!)
        }
        func mean(_ v: [Double]) -> Double { v.reduce(0, +) / Double(v.count) }
        func spread(_ v: [Double]) -> Double {
            let m = mean(v)
            return (v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(v.count - 1)).squareRoot()
        }
        // Means within 4 Monte-Carlo standard errors of the truth.
        #expect(abs(mean(ipw) - 2) < 4 * spread(ipw) / Double(replications).squareRoot())
        #expect(abs(mean(matching) - 2) < 4 * spread(matching) / Double(replications).squareRoot())
        // The naive difference is biased upward by both confounders (by about 0.9 here).
        #expect(mean(naive) - 2 > 0.5)
        // Coverage: 95% nominal; with 40 draws P(covered ≤ 33) ≈ 4%; ≥ 33 is required,
        // and conservative intervals are allowed (up to all 40).
        #expect(ipwCovered >= 33, "IPW covered \(ipwCovered) of \(replications)")
        #expect(matchingCovered >= 33, "matching covered \(matchingCovered) of \(replications)")
    }
}
