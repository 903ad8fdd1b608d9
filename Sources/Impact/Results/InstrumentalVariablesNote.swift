/// What a reader of an instrumental-variables estimate should know, as typed notes
/// (``ResultNote``); worded in `Reports/Regression/InstrumentalVariablesNote+Wording.swift`.
public enum InstrumentalVariablesNote: ResultNote {
    /// The first-stage F of the excluded instruments of `endogenous` (``FirstStageResult/strengthF``)
    /// is below `threshold` (10, Staiger and Stock 1997): the instruments are weak, the 2SLS
    /// estimate is biased towards least squares and its confidence intervals are too
    /// narrow (`weak_instruments`).
    case weakInstruments(endogenous: String, statistic: Double, threshold: Double)

    /// The stable snake_case code of the note.
    public var code: String {
        switch self {
        case .weakInstruments: "weak_instruments"
        }
    }
}
