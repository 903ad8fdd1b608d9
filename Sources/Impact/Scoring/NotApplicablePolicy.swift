/// The weight of rows marked 不适用.
public enum NotApplicablePolicy: String, Sendable, Equatable, Hashable, CaseIterable {
    /// The row scores nothing and its weight leaves the maximum: the total is out of
    /// Σ applicable weights.
    case excludeFromTotal
    /// Applicable weights are scaled by Σ weights / Σ applicable weights, so the total is
    /// again out of the full sum (100).
    case rescaleToFull
}
