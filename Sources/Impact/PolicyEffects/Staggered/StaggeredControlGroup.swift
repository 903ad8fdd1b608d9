/// Which firms serve as controls for a cohort in Callaway–Sant'Anna estimation.
///
/// Default: ``neverTreated``, as in the R package `did` and Python `csdid`.
public enum StaggeredControlGroup: String, Sendable, CaseIterable, Equatable {
    /// Firms never treated in the panel (cohort 0 or blank).
    case neverTreated = "never"
    /// Never-treated firms plus firms not yet treated by both the current and the base
    /// period (cohort later than both), excluding the cohort itself. When no firm is
    /// never treated, the last cohort serves only as a control and periods from its
    /// adoption on are dropped, as `did` does.
    case notYetTreated = "notyet"
}
