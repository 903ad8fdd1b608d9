/// Which package's small-sample conventions clustered covariances follow.
///
/// The two differ only for clustered standard errors (iid and HC1 agree):
/// - `fixest` (default; pyfixest, Stata, and statsmodels without fixed effects):
///   `G/(G − 1) · (N − 1)/(N − K_c)`, fixed effects nested in the cluster variable not
///   counted in `K_c`.
/// - `linearmodels` (`PanelOLS(...).fit(cov_type="clustered")`, `debiased=True`):
///   `N/(N − K)`, every fixed-effect level counted, no `G/(G − 1)` factor. On
///   `twfe_balanced` its clustered SEs are 1.0668 times fixest's.
/// t statistics use `G − 1` degrees of freedom under both.
public enum SmallSampleConvention: String, Sendable, CaseIterable {
    /// fixest / pyfixest / Stata / statsmodels (default).
    case fixest
    /// linearmodels `PanelOLS` with `debiased=True`.
    case linearmodels
}
