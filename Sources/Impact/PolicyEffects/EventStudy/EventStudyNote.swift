/// What happened while estimating an event study, as a typed note (its sentences are in
/// `Reports/`).
public enum EventStudyNote: ResultNote {
    /// No unit is never treated, so the event-time indicators are collinear with the unit
    /// and period effects and `dropped` (one more indicator) left the regression.
    case collinearWithoutNeverTreated(dropped: [String])

    /// The stable code: `collinear_without_never_treated`.
    public var code: String {
        switch self {
        case .collinearWithoutNeverTreated: "collinear_without_never_treated"
        }
    }
}
