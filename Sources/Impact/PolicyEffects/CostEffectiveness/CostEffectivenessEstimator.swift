/// Which causal estimate the panel figure of ``CostEffectiveness`` divides by the award.
public enum CostEffectivenessEstimator: String, Sendable, CaseIterable, Codable {
    /// The difference-in-differences of the specification (pooled 2×2 or two-way fixed
    /// effects). The default. On staggered adoption it warns (``CostEffectivenessNote``).
    case differenceInDifferences = "did"
    /// Callaway–Sant'Anna (``CallawaySantAnna``, never-treated controls): the simple
    /// aggregate ATT, with cohorts = each treated firm's first period with treated = post = 1.
    case callawaySantAnna = "cs"
}
