/// The size of an effect the planned programme hopes for: in the outcome's units, or as a
/// percentage of the outcome's mean over the historical (pre-period) panel.
///
/// `level(e)` adds `e` to every supported firm's outcome in every post period;
/// `percentOfMean(p)` adds `p/100 · ȳ`, with `ȳ` the mean outcome over the panel's rows.
public enum PowerEffectSize: Sendable, Equatable {
    /// An effect in the outcome's units (e.g. 万元 of revenue).
    case level(Double)
    /// An effect as a percentage of the pre-period mean (3 means 3 %).
    case percentOfMean(Double)

    /// The effect in the outcome's units, given the pre-period mean `mean`.
    public func level(mean: Double) -> Double {
        switch self {
        case .level(let value): value
        case .percentOfMean(let percent): percent / 100 * mean
        }
    }
}
