/// How a cost indicator scores when the actual exceeds its target.
public enum CostOverrunRule: String, Sendable, Equatable, Hashable, CaseIterable {
    /// weight × target / actual (财预〔2020〕10号).
    case proportional
    /// weight × max(0, 1 − (actual − target) / target): zero at twice the target.
    case linear
}
