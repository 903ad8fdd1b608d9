/// What happened while a regression was designed, fitted and its covariance formed, as a
/// typed note (``ResultNote``): rows dropped, singletons removed, fixed effects absorbed,
/// collinear terms dropped, too few clusters, a repaired covariance.
///
/// Declared in `Design/`, the lowest layer that produces one, so that the design step, the
/// fit and the covariance each append their own cases and a ``RegressionResult`` carries
/// them all, in the order they happened. The sentences (Chinese and English) are written in
/// `Reports/Regression/RegressionNote+Wording.swift`; the JSON form is
/// `{"code": …, "message": <English>}` with the stable ``code`` below.
public enum RegressionNote: ResultNote {
    /// `count` table rows were dropped for `reason` (code `rows_dropped_<reason>`).
    case rowsDropped(reason: RowDropReason, count: Int)
    /// `count` observations alone in a fixed-effect level were removed
    /// (`singletons_removed`).
    case singletonsRemoved(count: Int)
    /// The fixed effects `names` (formula order) were absorbed by demeaning
    /// (`fixed_effects_absorbed`, or `fixed_effects_not_converged` when the alternating
    /// projections did not converge).
    case fixedEffectsAbsorbed(names: [String], absorption: FixedEffectAbsorption)
    /// `terms` were dropped as collinear with earlier regressors and the intercept (or the
    /// fixed effects when `withFixedEffects`) (`collinear_dropped`).
    case collinearDropped(terms: [String], withFixedEffects: Bool)
    /// The cluster variable `variable` has only `count` clusters, fewer than `threshold`
    /// (`few_clusters`).
    case fewClusters(variable: String, count: Int, threshold: Int)
    /// The two-way clustered covariance was not positive semidefinite and its negative
    /// eigenvalues were set to zero (`covariance_repaired`).
    case covarianceRepaired

    /// The stable snake_case code of the note.
    public var code: String {
        switch self {
        case let .rowsDropped(reason, _): "rows_dropped_" + reason.rawValue
        case .singletonsRemoved: "singletons_removed"
        case .fixedEffectsAbsorbed(_, .notConverged): "fixed_effects_not_converged"
        case .fixedEffectsAbsorbed: "fixed_effects_absorbed"
        case .collinearDropped: "collinear_dropped"
        case .fewClusters: "few_clusters"
        case .covarianceRepaired: "covariance_repaired"
        }
    }
}
