/// How ATT(g,t) cells are summarised, following `did::aggte` / `csdid.aggte`.
///
/// Cohort weights are cohort shares P(G = g) among all firms; every aggregation whose
/// weights mix cohorts adds the influence of estimating those shares to its standard error.
public enum StaggeredAggregation: String, Sendable, CaseIterable, Equatable {
    /// One number: Σ_{t≥g} P(G=g)·ATT(g,t) / Σ_{t≥g} P(G=g), over post-treatment cells.
    case simple
    /// By event time e = t − g: cohort-share-weighted mean of ATT(g, g+e) (pre-periods
    /// included); overall = plain mean over e ≥ 0.
    case dynamic
    /// By cohort: mean of ATT(g,t) over t ≥ g; overall = cohort-share-weighted mean.
    case group
    /// By calendar period t ≥ first cohort: cohort-share-weighted mean of ATT(g,t) over
    /// cohorts treated by t; overall = plain mean over those periods.
    case calendar
}
