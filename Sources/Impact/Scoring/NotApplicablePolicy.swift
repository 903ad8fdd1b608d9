/// The weight of rows marked 不适用: where it goes, so that no total is graded out of less
/// than the full sum without saying so.
public enum NotApplicablePolicy: String, Sendable, Equatable, Hashable, CaseIterable {
    /// The row scores nothing and its weight leaves the maximum: the total is out of
    /// Σ applicable weights; the grade is then given on the total rescaled to 100
    /// (total × 100 / maximum, ``ScoringWarning/gradedOnRescaledTotal(total:maximum:graded:)``).
    case excludeFromTotal
    /// Applicable weights are scaled by Σ weights / Σ applicable weights, so the total is
    /// again out of the full sum (100).
    case rescaleToFull
    /// The 10号 practice (财预〔2020〕10号 指标体系: a 不适用 indicator's points go to the
    /// other indicators of its level): the weight of a 不适用 row is shared among the
    /// applicable rows of the same 一级指标, in proportion to their weights; when none is
    /// applicable, among every applicable row. The total stays out of 100. The default.
    case reallocateWithinLevel1
}
