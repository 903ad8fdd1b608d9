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
///   and a note (``RegressionNote/covarianceRepaired``) says so.
/// The working-parameter covariance is mapped back to the coefficients as `A V Aᵀ`.
public enum Sandwich {
    /// Clusters below this count trigger a note that cluster-robust inference may be
    /// unreliable (a common rule of thumb; default 30).
    public static let fewClustersThreshold = 30

    /// The covariance of `fit`'s coefficients under `variance`: its estimator (the model's
    /// default, ``VarianceChoice/defaultEstimator(fixedEffects:)``, when none is named) and
    /// its small-sample convention.
    public static func covariance(of fit: RegressionFit,
                                  variance: VarianceChoice) throws(EstimationError) -> CovarianceEstimate {
        try covariance(of: fit, estimator: variance.estimator(fixedEffects: fit.fixedEffects.map(\.name)),
                       convention: variance.convention)
    }

    /// The covariance of `fit`'s coefficients under `estimator`, clustered factors
    /// corrected under `convention` (the defaults live in ``VarianceChoice``).
    private static func covariance(of fit: RegressionFit, estimator: VarianceEstimator,
                                   convention: SmallSampleConvention) throws(EstimationError) -> CovarianceEstimate {
        let clusters = try clusterFactors(for: estimator, in: fit)
        if (estimator == .hc2 || estimator == .hc3) && !fit.fixedEffects.isEmpty {
            throw .unsupportedVariance(estimator: estimator.label,
                                       reason: "the leverage would have to include the absorbed fixed effects; use hc1 or a clustered covariance")
        }
        let correction = SmallSampleCorrection.make(for: estimator, convention: convention, fit: fit, clusters: clusters)
        guard correction.degreesOfFreedom > 0 else {
            throw .tooFewObservations(observations: fit.observationCount, parameters: correction.parametersCounted)
        }
        let working = try workingCovariance(of: fit, estimator: estimator, correction: correction, clusters: clusters)
        let transform = fit.parameterTransform
        let matrix = try numeric { () throws(LinearAlgebraError) in
            try transform.multiplied(by: working).multiplied(by: transform, transposeOther: true)
        }
        var notes: [RegressionNote] = clusters.filter { $0.levelCount < fewClustersThreshold }.map {
            .fewClusters(variable: $0.name, count: $0.levelCount, threshold: fewClustersThreshold)
        }
        var covariance = symmetrized(matrix)
        if clusters.count == 2, let repaired = try positiveSemidefinite(covariance) {
            covariance = repaired
            notes.append(.covarianceRepaired)
        }
        return CovarianceEstimate(estimator: estimator, convention: convention, matrix: covariance,
                                  correction: correction, clusterCounts: clusters.map(\.levelCount), notes: notes)
    }

    /// The cluster dimensions `estimator` names, looked up among the fit's cluster
    /// variables and fixed effects; each needs two clusters or more.
    private static func clusterFactors(for estimator: VarianceEstimator,
                                       in fit: RegressionFit) throws(EstimationError) -> [FactorCodes] {
        let available = fit.clusters + fit.fixedEffects
        var factors: [FactorCodes] = []
        for name in estimator.clusterVariables {
            guard let factor = available.first(where: { $0.name == name }) else {
                throw .unknownClusterVariable(name, available: available.map(\.name))
            }
            guard factor.levelCount >= 2 else { throw .tooFewClusters(variable: name, count: factor.levelCount) }
            factors.append(factor)
        }
        return factors
    }

    /// The covariance of the working parameters `θ`: `σ̂² B` for iid, `c · B M B` otherwise.
    private static func workingCovariance(of fit: RegressionFit, estimator: VarianceEstimator,
                                          correction: SmallSampleCorrection,
                                          clusters: [FactorCodes]) throws(EstimationError) -> Matrix {
        let bread = fit.workingBread
        switch estimator {
        case .iid:
            let sigma2 = fit.residualSumOfSquares / Double(fit.observationCount - correction.parametersCounted)
            var working = bread
            for index in working.storage.indices { working.storage[index] *= sigma2 }
            return working
        case .hc0, .hc1, .hc2, .hc3:
            let meat = try HeteroskedasticityRobustMeat.meat(of: fit, estimator: estimator)
            return try sandwich(bread: bread, meat: meat, factor: correction.factor)
        case .cluster:
            let meat = try ClusterRobustMeat.meat(of: fit, clusters: clusters)
            return try sandwich(bread: bread, meat: meat, factor: correction.factor)
        }
    }

    /// `covariance` with its negative eigenvalues set to zero when it has a clearly
    /// negative one, else `nil`. Done in the coefficients' own parameterization
    /// (eigenvalues are not invariant under the working reparameterization); rounding can
    /// leave a PSD matrix with eigenvalues of order −1e-16·λ_max, so only one below
    /// −1e-12·λ_max counts.
    private static func positiveSemidefinite(_ covariance: Matrix) throws(EstimationError) -> Matrix? {
        let decomposition = try numeric { () throws(LinearAlgebraError) in try SymmetricEigendecomposition(covariance) }
        let largest = decomposition.eigenvalues.map(abs).max() ?? 0
        guard let smallest = decomposition.eigenvalues.first, smallest < -1e-12 * largest else { return nil }
        return symmetrized(try numeric { () throws(LinearAlgebraError) in try decomposition.clippingNegativeEigenvalues() })
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
