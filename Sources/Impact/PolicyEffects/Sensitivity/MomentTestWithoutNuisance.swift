import Foundation

/// The conditional / least-favourable hybrid test of H₀: A μ ≤ 0 for y ~ N(μ, Σ), with no
/// nuisance parameter (the event study has a single post-period).
///
/// With Ã = diag(AΣAᵀ)^{−1/2} A, the statistic is the largest normalised moment
/// max_j (Ã y)_j. The test rejects when it exceeds c_LF (the simulated 1 − κ quantile of
/// the largest of the standardised moments under μ = 0); otherwise it conditions on which
/// moment is largest (Lee et al. 2016: the polyhedral bounds V_lo, V_up) and compares with
/// the 1 − (α − κ)/(1 − κ) quantile of N(0, γᵀΣγ) truncated to [V_lo, V_up].
///
/// Conventions: HonestDiD's `.testInIdentifiedSet_LF_Hybrid` (d = 0 for Δ^RM).
struct MomentTestWithoutNuisance {
    /// Ã (moments × coefficients).
    let normalised: [[Double]]
    /// Σ of the coefficients.
    let covariance: [[Double]]
    let alpha: Double, kappa: Double
    let leastFavorableCriticalValue: Double

    /// Sets up the test for the constraint rows `a` and simulates c_LF.
    init(constraints a: [[Double]], covariance: [[Double]], alpha: Double, kappa: Double,
         simulations: Int, seed: UInt64) {
        let momentCovariance = DenseAlgebra.sandwich(a, covariance)
        let scales = momentCovariance.indices.map { momentCovariance[$0][$0].squareRoot() }
        normalised = zip(a, scales).map { row, scale in row.map { $0 / scale } }
        self.covariance = covariance
        self.alpha = alpha
        self.kappa = kappa
        let factor = DenseAlgebra.covarianceFactor(momentCovariance)
        var draws = GaussianDraws(seed: seed)
        let maxima = (0..<simulations).map { _ in
            zip(draws.next(factor: factor), scales).map { $0 / $1 }.max() ?? -.infinity
        }
        leastFavorableCriticalValue = DenseAlgebra.quantile(sorted: maxima.sorted(), 1 - kappa)
    }

    /// Whether H₀ is rejected at y.
    func rejects(_ y: [Double]) -> Bool {
        let moments = DenseAlgebra.times(normalised, y)
        guard let top = moments.indices.max(by: { moments[$0] < moments[$1] }) else { return false }
        let statistic = moments[top]
        if statistic > leastFavorableCriticalValue { return true }
        let gamma = normalised[top]
        let sigmaGamma = DenseAlgebra.times(covariance, gamma)
        let variance = DenseAlgebra.dot(gamma, sigmaGamma)
        guard variance > 0 else { return statistic > 0 }
        let c = sigmaGamma.map { $0 / variance }
        let gammaY = DenseAlgebra.dot(gamma, y)
        let z = zip(y, c).map { $0 - $1 * gammaY }
        var low = -Double.infinity, up = Double.infinity
        for (j, row) in normalised.enumerated() where j != top {
            let barRow = zip(row, gamma).map { $0 - $1 }
            let ac = DenseAlgebra.dot(barRow, c), az = DenseAlgebra.dot(barRow, z)
            if ac < 0 { low = max(low, -az / ac) } else if ac > 0 { up = min(up, -az / ac) }
        }
        let size = (alpha - kappa) / (1 - kappa)
        let critical = max(0, TruncatedNormal.quantile(1 - size, lower: low, upper: up, mean: 0, sd: variance.squareRoot()))
        return statistic > critical
    }
}
