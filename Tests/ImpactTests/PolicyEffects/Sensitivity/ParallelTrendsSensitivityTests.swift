import Foundation
import Testing
@testable import Impact

/// The pieces of the Rambachan–Roth sensitivity analysis on cases worked by hand, and the
/// properties the robust sets must have (coverage of θ̂ at M̄ = 0, nesting in M̄).
@Suite("Sensitivity to parallel trends (HonestDiD)")
struct ParallelTrendsSensitivityTests {
    @Test("Δ^RM constraint rows for two pre-periods and one post-period")
    func constraintRows() {
        // Columns (δ₋₃, δ₋₂, [δ₋₁ = 0], δ₀); s = 0, (+): the largest pre change is δ₋₁ − δ₋₂.
        // Rows ±(δ_{r+1} − δ_r) − b_r (δ₋₁ − δ₋₂) ≤ 0 with b = 1 before and M̄ = 1 after;
        // the row comparing δ₋₁ − δ₋₂ with itself vanishes. Worked in the doc comment of the test file.
        let rows = RelativeMagnitudes.constraints(pre: 2, post: 1, mbar: 1, s: 0, positive: true)
        #expect(rows == [[-1, 2, 0], [0, 1, 1], [1, 0, 0], [0, 2, 0], [0, 1, -1]])
        #expect(RelativeMagnitudes.postPeriodRows(rows, pre: 2) == [1, 4])
    }

    @Test("nuisance basis puts θ = lᵀτ first")
    func nuisanceBasis() {
        // l = (1/2, 1/2): τ₂ = 2θ − τ₁, so a₁τ₁ + a₂τ₂ = 2a₂·θ + (a₁ − a₂)·τ₁.
        let basis = NuisanceBasis(weights: [0.5, 0.5])
        #expect(basis.transform([3, 1]) == [2, 2])
    }

    @Test("truncated and folded normal quantiles")
    func quantiles() {
        #expect(abs(TruncatedNormal.quantile(0.975, lower: -.infinity, upper: .infinity) - 1.959963984540054) < 1e-9)
        // Median of N(0,1) on [0, ∞) is Φ⁻¹(0.75).
        #expect(abs(TruncatedNormal.quantile(0.5, lower: 0, upper: .infinity) - 0.6744897501960817) < 1e-9)
        // Far in the tail: N(0,1) on [30, 31] has almost all its mass just above 30.
        let tail = TruncatedNormal.quantile(0.5, lower: 30, upper: 31)
        #expect(tail > 30 && tail < 30.05)
        #expect(abs(FixedLengthConfidenceInterval.foldedNormalQuantile(0.95, mean: 0) - 1.959963984540054) < 1e-9)
        // |N(3, 1)| has 95% below c with Φ(c − 3) − Φ(−c − 3) = 0.95: c ≈ 4.644854.
        #expect(abs(FixedLengthConfidenceInterval.foldedNormalQuantile(0.95, mean: 3) - 4.644853626951472) < 1e-6)
    }

    /// β̂ = (β₋₂, β₀) = (0.1, 1.0) with Σ = [[0.04, 0.01], [0.01, 0.09]].
    private func onePrePeriod() throws -> EventStudyCoefficients {
        try EventStudyCoefficients(eventTimes: [-2, 0], estimates: [0.1, 1.0],
                                   covariance: Matrix(rowMajor: [[0.04, 0.01], [0.01, 0.09]]))
    }

    @Test("FLCI with one pre-period: linear extrapolation by hand")
    func flciByHand() throws {
        // Under Δ^SD(0) the trend through δ₋₁ = 0 and δ₋₂ = β₋₂ gives δ₀ = −β₋₂, so
        // θ̂ = β₀ + β₋₂ = 1.1 with variance 0.09 + 0.04 + 2·0.01 = 0.15.
        let coefficients = try onePrePeriod()
        let exact = try FixedLengthConfidenceInterval.compute(coefficients, weights: [1], m: 0, alpha: 0.05)
        let half = 1.959963984540054 * 0.15.squareRoot()
        #expect(abs(exact.low - (1.1 - half)) < 1e-9 && abs(exact.high - (1.1 + half)) < 1e-9)
        // With M = 0.2 the worst-case bias is M·|Σ t·l_t| = 0.2 and the half-length
        // σ·cv(0.2/σ).
        let bounded = try FixedLengthConfidenceInterval.compute(coefficients, weights: [1], m: 0.2, alpha: 0.05)
        let sd = 0.15.squareRoot()
        let expected = sd * FixedLengthConfidenceInterval.foldedNormalQuantile(0.95, mean: 0.2 / sd)
        #expect(abs((bounded.high - bounded.low) / 2 - expected) < 1e-9)
    }

    @Test("relative magnitudes: M̄ = 0 covers θ̂, sets grow with M̄, breakdown")
    func relativeMagnitudes() throws {
        // Three pre-periods with small wiggles, two post-periods with a clear effect.
        let beta = [0.02, -0.03, 0.01, 0.50, 0.60]
        var sigma = Matrix(rows: 5, columns: 5)
        for i in 0..<5 { for j in 0..<5 { sigma[i, j] = i == j ? 0.01 : 0.003 } }
        let coefficients = try EventStudyCoefficients(eventTimes: [-4, -3, -2, 0, 1], estimates: beta, covariance: sigma)
        let specification = try ParallelTrendsSensitivitySpecification(relativeMagnitudes: [0, 1, 4, 40], gridPoints: 200)
        let result = try ParallelTrendsSensitivity.analyze(coefficients, specification)
        #expect(abs(result.estimate - 0.55) < 1e-12)
        let first = try #require(result.relativeMagnitudes.first)
        let low = try #require(first.low), high = try #require(first.high)
        #expect(low < 0.55 && 0.55 < high)
        // The hybrid interval at M̄ = 0 is close to the original one (within half a standard error).
        #expect(abs(low - result.originalLow) < 0.5 * result.standardError)
        #expect(abs(high - result.originalHigh) < 0.5 * result.standardError)
        for (narrow, wide) in zip(result.relativeMagnitudes, result.relativeMagnitudes.dropFirst()) {
            let wideLow = try #require(wide.low), narrowLow = try #require(narrow.low)
            let wideHigh = try #require(wide.high), narrowHigh = try #require(narrow.high)
            #expect(wideLow <= narrowLow + 1e-12 && wideHigh >= narrowHigh - 1e-12)
        }
        // The breakdown is the last M̄ of the grid before the first set that contains zero.
        let firstContaining = try #require(result.relativeMagnitudes.firstIndex { !$0.excludesZero })
        #expect(firstContaining > 0)
        #expect(result.breakdownMbar == result.relativeMagnitudes[firstContaining - 1].bound)
        #expect(result.relativeMagnitudes.last?.excludesZero == false)
    }

    @Test("input checks: reference, gaps, negative bounds")
    func inputChecks() {
        #expect(throws: SensitivityError.eventTimesNotConsecutive(eventTimes: [-3, 0, 1])) {
            try EventStudyCoefficients(eventTimes: [-3, 0, 1], estimates: [0, 1, 1], covariance: Matrix.identity(3))
        }
        #expect(throws: SensitivityError.tooFewPeriods(pre: 0, post: 2, needed: "at least one pre-period coefficient besides the reference and one post-period coefficient")) {
            try EventStudyCoefficients(eventTimes: [0, 1], estimates: [1, 1], covariance: Matrix.identity(2))
        }
        #expect(throws: SensitivityError.invalidBound(name: "M̄", value: -1)) {
            try ParallelTrendsSensitivitySpecification(relativeMagnitudes: [-1])
        }
    }
}
