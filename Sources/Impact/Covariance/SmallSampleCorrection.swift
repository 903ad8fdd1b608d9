/// The small-sample correction of a covariance estimate and the degrees of freedom of its
/// t statistics, written once for every estimator.
///
/// With `N` observations, `k` coefficients (intercept included) and fixed effects with
/// `L_q` levels in `Q` dimensions:
/// - parameters counted: `K = k + Σ_q L_q − (Q − 1)` (`K = k` without fixed effects);
/// - `iid`: `σ̂² = RSS/(N − K)`, factor 1 on `σ̂²(XᵀWX)⁻¹`; t df `N − K`;
/// - `hc0`: factor 1; `hc1`: `N/(N − K)`; `hc2`, `hc3`: factor 1; t df `N − K`;
/// - cluster (CR1): `G/(G − 1) · (N − 1)/(N − K_c)` with `G` the number of clusters (the
///   smallest `G` for two-way clustering, fixest's `cluster.df = "min"`), t df `G − 1`.
///   `K_c` does not count fixed effects nested in a cluster variable: each nested dimension
///   contributes 1 instead of its levels, `K_c = K − Σ_nested L_q + #nested`.
///
/// Under the convention `.linearmodels` (``VarianceChoice/convention``) the clustered factor
/// is `N/(N − K)` instead (see `SmallSampleConvention`).
///
/// Conventions: without fixed effects this is statsmodels (`OLS`/`WLS`, `use_t=True`,
/// cluster with `use_correction=True, df_correction=True`); with fixed effects it is
/// pyfixest/fixest's default `ssc(k_adj=True, k_fixef="nonnested", G_adj=True, G_df="min")`.
public struct SmallSampleCorrection: Sendable, Equatable {
    /// Scalar applied to the sandwich (for `iid`, to `RSS/(N − K) · bread`, i.e. 1).
    public let factor: Double
    /// `K` (or `K_c` for clustered covariances) used in the factor.
    public let parametersCounted: Int
    /// Degrees of freedom of the t and F reference distributions.
    public let degreesOfFreedom: Double

    /// The correction for `estimator` under `convention` on `fit`, with `clusters` the
    /// cluster dimensions (empty unless clustering).
    static func make(for estimator: VarianceEstimator, convention: SmallSampleConvention, fit: RegressionFit,
                     clusters: [FactorCodes]) -> SmallSampleCorrection {
        let n = fit.observationCount
        let k = fit.coefficientCount
        let q = fit.fixedEffects.count
        let fixedParameters = q == 0 ? 0 : fit.fixedEffectLevels - (q - 1)
        let parameters = k + fixedParameters
        switch estimator {
        case .iid, .hc0, .hc2, .hc3:
            return .init(factor: 1, parametersCounted: parameters, degreesOfFreedom: Double(n - parameters))
        case .hc1:
            return .init(factor: Double(n) / Double(n - parameters), parametersCounted: parameters,
                         degreesOfFreedom: Double(n - parameters))
        case .cluster:
            let g = clusters.map(\.levelCount).min() ?? 0
            if convention == .linearmodels {
                return .init(factor: Double(n) / Double(n - parameters), parametersCounted: parameters,
                             degreesOfFreedom: Double(g - 1))
            }
            let nested = fit.fixedEffects.filter { effect in clusters.contains { effect.isNested(in: $0) } }
            let clusterParameters = parameters - nested.reduce(0) { $0 + $1.levelCount } + nested.count
            let factor = Double(g) / Double(g - 1) * Double(n - 1) / Double(n - clusterParameters)
            return .init(factor: factor, parametersCounted: clusterParameters, degreesOfFreedom: Double(g - 1))
        }
    }
}
