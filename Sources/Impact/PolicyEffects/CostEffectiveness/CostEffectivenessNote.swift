/// A note on how the figures per 万元 were put on one basis; its sentences are written in
/// `Reports/`.
public enum CostEffectivenessNote: ResultNote {
    /// Every figure is 万元 of outcome per 万元 awarded over `years` years: the post-policy
    /// periods in the panel (`fromData`), or `--horizon`; one-year figures (the naive ratio,
    /// the slope) are multiplied by `years`. Code `horizon`.
    case horizon(years: Int, fromData: Bool)
    /// How the award was read from the subsidy column. Code `subsidy_basis`.
    case subsidyBasis(SubsidyBasis)
    /// Under ``SubsidyBasis/paid``, each of `firms` treated firms has the same positive amount
    /// on every post row: the column looks like a repeated total award (`--subsidy-basis
    /// repeated`). Code `subsidy_looks_repeated`.
    case subsidyLooksRepeated(firms: Int)
    /// Support starts in different periods (`startPeriods`) and the DiD figure is a two-way
    /// or pooled DiD, with `alreadyTreatedWeight` of its Goodman-Bacon weight on comparisons
    /// with already-treated firms; `--estimator cs` gives the Callaway–Sant'Anna figure.
    /// Code `staggered_timing`.
    case staggeredTiming(startPeriods: [Int], alreadyTreatedWeight: Double?)

    /// The stable code (see each case).
    public var code: String {
        switch self {
        case .horizon: "horizon"
        case .subsidyBasis: "subsidy_basis"
        case .subsidyLooksRepeated: "subsidy_looks_repeated"
        case .staggeredTiming: "staggered_timing"
        }
    }

    /// Whether the note asks the reader to check the data or the method (``subsidyLooksRepeated(firms:)``,
    /// ``staggeredTiming(startPeriods:alreadyTreatedWeight:)``), so that a command also prints
    /// it as a warning; ``horizon(years:fromData:)`` and ``subsidyBasis(_:)`` only state the
    /// conventions of the figures.
    public var isWarning: Bool {
        switch self {
        case .subsidyLooksRepeated, .staggeredTiming: true
        case .horizon, .subsidyBasis: false
        }
    }
}
