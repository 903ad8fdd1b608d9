/// The confidence level used when a caller gives none.
///
/// Every `confidenceLevel:` and `level:` parameter of the library (regression, DiD, event
/// study, cost-effectiveness, logit, propensity, wild and multiplier bootstraps) defaults to
/// ``standard``, so the default lives in this one place.
///
/// Conventions: 0.95, as statsmodels' and pyfixest's `alpha = 0.05` and csdid's 95 % bands.
public enum ConfidenceLevel {
    /// 0.95: two-sided 95 % intervals.
    public static let standard = 0.95
}
