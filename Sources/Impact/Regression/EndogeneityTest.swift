/// An F test of the exogeneity of regressors treated as endogenous (Wu–Hausman): a large
/// statistic rejects exogeneity, so instrumenting was needed; a small one says least
/// squares would have been consistent (and more efficient).
public struct EndogeneityTest: Sendable, Equatable {
    /// The F statistic.
    public let statistic: Double
    /// Numerator degrees of freedom: the number of endogenous regressors tested.
    public let numeratorDegrees: Double
    /// Denominator degrees of freedom `N − K − m`.
    public let denominatorDegrees: Double

    /// `P(F > statistic)` under `F(numeratorDegrees, denominatorDegrees)`.
    public var pValue: Double {
        FDistribution(numeratorDegrees: numeratorDegrees, denominatorDegrees: denominatorDegrees)
            .survivalProbability(statistic)
    }
}
