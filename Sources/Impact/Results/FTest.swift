/// A Wald F test that a set of coefficients are all zero.
///
/// `F = b̂ᵀ V⁻¹ b̂ / q` over the `q` tested coefficients, compared with `F(q, df)`. Under
/// the `iid` covariance this is the classical regression F statistic
/// `((TSS − RSS)/q) / (RSS/(N − K))`; under a robust covariance it is the robust Wald
/// test statsmodels reports.
public struct FTest: Sendable, Equatable {
    /// The statistic.
    public let statistic: Double
    /// Numerator degrees of freedom `q`.
    public let numeratorDegrees: Double
    /// Denominator degrees of freedom (the t degrees of freedom of the covariance).
    public let denominatorDegrees: Double
    /// `P(F > statistic)`.
    public let pValue: Double
}
