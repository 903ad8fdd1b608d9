/// One 2×2 difference-in-differences inside a two-way fixed-effects estimate, with its
/// weight in the Goodman-Bacon (2021) decomposition.
public struct GoodmanBaconComponent: Sendable, Equatable {
    /// Which comparison the 2×2 makes.
    public enum Comparison: String, Sendable, CaseIterable {
        /// A timing group against never-treated units (`β_kU`).
        case treatedVsNeverTreated = "treated_vs_never_treated"
        /// An earlier-treated group against a later-treated group not yet treated
        /// (`β^k_kl`, window before the later group adopts).
        case earlierVsLaterTreated = "earlier_vs_later_treated"
        /// A later-treated group against an already-treated group as control (`β^l_kl`,
        /// window after the earlier group adopted) — the "forbidden" comparison.
        case laterVsAlreadyTreated = "later_vs_already_treated"
    }

    /// The comparison type.
    public let comparison: Comparison
    /// Cohort whose change is the treatment effect in this 2×2.
    public let treatedCohort: Int
    /// Cohort used as control, `nil` for never-treated units.
    public let controlCohort: Int?
    /// The 2×2 DiD of cell means.
    public let estimate: Double
    /// Its weight `s` (all weights sum to 1).
    public let weight: Double
}
