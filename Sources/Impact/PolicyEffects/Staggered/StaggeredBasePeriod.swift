/// The period each ATT(g,t) is compared with.
///
/// Default: ``varying``, as in the R package `did` and Python `csdid`. Post-treatment
/// cells use the period just before adoption, g − 1, under both rules.
public enum StaggeredBasePeriod: String, Sendable, CaseIterable, Equatable {
    /// Pre-treatment cells compare period t with the period just before it (t − 1), so
    /// they are short differences, useful as placebo tests.
    case varying
    /// Every cell compares with g − 1; the cell t = g − 1 itself is reported with ATT 0
    /// and standard error 0 (the normalisation of a TWFE event study).
    case universal
}
