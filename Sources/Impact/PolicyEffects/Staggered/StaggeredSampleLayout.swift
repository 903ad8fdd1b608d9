/// How the rows of a staggered-adoption sample relate to one another.
///
/// Conventions: as R's `did`: ``balancedPanel`` is `panel = TRUE` (the default),
/// ``unbalancedPanel`` is `allow_unbalanced_panel = TRUE` (a panel with missing firm-years,
/// estimated with the repeated-cross-section estimators, firms identified by the id
/// column; a panel that turns out balanced is estimated as one), and
/// ``repeatedCrossSections`` is `panel = FALSE` (each row an independent observation).
public enum StaggeredSampleLayout: String, Sendable, Equatable, CaseIterable {
    /// Every firm observed in every period.
    case balancedPanel = "balanced_panel"
    /// Firms followed over time, some periods missing.
    case unbalancedPanel = "unbalanced_panel"
    /// Independent cross-sections: no firm followed over time.
    case repeatedCrossSections = "repeated_cross_sections"
}
