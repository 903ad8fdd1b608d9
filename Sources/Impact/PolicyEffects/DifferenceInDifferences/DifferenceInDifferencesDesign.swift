/// Which regression a difference-in-differences estimate is read from.
///
/// - `pooled`: the 2×2 regression `y ~ treated + post + treated:post (+ covariates)` by OLS
///   with an intercept; the ATT is the `treated:post` coefficient. Without covariates it
///   equals the difference of the four cell means (`DifferenceInDifferencesCellMeans`).
/// - `twoWayFixedEffects`: `y ~ treated:post (+ covariates) | unit + time`, unit and
///   period effects absorbed; the ATT is the `treated:post` coefficient. In a balanced
///   panel with one policy date it equals the pooled estimate.
public enum DifferenceInDifferencesDesign: String, Sendable, CaseIterable, Codable {
    /// Pooled 2×2 OLS with an intercept and the two main effects.
    case pooled
    /// Two-way fixed effects (unit and period absorbed).
    case twoWayFixedEffects = "twfe"
}
