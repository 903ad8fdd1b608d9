/// The variance choice of a regression, in one place: which covariance estimator, under
/// which small-sample convention, and what Impact uses when none is named.
///
/// Default estimator (``defaultEstimator(fixedEffects:)``): clustered by the first fixed
/// effect when the model absorbs fixed effects, `iid` without them. It is the default of
/// every library entry point (`RegressionFit.result(variance:confidenceLevel:)`,
/// `LinearRegression.estimate(_:variance:options:confidenceLevel:)`, `RegressionRequest`)
/// and of `impact estimate`; `VarianceChoiceTests` guards it.
///
/// The cluster columns are read where the covariance needs them: build the frame with
/// `ModelFrame(formula:table:weights:variance:)` (or let `RegressionRequest` do it), and
/// the columns of ``clusterColumns(for:)`` are read from the table; a fixed
/// effect named as the cluster variable is reused as is.
///
/// Conventions: this is fixest's default for `feols` (R, `vcov = "cluster"` on the first
/// fixed effect) and statsmodels' (`nonrobust`) for plain OLS. pyfixest's current default is
/// `iid` in both cases; Impact follows fixest, because a panel with firm effects almost
/// always has errors correlated within the firm. The small-sample convention defaults to
/// ``SmallSampleConvention/fixest`` (pyfixest, Stata and statsmodels agree with it).
public struct VarianceChoice: Sendable, Equatable, Hashable {
    /// The estimator named by the user, or `nil` for the default of the model.
    public let estimator: VarianceEstimator?
    /// The small-sample convention of clustered covariances. Default `.fixest`.
    public let convention: SmallSampleConvention

    /// A choice of `estimator` (default: the model's default) under `convention`
    /// (default `.fixest`).
    public init(_ estimator: VarianceEstimator? = nil, convention: SmallSampleConvention = .fixest) {
        self.estimator = estimator
        self.convention = convention
    }

    /// The default: ``defaultEstimator(fixedEffects:)`` under the fixest convention.
    public static let modelDefault = VarianceChoice()

    /// The estimator Impact uses when none is named: `.cluster([first])` for a model whose
    /// fixed effects are `fixedEffects` (their names in formula order), `.iid` when there
    /// are none.
    public static func defaultEstimator(fixedEffects: [String]) -> VarianceEstimator {
        fixedEffects.first.map { .cluster([$0]) } ?? .iid
    }

    /// The estimator this choice resolves to for a model with `fixedEffects`.
    public func estimator(fixedEffects: [String]) -> VarianceEstimator {
        estimator ?? Self.defaultEstimator(fixedEffects: fixedEffects)
    }

    /// The estimator this choice resolves to for `formula` (its fixed effects in order).
    public func estimator(for formula: Formula) -> VarianceEstimator {
        estimator(fixedEffects: formula.fixedEffects.map(\.description))
    }

    /// The cluster variables the covariance reads for `formula`: the names of
    /// `.cluster(names)`, none for the other estimators.
    public func clusterVariables(for formula: Formula) -> [String] {
        estimator(for: formula).clusterVariables
    }

    /// The data columns those cluster variables are made of (an interaction `a^b` reads
    /// `a` and `b`).
    public func clusterColumns(for formula: Formula) -> [String] {
        estimator(for: formula).clusterColumns
    }
}
