/// Something an evaluation could not do fully but that does not stop it; its sentence is
/// written in `Reports/`, and a command prints it on standard error.
public enum EvaluationWarning: ResultNote {
    /// A warning of the scoring (a missing deviation reason, an actual taken from data, …);
    /// its code is the scoring warning's.
    case scoring(ScoringWarning)
    /// The naive-versus-causal section is left out because computing it failed (the panel
    /// has no `supported` or `subsidy_wan` column, …). Code `attribution_left_out`.
    case attributionLeftOut(PolicyEffectError)

    /// The stable code (see each case).
    public var code: String {
        switch self {
        case .scoring(let warning): warning.code
        case .attributionLeftOut: "attribution_left_out"
        }
    }
}
