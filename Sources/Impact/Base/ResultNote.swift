/// A typed note attached to a result: what happened while computing it (rows dropped,
/// regressors found collinear, too few clusters, …), as a value with a payload.
///
/// Numerical code returns notes; the sentences that explain them, in Chinese and English,
/// are written in `Reports/` (``NoteWording``). In JSON a note is
/// `{"code": "…", "message": "…"}`: the stable ``code`` for scripts and the English sentence
/// for people.
public protocol ResultNote: Sendable, Equatable {
    /// A stable snake_case code naming what happened (`singletons_removed`); it never
    /// changes once published, so scripts can match on it.
    var code: String { get }
}
