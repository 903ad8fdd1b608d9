/// Something about a difference-in-differences design that the reader of its ATT must know;
/// a typed note whose sentences are written in `Reports/`.
public enum DifferenceInDifferencesNote: ResultNote {
    /// Treated units start treatment in different periods (`startPeriods`, ascending): a
    /// single DiD then averages 2×2 comparisons, some against already-treated units, whose
    /// share of the Goodman-Bacon weight is `alreadyTreatedWeight` (in [0, 1]; `nil` when the
    /// decomposition cannot be made, e.g. on an unbalanced panel). `impact staggered`
    /// (Callaway–Sant'Anna) avoids those comparisons. Code `staggered_timing`.
    case staggeredTiming(startPeriods: [Int], alreadyTreatedWeight: Double?)
    /// With the post period built as `time ≥ postYear`, `units` treated units were already
    /// treated before it (from `earliest` on) and their treated periods before `postYear` are
    /// counted as "pre". Code `treated_before_post_year`.
    case treatedBeforePostYear(units: Int, postYear: Int, earliest: Int)
    /// The data have no unit column `unit` and the pooled design does not need one: the rows
    /// are a pooled cross-section, each row its own unit (the unit counts count rows), and
    /// the standard errors are HC1 unless `--vcov` chose others (`defaultVariance`). Code
    /// `pooled_cross_section`.
    case pooledCrossSection(unit: String, defaultVariance: Bool)

    /// The stable code (see each case).
    public var code: String {
        switch self {
        case .staggeredTiming: "staggered_timing"
        case .treatedBeforePostYear: "treated_before_post_year"
        case .pooledCrossSection: "pooled_cross_section"
        }
    }
}
