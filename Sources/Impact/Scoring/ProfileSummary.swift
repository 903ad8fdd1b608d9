/// What a scoring profile is, in one line: which built-in profile, or a profile file's own
/// summary. The sentences of the built-in profiles are written in `Reports/`.
public enum ProfileSummary: Sendable, Equatable, Hashable {
    /// ``ScoringProfile/mof2020``: 财预〔2020〕10号 as stated.
    case mof2020
    /// ``ScoringProfile/mof2020Execution20``: 20 points for execution, other rows rescaled.
    case mof2020Execution20
    /// ``ScoringProfile/mof2020Integer``: whole-point scores.
    case mof2020Integer
    /// ``ScoringProfile/localStrict``: every local variant on.
    case localStrict
    /// A profile file without a summary, based on the built-in profile named here.
    case basedOn(String)
    /// A summary read from a profile file, printed as written.
    case given(String)
}
