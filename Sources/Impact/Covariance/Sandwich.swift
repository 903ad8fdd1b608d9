import Foundation

/// The one sandwich every covariance estimator goes through: `V = c · B M B`.
///
/// `B = (ZᵀWZ)⁻¹` is the bread of the fit, `M` the estimator's meat and `c` the
/// small-sample factor (`SmallSampleCorrection`). Meats, with scores `uᵢ = wᵢ eᵢ zᵢ`:
/// - iid: `M = σ̂² B⁻¹` with `σ̂² = Σwᵢeᵢ²/(N − K)`, so `V = σ̂² B`;
/// - HC0/HC1: `M = Σ uᵢuᵢᵀ`; HC2: `Σ uᵢuᵢᵀ/(1 − hᵢᵢ)`; HC3: `Σ uᵢuᵢᵀ/(1 − hᵢᵢ)²` with
///   leverage `hᵢᵢ = wᵢ zᵢᵀ B zᵢ`;
/// - one-way cluster: `M = Σ_g (Σ_{i∈g} uᵢ)(Σ_{i∈g} uᵢ)ᵀ`;
/// - two-way cluster: `M = M₁ + M₂ − M₁₂` (Cameron, Gelbach and Miller 2011), `M₁₂` the
///   meat of the intersection clusters. The result can fail to be positive semidefinite;
///   then its negative eigenvalues are set to zero (CGM 2011, §2.3; fixest does the same)
///   and a note says so.
/// The working-parameter covariance is mapped back to the coefficients as `A V Aᵀ`.
public enum Sandwich {
    /// Clusters below this count trigger a note that cluster-robust inference may be
    /// unreliable (a common rule of thumb; default 30).
    public static let fewClustersThreshold = 30

    /// The covariance of `fit`'s coefficients under `estimator`.
    public static func covariance(of fit: RegressionFit,
                                  estimator: VarianceEstimator) throws(EstimationError) -> CovarianceEstimate {
        let bread = fit.workingBread
        let n = fit.observationCount
        var notes = [LocalizedText]()
        var clusterCounts = [Int]()
        var clusterFactors = [FactorCodes]()
        if case let .cluster(names) = estimator {
            for name in names {
                guard let factor = (fit.clusters + fit.fixedEffects).first(where: { $0.name == name }) else {
                    throw .unknownClusterVariable(name, available: (fit.clusters + fit.fixedEffects).map(\.name))
                }
                guard factor.levelCount >= 2 else { throw .tooFewClusters(variable: name, count: factor.levelCount) }
                clusterFactors.append(factor)
                clusterCounts.append(factor.levelCount)
            }
        }
        if (estimator == .hc2 || estimator == .hc3) && !fit.fixedEffects.isEmpty {
            throw .unsupportedVariance(estimator: estimator.label,
                                       reason: "the leverage would have to include the absorbed fixed effects; use hc1 or a clustered covariance")
        }
        let correction = SmallSampleCorrection.make(for: estimator, fit: fit, clusters: clusterFactors)
        guard correction.degreesOfFreedom > 0 else {
            throw .tooFewObservations(observations: n, parameters: correction.parametersCounted)
        }
        var working: Matrix
        switch estimator {
        case .iid:
            let sigma2 = fit.residualSumOfSquares / Double(n - correction.parametersCounted)
            working = bread
            for index in working.storage.indices { working.storage[index] *= sigma2 }
        case .hc0, .hc1, .hc2, .hc3:
            let meat = try HeteroskedasticityRobustMeat.meat(of: fit, estimator: estimator)
            working = try sandwich(bread: bread, meat: meat, factor: correction.factor)
        case .cluster:
            let meat = try ClusterRobustMeat.meat(of: fit, clusters: clusterFactors)
            working = try sandwich(bread: bread, meat: meat, factor: correction.factor)
            for (factor, count) in zip(clusterFactors, clusterCounts) where count < fewClustersThreshold {
                notes.append(LocalizedText(
                    zh: "\(factor.name) 仅有 \(count) 个聚类：聚类数少于 \(fewClustersThreshold)，聚类稳健标准误可能偏小、不可靠。",
                    en: "Only \(count) clusters in \(factor.name): cluster-robust standard errors are unreliable with fewer than about \(fewClustersThreshold) clusters."))
            }
        }
        let transform = fit.parameterTransform
        let matrix = try numeric { () throws(LinearAlgebraError) in
            try transform.multiplied(by: working).multiplied(by: transform, transposeOther: true)
        }
        var covariance = symmetrized(matrix)
        if clusterFactors.count == 2 {
            // Repair in the coefficients' own parameterization (eigenvalues are not invariant
            // under the working reparameterization).
            let decomposition = try numeric { () throws(LinearAlgebraError) in try SymmetricEigendecomposition(covariance) }
            // Rounding can leave a PSD matrix with eigenvalues of order −1e-16·λ_max; only a
            // clearly negative eigenvalue counts.
            let largest = decomposition.eigenvalues.map(abs).max() ?? 0
            if let smallest = decomposition.eigenvalues.first, smallest < -1e-12 * largest {
                covariance = symmetrized(try numeric { () throws(LinearAlgebraError) in
                    try decomposition.clippingNegativeEigenvalues()
                })
                notes.append(LocalizedText(
                    zh: "双向聚类协方差矩阵不是半正定的，已将其负特征值置为 0（Cameron、Gelbach 和 Miller 2011）。",
                    en: "The two-way clustered covariance was not positive semidefinite; its negative eigenvalues were set to zero (Cameron, Gelbach and Miller 2011)."))
            }
        }
        return CovarianceEstimate(estimator: estimator, matrix: covariance, correction: correction,
                                  clusterCounts: clusterCounts, notes: notes)
    }

    /// `c · B M B`.
    private static func sandwich(bread: Matrix, meat: Matrix, factor: Double) throws(EstimationError) -> Matrix {
        var result = try numeric { () throws(LinearAlgebraError) in
            try bread.multiplied(by: meat).multiplied(by: bread)
        }
        for index in result.storage.indices { result.storage[index] *= factor }
        return result
    }

    /// `(V + Vᵀ)/2`, removing rounding asymmetry.
    private static func symmetrized(_ m: Matrix) -> Matrix {
        var result = m
        for j in 0..<m.columns {
            for i in 0..<j {
                let average = (m[i, j] + m[j, i]) / 2
                result[i, j] = average
                result[j, i] = average
            }
        }
        return result
    }
}
