/// One row of a regression table: a coefficient with its inference.
///
/// `t = estimate / standardError`; `pValue = 2·P(T > |t|)` with Student t on the result's
/// degrees of freedom; the interval is `estimate ± q · standardError` with `q` the
/// `(1 + level)/2` quantile of the same t distribution. Values that are not defined (a zero
/// or negative variance) are NaN here and `null` in JSON.
public struct CoefficientEstimate: Sendable, Equatable {
    /// Term name in the peers' style (`Intercept`, `x1`, `C(sector)[T.energy]`).
    public let term: String
    /// Point estimate.
    public let estimate: Double
    /// Standard error, the square root of the covariance diagonal.
    public let standardError: Double
    /// t statistic.
    public let tStatistic: Double
    /// Two-sided p-value.
    public let pValue: Double
    /// Lower confidence limit.
    public let confidenceLow: Double
    /// Upper confidence limit.
    public let confidenceHigh: Double
}
