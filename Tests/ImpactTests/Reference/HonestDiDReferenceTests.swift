import Foundation
import Testing
@testable import Impact

/// Agreement with the Python port of HonestDiD (`honestdid` 0.1.1) on the same event-study
/// coefficients and covariance. Fixtures and the exact calls:
/// `Tests/ImpactTests/Fixtures/reference/honest_did/README.md`.
@Suite("HonestDiD reference agreement")
struct HonestDiDReferenceTests {
    /// A fixture's input and the peer's numbers.
    private func fixture(_ name: String) throws -> ReferenceJSON {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
            .appendingPathComponent("reference/honest_did/\(name).json")
        return ReferenceJSON(try JSONSerialization.jsonObject(with: Data(contentsOf: url)))
    }

    private func coefficients(_ json: ReferenceJSON) throws -> EventStudyCoefficients {
        let pre = try #require(json["pre_periods"].int), post = try #require(json["post_periods"].int)
        let times = Array((-1 - pre)..<(-1)) + Array(0..<post)
        return try EventStudyCoefficients(eventTimes: times, estimates: json["betahat"].doubles,
                                          covariance: Matrix(rowMajor: json["sigma"].matrixRows))
    }

    @Test("BCdata: relative magnitudes (C-LF), FLCI and the original interval, average of post-periods")
    func benzartiCarloni() throws {
        let json = try fixture("bcdata")
        let input = try coefficients(json)
        let expected = json["expected"]
        let mbar = expected["relative_magnitudes"].array.compactMap { $0["mbar"].double }
        let m = expected["smoothness"].array.compactMap { $0["m"].double }
        // HonestDiD's grid: 1,000 points on ±20·se(θ̂) around zero.
        let se = 0.01765504027545123
        let result = try ParallelTrendsSensitivity.analyze(
            input, ParallelTrendsSensitivitySpecification(relativeMagnitudes: mbar, smoothness: m,
                                                          thetaRange: (-20 * se)...(20 * se)))
        #expect(abs(result.standardError - se) < 1e-6)
        #expect(abs(result.originalLow - (expected["original"]["ci_low"].double ?? 0)) < 1e-6)
        #expect(abs(result.originalHigh - (expected["original"]["ci_high"].double ?? 0)) < 1e-6)
        // Relative magnitudes: the least-favourable critical value is simulated (1,000
        // draws; a different generator from the peer's), which moves the ends by a few
        // grid steps; tolerance 3 steps of 40·se/999.
        let step = 40 * se / 999
        for (interval, reference) in zip(result.relativeMagnitudes, expected["relative_magnitudes"].array) {
            let low = try #require(interval.low), high = try #require(interval.high)
            #expect(abs(low - (reference["ci_low"].double ?? .nan)) <= 3 * step, "M̄ = \(interval.bound): low \(low)")
            #expect(abs(high - (reference["ci_high"].double ?? .nan)) <= 3 * step, "M̄ = \(interval.bound): high \(high)")
        }
        #expect(result.breakdownMbar == 0.5)
        // FLCI: the peer simulates the folded-normal quantile (10⁶ draws, ≈1e-3 relative) and
        // optimises with ECOS; half-lengths agree to 2e-3 relative and centres to 1% of the
        // half-length (the optimum over the weights is flat).
        for (interval, reference) in zip(result.smoothness, expected["smoothness"].array) {
            let low = try #require(interval.low), high = try #require(interval.high)
            let peerLow = try #require(reference["ci_low"].double), peerHigh = try #require(reference["ci_high"].double)
            let half = (high - low) / 2, peerHalf = (peerHigh - peerLow) / 2
            #expect(abs(half - peerHalf) <= 2e-3 * peerHalf, "M = \(interval.bound): half-length \(half) vs \(peerHalf)")
            #expect(abs((high + low) / 2 - (peerHigh + peerLow) / 2) <= 0.01 * peerHalf, "M = \(interval.bound): centre")
        }
    }

    @Test("Impact's staggered event study (TWFE, pyfixest coefficients): C-LF at M̄ = 0.5, 1 and FLCI")
    func staggeredEventStudy() throws {
        let json = try fixture("es_staggered")
        let input = try coefficients(json)
        let expected = json["expected"]
        let se = 0.04460352086160763
        #expect(abs(input.target([Double](repeating: 1.0 / 7, count: 7)).standardError - se) < 1e-9)
        // Two of the peer's four M̄ (0.5 and 1) to keep the test short; grid of 200 points on ±20·se.
        let picked = expected["relative_magnitudes"].array.filter { [0.5, 1.0].contains($0["mbar"].double ?? -1) }
        let m = expected["smoothness"].array.compactMap { $0["m"].double }
        let result = try ParallelTrendsSensitivity.analyze(
            input, ParallelTrendsSensitivitySpecification(relativeMagnitudes: picked.compactMap { $0["mbar"].double },
                                                          smoothness: m, gridPoints: 200, thetaRange: (-20 * se)...(20 * se)))
        let step = 40 * se / 199
        for (interval, reference) in zip(result.relativeMagnitudes, picked) {
            let low = try #require(interval.low), high = try #require(interval.high)
            #expect(abs(low - (reference["ci_low"].double ?? .nan)) <= 3 * step, "M̄ = \(interval.bound): low \(low)")
            #expect(abs(high - (reference["ci_high"].double ?? .nan)) <= 3 * step, "M̄ = \(interval.bound): high \(high)")
        }
        #expect(abs(result.originalLow - (expected["original"]["ci_low"].double ?? 0)) < 1e-9)
        for (interval, reference) in zip(result.smoothness, expected["smoothness"].array) {
            let low = try #require(interval.low), high = try #require(interval.high)
            let peerLow = try #require(reference["ci_low"].double), peerHigh = try #require(reference["ci_high"].double)
            let half = (high - low) / 2, peerHalf = (peerHigh - peerLow) / 2
            #expect(abs(half - peerHalf) <= 2e-3 * peerHalf, "M = \(interval.bound): half-length \(half) vs \(peerHalf)")
            #expect(abs((high + low) / 2 - (peerHigh + peerLow) / 2) <= 0.01 * peerHalf, "M = \(interval.bound): centre")
        }
    }
}
