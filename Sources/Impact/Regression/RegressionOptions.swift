/// Settings of a least-squares fit. Every default is stated here and nowhere else. (The
/// small-sample convention of clustered covariances is part of the variance choice,
/// `VarianceChoice`, not of the fit.)
public struct RegressionOptions: Sendable, Equatable {
    /// Singleton handling when fixed effects are absorbed. Default `.drop`.
    public var singletons: SingletonPolicy
    /// Convergence settings of the fixed-effect demeaning. Default `DemeaningOptions()`.
    public var demeaning: DemeaningOptions
    /// Relative tolerance for collinearity. A regressor is dropped when the norm of its
    /// residual, after projecting it on the intercept (or the fixed effects) and on the
    /// regressors kept before it in formula order, is below `collinearityTolerance` times
    /// its own (weighted) norm. Default `1e-8`: exact collinearity leaves about 1e-15, while
    /// an ill-conditioned but identified design such as NIST Longley leaves 8.6e-5.
    public var collinearityTolerance: Double

    /// Creates options; see each property for its default.
    public init(singletons: SingletonPolicy = .drop, demeaning: DemeaningOptions = .init(),
                collinearityTolerance: Double = 1e-8) {
        self.singletons = singletons
        self.demeaning = demeaning
        self.collinearityTolerance = collinearityTolerance
    }
}
