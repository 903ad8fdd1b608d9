/// What happened while estimating a staggered design, as a typed note (its sentences are
/// in `Reports/`).
public enum StaggeredNote: ResultNote {
    /// `count` firms without an outcome in every period were left out (the first is
    /// `example`), as asked by `dropsIncompleteUnits`.
    case incompleteUnitsLeftOut(count: Int, example: String)

    /// The stable code: `incomplete_units_left_out`.
    public var code: String {
        switch self {
        case .incompleteUnitsLeftOut: "incomplete_units_left_out"
        }
    }
}
