import Foundation

/// The meat of the heteroskedasticity-robust covariances (White 1980; MacKinnon and White
/// 1985): `M = Σᵢ uᵢuᵢᵀ / (1 − hᵢᵢ)^δ` with scores `uᵢ = wᵢ eᵢ zᵢ`, `δ = 0` for HC0 and
/// HC1, `δ = 1` for HC2 and `δ = 2` for HC3, and leverage `hᵢᵢ = wᵢ zᵢᵀ (ZᵀWZ)⁻¹ zᵢ` (the
/// diagonal of the hat matrix of the whitened design).
///
/// Conventions: statsmodels `cov_type='HC0'…'HC3'`; with weights the squared residuals
/// carry `wᵢ²`, as in statsmodels' WLS. HC1's factor `N/(N − K)` is applied by
/// `SmallSampleCorrection`, not here.
enum HeteroskedasticityRobustMeat {
    /// The meat for `estimator` (one of `.hc0`…`.hc3`).
    static func meat(of fit: RegressionFit, estimator: VarianceEstimator) throws(EstimationError) -> Matrix {
        if let structured = fit.structuredDesign {   // no leverages without the rows of Z
            guard estimator == .hc0 || estimator == .hc1 else {
                throw .unsupportedVariance(estimator: estimator.label, reason: "the design is not stored row by row; use hc1 or a clustered covariance")
            }
            return try structured.scoreGram(clusters: nil)
        }
        var scores = fit.scores
        let n = scores.rows
        if estimator == .hc2 || estimator == .hc3 {
            let leverage = try leverages(fit)
            let power = estimator == .hc2 ? 0.5 : 1.0   // applied to the score, so squared in the meat
            for i in 0..<n {
                let scale = 1 / pow(1 - leverage[i], power)
                for j in 0..<scores.columns { scores.storage[i + j * n] *= scale }
            }
        }
        return try numeric { () throws(LinearAlgebraError) in try scores.gram() }
    }

    /// Leverages `hᵢᵢ = wᵢ zᵢᵀ B zᵢ`.
    static func leverages(_ fit: RegressionFit) throws(EstimationError) -> [Double] {
        let z = fit.workingDesign
        let n = z.rows
        let zb = try numeric { () throws(LinearAlgebraError) in try z.multiplied(by: fit.workingBread) }
        var h = [Double](repeating: 0, count: n)
        for j in 0..<z.columns {
            for i in 0..<n { h[i] += zb.storage[i + j * n] * z.storage[i + j * n] }
        }
        if let w = fit.weights { for i in 0..<n { h[i] *= w[i] } }
        return h
    }
}
